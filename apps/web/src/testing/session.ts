import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  ApiErrorBody,
  LoginResponse,
  Role,
  SessionUser,
} from '@jcw/shared-contracts';
import { AUTH_URL, AuthStore } from '@jcw/web-shared-data-access';

/**
 * The app specs' signed-in user: an admin by default, as most app pages are admin screens (the
 * shared `@jcw/shared-contracts/testing` builders start from a manager).
 */
export function aSessionUser() {
  const user: SessionUser = {
    id: 'user-1',
    email: 'anouk@voorbeeldzaken.nl',
    displayName: 'Anouk Beheer',
    roles: ['admin'],
    organisationId: 'org-1',
    organisationName: 'Ministerie van Voorbeeldzaken',
    unitId: null,
  };
  const builder = {
    withRoles(...roles: Role[]) {
      user.roles = roles;
      return builder;
    },
    named(displayName: string) {
      user.displayName = displayName;
      return builder;
    },
    build: (): SessionUser => ({ ...user, roles: [...user.roles] }),
  };
  return builder;
}

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
