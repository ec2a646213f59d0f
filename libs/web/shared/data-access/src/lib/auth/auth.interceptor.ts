import {
  HttpErrorResponse,
  HttpHandlerFn,
  HttpInterceptorFn,
  HttpRequest,
  HttpStatusCode,
} from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, of, switchMap, throwError } from 'rxjs';
import { AUTH_URL } from './auth.api';
import { AuthStore } from './auth.store';

/**
 * Only relative `/api/` URLs get the token: an absolute URL may point at another host, and the
 * token must never leave for one.
 */
function isApiRequest(url: string): boolean {
  return url === '/api' || url.startsWith('/api/');
}

/** These authenticate by cookie or credentials; a 401 from them is the answer, not a stale token. */
function isSessionRequest(url: string): boolean {
  const path = url.split('?')[0];
  return path === AUTH_URL.login || path === AUTH_URL.refresh;
}

function withToken<T>(request: HttpRequest<T>, token: string | null) {
  return token
    ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } })
    : request;
}

/**
 * Adds the bearer token to API requests. When the API answers 401 (the 15-minute access token
 * ran out), it gets a new token from the refresh cookie and repeats the request once; the repeat
 * goes straight to the next handler, so it can never loop. If there is no session any more,
 * the original 401 reaches the caller and the store reports the session as expired.
 */
export const authInterceptor: HttpInterceptorFn = (
  request,
  next: HttpHandlerFn,
) => {
  if (!isApiRequest(request.url) || isSessionRequest(request.url)) {
    return next(request);
  }
  const auth = inject(AuthStore);
  const sentWith = auth.token();

  return next(withToken(request, sentWith)).pipe(
    catchError((error: unknown) => {
      if (
        !(error instanceof HttpErrorResponse) ||
        error.status !== HttpStatusCode.Unauthorized
      ) {
        return throwError(() => error);
      }
      // Another request may have refreshed while this one was under way; no need to do it again.
      const current = auth.token();
      const fresh =
        current && current !== sentWith
          ? of(current)
          : auth.refreshAccessToken();
      return fresh.pipe(
        switchMap((token) =>
          token ? next(withToken(request, token)) : throwError(() => error),
        ),
      );
    }),
  );
};
