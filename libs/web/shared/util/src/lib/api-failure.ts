/**
 * Why an API call failed, in a form pages can show without knowing about HTTP libraries. Built
 * from the API's `ApiErrorBody` (see `toApiFailure` in data-access).
 */
export interface ApiFailure {
  /** HTTP status; 0 when no answer arrived (offline, server down, proxy failure). */
  status: number;
  /** The body's stable `code`, e.g. `UNIT_NOT_EMPTY`; null when the body was not an API error. */
  code: string | null;
  /** The body's human-readable `message`, as written by the API. */
  message: string | null;
  /** Messages from `details` that name a field, by the field's dotted path. */
  fieldErrors: Readonly<Record<string, string>>;
  /** Messages from `details` that name no field. */
  otherErrors: readonly string[];
  /** Seconds from the `Retry-After` header of a 429, when present. */
  retryAfterSeconds: number | null;
}

/** A successful value or the reason it failed; expected failures are values, not exceptions. */
export type Outcome<T> =
  | { ok: true; value: T }
  | { ok: false; failure: ApiFailure };
