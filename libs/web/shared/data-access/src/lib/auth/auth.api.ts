import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  ChangePasswordRequest,
  LoginRequest,
  LoginResponse,
  SessionUser,
} from '@jcw/shared-contracts';
import { Observable } from 'rxjs';

/**
 * Same-origin paths: the refresh cookie is SameSite=Strict and scoped to the API, so it only
 * travels when the app and the API share an origin (`nx serve` proxies, production serves both).
 */
export const AUTH_URL = {
  login: '/api/auth/login',
  refresh: '/api/auth/refresh',
  logout: '/api/auth/logout',
  me: '/api/auth/me',
  password: '/api/auth/password',
} as const;

/** Sign-in, session refresh and sign-out. The refresh token never reaches this code: it is an httpOnly cookie. */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);

  login(request: LoginRequest): Observable<LoginResponse> {
    return this.http.post<LoginResponse>(AUTH_URL.login, request);
  }

  refresh(): Observable<LoginResponse> {
    return this.http.post<LoginResponse>(AUTH_URL.refresh, null);
  }

  logout(): Observable<void> {
    return this.http.post<void>(AUTH_URL.logout, null);
  }

  me(): Observable<SessionUser> {
    return this.http.get<SessionUser>(AUTH_URL.me);
  }

  changePassword(request: ChangePasswordRequest): Observable<void> {
    return this.http.post<void>(AUTH_URL.password, request);
  }
}
