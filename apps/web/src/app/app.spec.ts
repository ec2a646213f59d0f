import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { Role } from '@jcw/shared-contracts';
import { AUTH_URL, AuthStore } from '@jcw/web-shared-data-access';
import { withAppTranslations } from '../testing/translations';
import { anApiError, aSessionUser, restoreSession } from '../testing/session';
import { App } from './app';

@Component({ template: '' })
class EmptyPage {}

async function renderShell(roles: Role[] | 'signed-out' = ['admin']) {
  TestBed.configureTestingModule({
    imports: [App, withAppTranslations('nl')],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([{ path: '**', component: EmptyPage }]),
    ],
  });
  await restoreSession(
    roles === 'signed-out'
      ? null
      : aSessionUser()
          .named('Anouk Beheer')
          .withRoles(...roles)
          .build(),
  );
  const fixture = TestBed.createComponent(App);
  await fixture.whenStable();
  const shell = fixture.nativeElement as HTMLElement;
  const navLinks = () =>
    Array.from(shell.querySelectorAll('nav a')).map((a) =>
      a.textContent?.trim(),
    );
  return { fixture, shell, navLinks };
}

describe('App shell', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('offers "Naar hoofdinhoud" as the very first thing keyboard users reach', async () => {
    const { shell } = await renderShell();

    const firstFocusable = shell.querySelector('a[href], button');
    expect(firstFocusable?.textContent?.trim()).toBe('Naar hoofdinhoud');
    expect(firstFocusable?.getAttribute('href')).toBe('#main-content');
  });

  it('moves focus to the main content when the skip link is used', async () => {
    const { shell } = await renderShell();

    shell.querySelector<HTMLAnchorElement>('.skip-link')?.click();

    expect(document.activeElement?.id).toBe('main-content');
  });

  it('shows the product name', async () => {
    const { shell } = await renderShell();
    expect(shell.querySelector('mat-toolbar')?.textContent).toContain(
      'Jobcarving Werkbank',
    );
  });

  it('has a labelled main navigation with the admin items for an admin', async () => {
    const { shell, navLinks } = await renderShell(['admin']);

    expect(shell.querySelector('nav')?.getAttribute('aria-label')).toBe(
      'Hoofdmenu',
    );
    expect(navLinks()).toEqual([
      'Overzicht',
      'Systeemstatus',
      'Meldingen',
      'Quotum',
      'Eenheden',
      'Gebruikers',
      'Auditlog',
      'Quotumbeheer',
    ]);
  });

  it('shows a manager Overzicht, Systeemstatus, Meldingen, the carving pages and Voorstellen', async () => {
    const { navLinks } = await renderShell(['manager']);
    expect(navLinks()).toEqual([
      'Overzicht',
      'Systeemstatus',
      'Meldingen',
      'Functies',
      'Pakketten',
      'Sjablonen',
      'Eenheidsscan',
      'Voorstellen',
    ]);
  });

  it('shows who is signed in next to "Afmelden"', async () => {
    const { shell } = await renderShell();

    const toolbar = shell.querySelector('mat-toolbar')?.textContent ?? '';
    expect(toolbar).toContain('Aangemeld als');
    expect(toolbar).toContain('Anouk Beheer');
    expect(toolbar).toContain('Afmelden');
  });

  it('shows no menu and no sign-out button to someone who is signed out', async () => {
    const { shell } = await renderShell('signed-out');

    expect(shell.querySelector('nav')).toBeNull();
    expect(shell.textContent).not.toContain('Afmelden');
  });

  it('signs out and goes to the sign-in page when "Afmelden" is pressed', async () => {
    const { shell, fixture } = await renderShell();

    Array.from(shell.querySelectorAll('button'))
      .find((button) => button.textContent?.includes('Afmelden'))
      ?.click();
    TestBed.inject(HttpTestingController)
      .expectOne(AUTH_URL.logout)
      .flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/aanmelden');
    expect(shell.querySelector('nav')).toBeNull();
  });

  it('takes the user to the sign-in page, and back afterwards, when the session runs out', async () => {
    const { fixture } = await renderShell();
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/beheer/gebruikers');

    TestBed.inject(AuthStore).refreshAccessToken().subscribe();
    TestBed.inject(HttpTestingController)
      .expectOne(AUTH_URL.refresh)
      .flush(anApiError('UNAUTHORIZED', 401), {
        status: 401,
        statusText: 'Unauthorized',
      });
    await fixture.whenStable();

    expect(router.url).toBe('/aanmelden?returnUrl=%2Fbeheer%2Fgebruikers');
  });
});
