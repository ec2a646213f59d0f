import { HttpErrorResponse, HttpStatusCode } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import {
  LoginRequest,
  LoginResponse,
  Role,
  SessionUser,
} from '@jcw/shared-contracts';
import { ApiFailure } from '@jcw/web-shared-util';
import {
  catchError,
  finalize,
  firstValueFrom,
  map,
  Observable,
  of,
  shareReplay,
} from 'rxjs';
import { toApiFailure } from '../http/api-failure';
import { AuthApi } from './auth.api';
import { hasRole } from './has-role';

/**
 * `unknown` until the start-up refresh has answered; guards wait for it, so a reload does not
 * flash the sign-in page for someone who is still signed in.
 */
export type AuthStatus = 'unknown' | 'signed-in' | 'signed-out';

export interface AuthState {
  user: SessionUser | null;
  status: AuthStatus;
  /** Why the last sign-in attempt failed. */
  error: ApiFailure | null;
  /** A sign-in request is under way. */
  pending: boolean;
  /** The session ended on its own (refresh refused) rather than by signing out. */
  expired: boolean;
}

const INITIAL_STATE: AuthState = {
  user: null,
  status: 'unknown',
  error: null,
  pending: false,
  expired: false,
};

/** Answers to a refresh that mean "there is no session", as opposed to "try again later". */
const SESSION_GONE: readonly number[] = [
  HttpStatusCode.Unauthorized,
  HttpStatusCode.Forbidden,
];

/**
 * Who is signed in. The access token lives in this object only - never in Web Storage, where any
 * injected script could read it; after a reload the httpOnly refresh cookie restores the session.
 */
@Injectable({ providedIn: 'root' })
export class AuthStore {
  private readonly api = inject(AuthApi);
  private readonly state = signal<AuthState>(INITIAL_STATE);
  private accessToken: string | null = null;
  private refreshing: Observable<string | null> | null = null;
  private restoring: Promise<AuthStatus> | null = null;

  readonly user = computed(() => this.state().user);
  readonly status = computed(() => this.state().status);
  readonly error = computed(() => this.state().error);
  readonly pending = computed(() => this.state().pending);
  readonly expired = computed(() => this.state().expired);
  readonly signedIn = computed(() => this.state().status === 'signed-in');

  /** The bearer token for API requests, or null when signed out. */
  token(): string | null {
    return this.accessToken;
  }

  /** Reactive when read inside a template or `computed`, like the signals it reads. */
  hasRole(...roles: readonly Role[]): boolean {
    return hasRole(this.user(), ...roles);
  }

  /** Picks up the session from the refresh cookie once; later calls share the first answer. */
  restore(): Promise<AuthStatus> {
    this.restoring ??= firstValueFrom(this.refreshAccessToken()).then(() =>
      this.status(),
    );
    return this.restoring;
  }

  /** The status once it is known, restoring the session first if nobody has asked yet. */
  whenKnown(): Promise<AuthStatus> {
    const status = this.status();
    return status === 'unknown' ? this.restore() : Promise.resolve(status);
  }

  /** Signs in; resolves to whether it worked, and leaves the reason in `error` when not. */
  async signIn(credentials: LoginRequest): Promise<boolean> {
    this.state.update((state) => ({ ...state, pending: true, error: null }));
    try {
      this.startSession(await firstValueFrom(this.api.login(credentials)));
      return true;
    } catch (error: unknown) {
      this.state.update((state) => ({
        ...state,
        pending: false,
        error: toApiFailure(error),
      }));
      return false;
    }
  }

  /**
   * Revokes the refresh cookie and forgets the session. The local session ends even when the
   * API cannot be reached: someone pressing "sign out" on a shared computer must be signed out.
   */
  async signOut(): Promise<void> {
    try {
      await firstValueFrom(this.api.logout());
    } catch {
      // See above: the local sign-out goes ahead regardless.
    } finally {
      this.endSession(false);
    }
  }

  /**
   * A new access token from the refresh cookie, or null when there is none. Concurrent callers
   * (several requests hitting 401 at once) share one refresh, because the API rotates the
   * refresh token and a second parallel refresh would present an already-used one.
   */
  refreshAccessToken(): Observable<string | null> {
    this.refreshing ??= this.api.refresh().pipe(
      map((response) => {
        this.startSession(response);
        return response.accessToken;
      }),
      catchError((error: unknown) => {
        const wasSignedIn = this.status() === 'signed-in';
        if (!wasSignedIn || isSessionGone(error)) {
          this.endSession(wasSignedIn);
        }
        return of(null);
      }),
      finalize(() => (this.refreshing = null)),
      shareReplay({ bufferSize: 1, refCount: false }),
    );
    return this.refreshing;
  }

  private startSession(response: LoginResponse): void {
    this.accessToken = response.accessToken;
    this.state.set({
      user: response.user,
      status: 'signed-in',
      error: null,
      pending: false,
      expired: false,
    });
  }

  private endSession(expired: boolean): void {
    this.accessToken = null;
    this.state.set({
      user: null,
      status: 'signed-out',
      error: null,
      pending: false,
      expired,
    });
  }
}

function isSessionGone(error: unknown): boolean {
  return (
    error instanceof HttpErrorResponse && SESSION_GONE.includes(error.status)
  );
}
