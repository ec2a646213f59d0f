import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  ApiErrorBody,
  LoginResponse,
  SessionUser,
} from '@jcw/shared-contracts';
import { aSessionUser as aContractSessionUser } from '@jcw/shared-contracts/testing';
import { AUTH_URL, AuthStore } from '@jcw/web-shared-data-access';

/**
 * The app specs' signed-in user: an admin by default, as most app pages are admin screens (the
 * shared `@jcw/shared-contracts/testing` builders start from a manager).
 */
export const aSessionUser = () =>
  aContractSessionUser().withRoles('admin').named('Anouk Beheer');

export function aLoginResponse(user = aSessionUser().build()): LoginResponse {
  return { accessToken: 'test-token', expiresIn: 900, user };
}

export function anApiError(code: string, statusCode: number): ApiErrorBody {
  return { statusCode, code, message: `${code} (test)` };
}

/**
 * Answers the start-up refresh the way the API would: with a session for `user`, or 401.
 * Needs `provideHttpClientTesting()`.
 */
export async function restoreSession(user: SessionUser | null): Promise<void> {
  const restored = TestBed.inject(AuthStore).restore();
  const refresh = TestBed.inject(HttpTestingController).expectOne(
    AUTH_URL.refresh,
  );
  if (user) {
    refresh.flush(aLoginResponse(user));
  } else {
    refresh.flush(anApiError('UNAUTHORIZED', 401), {
      status: 401,
      statusText: 'Unauthorized',
    });
  }
  await restored;
}
