import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { anApiError } from '@jcw/shared-contracts/testing';
import { toApiFailure } from './api-failure';

function anHttpError(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  return new HttpErrorResponse({
    status,
    error: body,
    headers: new HttpHeaders(headers),
  });
}

describe('reading why an API call failed', () => {
  it('keeps the code and message of the API error body', () => {
    const failure = toApiFailure(
      anHttpError(
        409,
        anApiError('UNIT_NOT_EMPTY', 409)
          .withMessage('The unit still has child units or users.')
          .build(),
      ),
    );

    expect(failure).toMatchObject({
      status: 409,
      code: 'UNIT_NOT_EMPTY',
      message: 'The unit still has child units or users.',
    });
  });

  it('files each detail under the field it names', () => {
    const failure = toApiFailure(
      anHttpError(
        400,
        anApiError('VALIDATION_FAILED', 400)
          .withFieldError('newPassword', 'Too short.')
          .withFieldError('newPassword', 'Too common.')
          .withFieldError('email', 'Not an email address.')
          .build(),
      ),
    );

    expect(failure.fieldErrors).toEqual({
      newPassword: 'Too short. Too common.',
      email: 'Not an email address.',
    });
  });

  it('reads Retry-After given in seconds', () => {
    const failure = toApiFailure(
      anHttpError(429, anApiError('TOO_MANY_REQUESTS', 429).build(), {
        'Retry-After': '90',
      }),
    );
    expect(failure.retryAfterSeconds).toBe(90);
  });

  it('reads Retry-After given as a date', () => {
    const now = Date.parse('2026-01-15T09:00:00Z');
    const failure = toApiFailure(
      anHttpError(429, null, {
        'Retry-After': 'Thu, 15 Jan 2026 09:02:00 GMT',
      }),
      now,
    );
    expect(failure.retryAfterSeconds).toBe(120);
  });

  it('has no code when a proxy answered instead of the API', () => {
    const failure = toApiFailure(anHttpError(502, '<html>Bad gateway</html>'));
    expect(failure).toMatchObject({ status: 502, code: null, message: null });
  });
});
