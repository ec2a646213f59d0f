import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { IDENTITY_URL } from '@jcw/web-shared-data-access';
import { aUser } from '@jcw/shared-contracts/testing';
import { anApiError } from '../../../testing/session';
import { withAppTranslations } from '../../../testing/translations';
import { UsersPage } from './users-page';

async function openUsersPage() {
  TestBed.configureTestingModule({
    imports: [UsersPage, withAppTranslations('nl')],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    ],
  });
  const fixture = TestBed.createComponent(UsersPage);
  const page = fixture.nativeElement as HTMLElement;
  document.body.appendChild(page);
  const http = TestBed.inject(HttpTestingController);
  await fixture.whenStable();
  http.expectOne(IDENTITY_URL.users).flush([aUser('Janneke Jobcoach').build()]);
  http.expectOne(IDENTITY_URL.units).flush([]);
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  await settle();

  const field = (name: string) =>
    page.querySelector<HTMLInputElement>(`input[formcontrolname="${name}"]`);
  const type = (name: string, value: string) => {
    const input = field(name);
    if (input) {
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
  };
  const tick = (label: string) =>
    Array.from(page.querySelectorAll('mat-checkbox'))
      .find((box) => box.textContent?.trim() === label)
      ?.querySelector('input')
      ?.click();
  const submit = async () => {
    page
      .querySelector<HTMLButtonElement>('form button[type="submit"]')
      ?.click();
    await settle();
  };
  /** The error shown in the form field that holds `name`. */
  const errorAt = (name: string) =>
    field(name)
      ?.closest('mat-form-field')
      ?.querySelector('mat-error')
      ?.textContent?.trim();
  const fillIn = () => {
    type('email', 'nieuw@voorbeeldzaken.nl');
    type('displayName', 'Nina Nieuw');
    type('password', 'wachtwoord-van-16');
    tick('Jobcoach');
  };
  return { page, http, settle, type, tick, submit, errorAt, fillIn };
}

describe('UsersPage', () => {
  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
    document.body.innerHTML = '';
  });

  it('lists users with their name, email, roles and last sign-in', async () => {
    const { page } = await openUsersPage();

    const row = page.querySelector('tbody tr')?.textContent ?? '';
    expect(row).toContain('Janneke Jobcoach');
    expect(row).toContain('janneke.jobcoach@voorbeeldzaken.nl');
    expect(row).toContain('Jobcoach');
    expect(row).toContain('Nog nooit');
  });

  it('asks for at least one role before sending', async () => {
    const { page, type, submit, http } = await openUsersPage();
    type('email', 'nieuw@voorbeeldzaken.nl');
    type('displayName', 'Nina Nieuw');
    type('password', 'wachtwoord-van-16');

    await submit();

    expect(page.querySelector('jcw-roles-fieldset')?.textContent).toContain(
      'Kies minstens één rol.',
    );
    http.expectNone({ method: 'POST', url: IDENTITY_URL.users });
  });

  it('asks for a password of at least 12 characters', async () => {
    const { type, submit, errorAt, fillIn } = await openUsersPage();
    fillIn();
    type('password', 'kort');

    await submit();

    expect(errorAt('password')).toBe('Gebruik minstens 12 tekens.');
  });

  it("shows the API's objection to the password next to the password field", async () => {
    const { http, submit, errorAt, fillIn, settle } = await openUsersPage();
    fillIn();

    await submit();
    http.expectOne({ method: 'POST', url: IDENTITY_URL.users }).flush(
      {
        ...anApiError('VALIDATION_FAILED', 400),
        details: [
          { field: 'password', message: 'This password is too common.' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();

    expect(errorAt('password')).toBe('This password is too common.');
  });

  it('says at the email field that the address is already in use', async () => {
    const { http, submit, errorAt, fillIn, settle } = await openUsersPage();
    fillIn();

    await submit();
    http
      .expectOne({ method: 'POST', url: IDENTITY_URL.users })
      .flush(anApiError('EMAIL_TAKEN', 409), {
        status: 409,
        statusText: 'Conflict',
      });
    await settle();

    expect(errorAt('email')).toBe('Dit e-mailadres is al in gebruik.');
  });

  it('adds the new user to the table', async () => {
    const { page, http, submit, fillIn, settle } = await openUsersPage();
    fillIn();

    await submit();
    const create = http.expectOne({ method: 'POST', url: IDENTITY_URL.users });
    expect(create.request.body).toEqual({
      email: 'nieuw@voorbeeldzaken.nl',
      displayName: 'Nina Nieuw',
      password: 'wachtwoord-van-16',
      roles: ['jobcoach'],
      unitId: null,
    });
    create.flush(aUser('Nina Nieuw').build());
    await settle();

    expect(page.querySelector('tbody')?.textContent).toContain('Nina Nieuw');
    expect(page.querySelector('[role="status"]')?.textContent).toContain(
      'Gebruiker Nina Nieuw is toegevoegd.',
    );
  });
});
