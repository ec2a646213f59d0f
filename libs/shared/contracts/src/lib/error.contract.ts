/** The one error body every API failure returns (see the global exception filter). */
export interface ApiErrorBody {
  statusCode: number;
  /** Stable machine-readable code, e.g. `VALIDATION_FAILED`, `NOT_FOUND`. */
  code: string;
  /** Human-readable summary; never contains personal data. */
  message: string;
  details?: ApiErrorDetail[];
}

export interface ApiErrorDetail {
  /** Dotted path of the offending field in the request, e.g. `tasks.0.hoursPerWeek`. */
  field?: string;
  message: string;
}
