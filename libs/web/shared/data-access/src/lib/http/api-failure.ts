import { HttpErrorResponse } from '@angular/common/http';
import { ApiErrorBody } from '@jcw/shared-contracts';
import { ApiFailure, Outcome } from '@jcw/web-shared-util';
import { firstValueFrom, Observable } from 'rxjs';

/** Reads an HTTP failure into an `ApiFailure`; anything that is not an HTTP failure has status -1. */
export function toApiFailure(error: unknown, now = Date.now()): ApiFailure {
  if (!(error instanceof HttpErrorResponse)) {
    return failure(-1, null);
  }
  const body = isApiErrorBody(error.error) ? error.error : null;
  return {
    ...failure(error.status, body),
    retryAfterSeconds: parseRetryAfter(error.headers?.get('Retry-After'), now),
  };
}

/** Runs a request and turns its failure into a value, so callers branch instead of catching. */
export async function outcomeOf<T>(
  request: Observable<T>,
): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await firstValueFrom(request) };
  } catch (error: unknown) {
    return { ok: false, failure: toApiFailure(error) };
  }
}

export function isApiErrorBody(body: unknown): body is ApiErrorBody {
  if (typeof body !== 'object' || body === null) {
    return false;
  }
  const candidate = body as Partial<ApiErrorBody>;
  return (
    typeof candidate.code === 'string' && typeof candidate.message === 'string'
  );
}

function failure(status: number, body: ApiErrorBody | null): ApiFailure {
  const fieldErrors: Record<string, string> = {};
  const otherErrors: string[] = [];
  for (const detail of body?.details ?? []) {
    if (detail.field) {
      // Several rules can fail on one field; all of them help the user fix it.
      fieldErrors[detail.field] = fieldErrors[detail.field]
        ? `${fieldErrors[detail.field]} ${detail.message}`
        : detail.message;
    } else {
      otherErrors.push(detail.message);
    }
  }
  return {
    status,
    code: body?.code ?? null,
    message: body?.message ?? null,
    fieldErrors,
    otherErrors,
    retryAfterSeconds: null,
  };
}

/** `Retry-After` is either a number of seconds or an HTTP date (RFC 9110 10.2.3). */
function parseRetryAfter(
  header: string | null | undefined,
  now: number,
): number | null {
  const value = header?.trim();
  if (!value) {
    return null;
  }
  if (/^\d+$/.test(value)) {
    return Number(value);
  }
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}
