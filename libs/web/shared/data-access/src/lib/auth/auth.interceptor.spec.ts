import {
  HttpClient,
  HttpErrorResponse,
  provideHttpClient,
  withInterceptors,
} from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { aLoginResponse, anApiError } from '@jcw/shared-contracts/testing';
import { AUTH_URL } from './auth.api';
import { authInterceptor } from './auth.interceptor';
import { AuthStore } from './auth.store';

const UNAUTHORIZED = { status: 401, statusText: 'Unauthorized' };
const USERS = '/api/users';

describe('authInterceptor', () => {
  let http: HttpTestingController;
  let client: HttpClient;
  let auth: AuthStore;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    client = TestBed.inject(HttpClient);
    auth = TestBed.inject(AuthStore);
    const restored = auth.restore();
    http
      .expectOne(AUTH_URL.refresh)
      .flush(aLoginResponse().withToken('old-token').build());
    await restored;
  });

  afterEach(() => http.verify());

  const expired = () => anApiError('UNAUTHORIZED', 401).build();

  it('sends the access token with API requests', () => {
    client.get(USERS).subscribe();

    const request = http.expectOne(USERS);
    expect(request.request.headers.get('Authorization')).toBe(
      'Bearer old-token',
    );
  });

  it('never sends the access token to another host', () => {
    client.get('https://tiles.example.org/api/map').subscribe();

    const request = http.expectOne('https://tiles.example.org/api/map');
    expect(request.request.headers.has('Authorization')).toBe(false);
  });

  it('refreshes an expired token and repeats the request once with the new one', async () => {
    const users = firstValueFrom(client.get<string[]>(USERS));

    http.expectOne(USERS).flush(expired(), UNAUTHORIZED);
    http
      .expectOne({ method: 'POST', url: AUTH_URL.refresh })
      .flush(aLoginResponse().withToken('new-token').build());
    const retry = http.expectOne(USERS);
    expect(retry.request.headers.get('Authorization')).toBe('Bearer new-token');
    retry.flush(['Anouk']);

    expect(await users).toEqual(['Anouk']);
  });

  it('gives up after one repeat, so a request that keeps failing cannot loop', async () => {
    const users = firstValueFrom(client.get(USERS));

    http.expectOne(USERS).flush(expired(), UNAUTHORIZED);
    http.expectOne(AUTH_URL.refresh).flush(aLoginResponse().build());
    http.expectOne(USERS).flush(expired(), UNAUTHORIZED);

    await expect(users).rejects.toBeInstanceOf(HttpErrorResponse);
    http.expectNone(AUTH_URL.refresh);
  });

  it('passes the 401 on and marks the session expired when it cannot be refreshed', async () => {
    const users = firstValueFrom(client.get(USERS));

    http.expectOne(USERS).flush(expired(), UNAUTHORIZED);
    http.expectOne(AUTH_URL.refresh).flush(expired(), UNAUTHORIZED);

    await expect(users).rejects.toMatchObject({ status: 401 });
    expect(auth.status()).toBe('signed-out');
    expect(auth.expired()).toBe(true);
  });

  it('refreshes only once when several requests find the token expired together', () => {
    client.get(USERS).subscribe();
    client.get('/api/units').subscribe();

    http.expectOne(USERS).flush(expired(), UNAUTHORIZED);
    http.expectOne('/api/units').flush(expired(), UNAUTHORIZED);
    http.expectOne(AUTH_URL.refresh).flush(aLoginResponse().build());

    http.expectOne(USERS).flush([]);
    http.expectOne('/api/units').flush([]);
  });

  it('does not try to refresh when the sign-in itself is refused', async () => {
    const login = firstValueFrom(
      client.post(AUTH_URL.login, { email: 'a@b.nl', password: 'x' }),
    );

    http
      .expectOne(AUTH_URL.login)
      .flush(anApiError('INVALID_CREDENTIALS', 401).build(), UNAUTHORIZED);

    await expect(login).rejects.toMatchObject({ status: 401 });
    http.expectNone(AUTH_URL.refresh);
  });

  it('leaves other errors alone', async () => {
    const users = firstValueFrom(client.get(USERS));

    http.expectOne(USERS).flush(anApiError('FORBIDDEN', 403).build(), {
      status: 403,
      statusText: 'Forbidden',
    });

    await expect(users).rejects.toMatchObject({ status: 403 });
    http.expectNone(AUTH_URL.refresh);
  });
});
