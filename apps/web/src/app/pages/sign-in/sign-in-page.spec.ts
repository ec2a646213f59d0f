import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AUTH_URL } from '@jcw/web-shared-data-access';
import {
  aLoginResponse,
  anApiError,
  restoreSession,
} from '../../../testing/session';
import { withAppTranslations } from '../../../testing/translations';
import { SignInPage } from './sign-in-page';

@Component({ template: '' })
class OtherPage {}

async function openSignIn(url = '/aanmelden') {
  TestBed.configureTestingModule({
    imports: [withAppTranslations('nl')],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([
        { path: 'aanmelden', component: SignInPage },
        { path: '**', component: OtherPage },
      ]),
    ],
  });
  await restoreSession(null);
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url);
  const page = harness.routeNativeElement as HTMLElement;
  document.body.appendChild(page);
  const http = TestBed.inject(HttpTestingController);
  const input = (name: string) => {
    const found = page.querySelector<HTMLInputElement>(
      `input[formcontrolname="${name}"]`,
    );
    if (!found) throw new Error(`no input ${name}`);
    return found;
  };
  const type = (name: string, value: string) => {
    input(name).value = value;
    input(name).dispatchEvent(new Event('input'));
  };
  const submit = async () => {
    page.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await harness.fixture.whenStable();
  };
  const errors = () =>
    Array.from(page.querySelectorAll('mat-error')).map((error) =>
      error.textContent?.trim(),
    );
  const alert = () => page.querySelector('[role="alert"]');
  // The sign-in is a promise chain the fixture does not track; let it run first.
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  };
  return { page, http, input, type, submit, errors, alert, settle };
}

describe('SignInPage', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('asks for email and password with labels the browser can fill in', async () => {
    const { page, input } = await openSignIn();

    const labels = Array.from(page.querySelectorAll('mat-label')).map((label) =>
      label.textContent?.trim(),
    );
    expect(labels).toEqual(['E-mailadres', 'Wachtwoord']);
    expect(input('email').getAttribute('autocomplete')).toBe('username');
    expect(input('email').type).toBe('email');
    expect(input('password').getAttribute('autocomplete')).toBe(
      'current-password',
    );
  });

  it('says which fields are missing and sends nothing when submitted empty', async () => {
    const { submit, errors, http } = await openSignIn();

    await submit();

    expect(errors()).toEqual([
      'E-mailadres is verplicht.',
      'Wachtwoord is verplicht.',
    ]);
    http.expectNone(AUTH_URL.login);
  });

  it('puts focus on the first field to fix', async () => {
    const { submit, input, type, settle } = await openSignIn();
    type('email', 'anouk@voorbeeldzaken.nl');

    await submit();
    await settle();

    expect(document.activeElement).toBe(input('password'));
  });

  it('asks for a real email address', async () => {
    const { type, submit, errors } = await openSignIn();

    type('email', 'anouk');
    type('password', 'secret');
    await submit();

    expect(errors()).toEqual([
      'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.',
    ]);
  });

  it('shows the same message for any refused sign-in and moves focus to it', async () => {
    const { type, submit, http, alert, settle } = await openSignIn();

    type('email', 'anouk@voorbeeldzaken.nl');
    type('password', 'wrong password');
    await submit();
    http
      .expectOne(AUTH_URL.login)
      .flush(anApiError('INVALID_CREDENTIALS', 401), {
        status: 401,
        statusText: 'Unauthorized',
      });
    await settle();

    expect(alert()?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Aanmelden is niet gelukt. Het e-mailadres of het wachtwoord klopt niet.',
    );
    expect(document.activeElement).toBe(alert());
  });

  it('says when to try again after too many attempts', async () => {
    const { type, submit, http, alert, settle } = await openSignIn();

    type('email', 'anouk@voorbeeldzaken.nl');
    type('password', 'wrong password');
    await submit();
    http.expectOne(AUTH_URL.login).flush(anApiError('TOO_MANY_REQUESTS', 429), {
      status: 429,
      statusText: 'Too Many Requests',
      headers: { 'Retry-After': '300' },
    });
    await settle();

    expect(alert()?.textContent).toMatch(
      /U hebt het te vaak geprobeerd\. Probeer het om \d{2}:\d{2} opnieuw\./,
    );
  });

  it('goes back to the page the user wanted after signing in', async () => {
    const { type, submit, http, settle } = await openSignIn(
      '/aanmelden?returnUrl=%2Fbeheer%2Feenheden',
    );

    type('email', ' anouk@voorbeeldzaken.nl ');
    type('password', 'correct password');
    await submit();
    const login = http.expectOne({ method: 'POST', url: AUTH_URL.login });
    expect(login.request.body).toEqual({
      email: 'anouk@voorbeeldzaken.nl',
      password: 'correct password',
    });
    login.flush(aLoginResponse());
    await settle();

    expect(TestBed.inject(Router).url).toBe('/beheer/eenheden');
  });

  it('goes to the home page instead of another site named in returnUrl', async () => {
    const { type, submit, http, settle } = await openSignIn(
      '/aanmelden?returnUrl=%2F%2Fevil.example',
    );

    type('email', 'anouk@voorbeeldzaken.nl');
    type('password', 'correct password');
    await submit();
    http.expectOne(AUTH_URL.login).flush(aLoginResponse());
    await settle();

    expect(TestBed.inject(Router).url).toBe('/');
  });
});
