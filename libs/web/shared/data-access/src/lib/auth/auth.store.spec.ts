import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  aLoginResponse,
  anApiError,
  aSessionUser,
} from '@jcw/shared-contracts/testing';
import { AUTH_URL } from './auth.api';
import { AuthStore } from './auth.store';

describe('AuthStore', () => {
  let store: AuthStore;
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    store = TestBed.inject(AuthStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  function answerRefreshWithNoSession() {
    http
      .expectOne(AUTH_URL.refresh)
      .flush(anApiError('UNAUTHORIZED', 401).build(), {
        status: 401,
        statusText: 'Unauthorized',
      });
  }

  async function signedOut() {
    const restored = store.restore();
    answerRefreshWithNoSession();
    await restored;
  }

  describe('signing in', () => {
    it('signs the user in with their email and password', async () => {
      await signedOut();
      const user = aSessionUser()
        .named('Anouk Beheer')
        .withRoles('admin')
        .build();

      const signingIn = store.signIn({
        email: 'beheerder@voorbeeldzaken.nl',
        password: 'correct horse battery',
      });
      const request = http.expectOne({ method: 'POST', url: AUTH_URL.login });
      expect(request.request.body).toEqual({
        email: 'beheerder@voorbeeldzaken.nl',
        password: 'correct horse battery',
      });
      request.flush(aLoginResponse().forUser(user).withToken('t-1').build());

      expect(await signingIn).toBe(true);
      expect(store.status()).toBe('signed-in');
      expect(store.user()?.displayName).toBe('Anouk Beheer');
      expect(store.token()).toBe('t-1');
    });

    it('shows that it is signing in while the request is under way', async () => {
      await signedOut();

      void store.signIn({ email: 'a@b.nl', password: 'x' });

      expect(store.pending()).toBe(true);
      http.expectOne(AUTH_URL.login);
    });

    it('keeps the access token out of browser storage', async () => {
      await signedOut();

      const signingIn = store.signIn({ email: 'a@b.nl', password: 'x' });
      http
        .expectOne(AUTH_URL.login)
        .flush(aLoginResponse().withToken('secret-token').build());
      await signingIn;

      const stored = JSON.stringify({ ...localStorage, ...sessionStorage });
      expect(stored).not.toContain('secret-token');
    });

    it('reports wrong credentials and stays signed out', async () => {
      await signedOut();

      const signingIn = store.signIn({ email: 'a@b.nl', password: 'wrong' });
      http
        .expectOne(AUTH_URL.login)
        .flush(anApiError('INVALID_CREDENTIALS', 401).build(), {
          status: 401,
          statusText: 'Unauthorized',
        });

      expect(await signingIn).toBe(false);
      expect(store.status()).toBe('signed-out');
      expect(store.error()?.code).toBe('INVALID_CREDENTIALS');
      expect(store.pending()).toBe(false);
    });

    it('reports how long to wait after too many attempts', async () => {
      await signedOut();

      const signingIn = store.signIn({ email: 'a@b.nl', password: 'wrong' });
      http
        .expectOne(AUTH_URL.login)
        .flush(anApiError('TOO_MANY_REQUESTS', 429).build(), {
          status: 429,
          statusText: 'Too Many Requests',
          headers: { 'Retry-After': '120' },
        });
      await signingIn;

      expect(store.error()?.code).toBe('TOO_MANY_REQUESTS');
      expect(store.error()?.retryAfterSeconds).toBe(120);
    });
  });

  describe('signing out', () => {
    async function signedIn() {
      const restored = store.restore();
      http
        .expectOne(AUTH_URL.refresh)
        .flush(aLoginResponse().withToken('t-1').build());
      await restored;
    }

    it('revokes the session at the API and forgets the user', async () => {
      await signedIn();

      const signingOut = store.signOut();
      http
        .expectOne({ method: 'POST', url: AUTH_URL.logout })
        .flush(null, { status: 204, statusText: 'No Content' });
      await signingOut;

      expect(store.status()).toBe('signed-out');
      expect(store.user()).toBeNull();
      expect(store.token()).toBeNull();
      expect(store.expired()).toBe(false);
    });

    it('still signs out here when the API cannot be reached', async () => {
      await signedIn();

      const signingOut = store.signOut();
      http.expectOne(AUTH_URL.logout).error(new ProgressEvent('error'));
      await signingOut;

      expect(store.status()).toBe('signed-out');
      expect(store.token()).toBeNull();
    });
  });

  describe('restoring the session after a reload', () => {
    it('is signed in again when the refresh cookie is still valid', async () => {
      const user = aSessionUser().named('Mark Manager').build();

      const restored = store.restore();
      expect(store.status()).toBe('unknown');
      http
        .expectOne({ method: 'POST', url: AUTH_URL.refresh })
        .flush(aLoginResponse().forUser(user).withToken('t-2').build());

      expect(await restored).toBe('signed-in');
      expect(store.user()?.displayName).toBe('Mark Manager');
      expect(store.token()).toBe('t-2');
    });

    it('is signed out when there is no session', async () => {
      const restored = store.restore();
      answerRefreshWithNoSession();

      expect(await restored).toBe('signed-out');
      expect(store.user()).toBeNull();
      expect(store.expired()).toBe(false);
    });

    it('is signed out, not stuck, when the API cannot be reached', async () => {
      const restored = store.restore();
      http.expectOne(AUTH_URL.refresh).error(new ProgressEvent('error'));

      expect(await restored).toBe('signed-out');
    });

    it('asks the API only once however many pages wait for the answer', async () => {
      const first = store.whenKnown();
      const second = store.whenKnown();
      http.expectOne(AUTH_URL.refresh).flush(aLoginResponse().build());

      expect(await first).toBe('signed-in');
      expect(await second).toBe('signed-in');
    });
  });

  describe('checking roles', () => {
    it('knows the roles of the signed-in user', async () => {
      const restored = store.restore();
      http
        .expectOne(AUTH_URL.refresh)
        .flush(
          aLoginResponse()
            .forUser(aSessionUser().withRoles('admin', 'hr_adviser').build())
            .build(),
        );
      await restored;

      expect(store.hasRole('admin')).toBe(true);
      expect(store.hasRole('jobcoach', 'hr_adviser')).toBe(true);
      expect(store.hasRole('superadmin')).toBe(false);
    });

    it('grants no role to someone who is signed out', async () => {
      await signedOut();
      expect(store.hasRole('manager')).toBe(false);
    });
  });
});
