import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Role } from '@jcw/shared-contracts';
import {
  aLoginResponse,
  anApiError,
  aSessionUser,
} from '@jcw/shared-contracts/testing';
import { AUTH_URL } from './auth.api';
import { AuthStore } from './auth.store';
import { roleGuard, signedInGuard, signedOutGuard } from './auth.guards';

@Component({ template: 'page' })
class Page {}

async function openAs(roles: Role[] | 'signed-out', url: string) {
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([
        { path: 'aanmelden', canActivate: [signedOutGuard], component: Page },
        { path: 'geen-toegang', component: Page },
        {
          path: '',
          canActivateChild: [signedInGuard],
          children: [
            { path: '', component: Page },
            { path: 'status', component: Page },
            {
              path: 'beheer/gebruikers',
              canActivate: [roleGuard(['admin'])],
              component: Page,
            },
          ],
        },
      ]),
    ],
  });
  // As at app start: the session is restored before the first navigation.
  const restored = TestBed.inject(AuthStore).restore();
  const refresh = TestBed.inject(HttpTestingController).expectOne(
    AUTH_URL.refresh,
  );
  if (roles === 'signed-out') {
    refresh.flush(anApiError('UNAUTHORIZED', 401).build(), {
      status: 401,
      statusText: 'Unauthorized',
    });
  } else {
    refresh.flush(
      aLoginResponse()
        .forUser(
          aSessionUser()
            .withRoles(...roles)
            .build(),
        )
        .build(),
    );
  }
  await restored;
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url);
  return TestBed.inject(Router).url;
}

describe('route guards', () => {
  it('sends someone who is not signed in to the sign-in page, remembering the page they wanted', async () => {
    expect(await openAs('signed-out', '/status')).toBe(
      '/aanmelden?returnUrl=%2Fstatus',
    );
  });

  it('does not add a return address for the home page', async () => {
    expect(await openAs('signed-out', '/')).toBe('/aanmelden');
  });

  it('lets a signed-in user open a page every role may see', async () => {
    expect(await openAs(['jobcoach'], '/status')).toBe('/status');
  });

  it('lets an admin open the user management page', async () => {
    expect(await openAs(['admin'], '/beheer/gebruikers')).toBe(
      '/beheer/gebruikers',
    );
  });

  it('shows "no access" to a manager who types the user management address', async () => {
    expect(await openAs(['manager'], '/beheer/gebruikers')).toBe(
      '/geen-toegang',
    );
  });

  it('sends someone signed out to sign in first, not to "no access"', async () => {
    expect(await openAs('signed-out', '/beheer/gebruikers')).toBe(
      '/aanmelden?returnUrl=%2Fbeheer%2Fgebruikers',
    );
  });

  it('takes a signed-in user who opens the sign-in page to the home page', async () => {
    expect(await openAs(['manager'], '/aanmelden')).toBe('/');
  });
});
