import {
  HttpClient,
  HttpErrorResponse,
  HttpStatusCode,
} from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { HealthResponse } from '@jcw/shared-contracts';
import { catchError, Observable, of, throwError } from 'rxjs';

/** Same-origin path: `nx serve` proxies it to the API, production serves both from one host. */
export const HEALTH_URL = '/api/health';

/** Reads the API's health report. */
@Injectable({ providedIn: 'root' })
export class HealthApi {
  private readonly http = inject(HttpClient);

  /**
   * The API answers 503 with a full report when the database or Redis is down; that report is
   * exactly what the status page needs to show, so it is returned as a normal value.
   */
  fetch(): Observable<HealthResponse> {
    return this.http
      .get<HealthResponse>(HEALTH_URL)
      .pipe(
        catchError((error: unknown) =>
          error instanceof HttpErrorResponse &&
          error.status === HttpStatusCode.ServiceUnavailable &&
          isHealthResponse(error.error)
            ? of(error.error)
            : throwError(() => error),
        ),
      );
  }
}

/** A 503 from a proxy or load balancer has a different body; only a real report counts. */
export function isHealthResponse(body: unknown): body is HealthResponse {
  if (typeof body !== 'object' || body === null) {
    return false;
  }
  const candidate = body as Partial<HealthResponse>;
  const checks = candidate.checks;
  return (
    typeof candidate.status === 'string' &&
    typeof checks === 'object' &&
    checks !== null &&
    typeof checks.database?.status === 'string' &&
    typeof checks.redis?.status === 'string' &&
    typeof checks.worker?.status === 'string'
  );
}
