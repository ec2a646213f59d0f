import { TestBed } from '@angular/core/testing';
import { ApiFailure } from '@jcw/web-shared-util';
import { testTranslations } from '../../testing/test-translations';
import { ErrorAlert } from './error-alert';

function aFailure(overrides: Partial<ApiFailure> = {}): ApiFailure {
  return {
    status: 500,
    code: null,
    message: null,
    fieldErrors: {},
    otherErrors: [],
    retryAfterSeconds: null,
    ...overrides,
  };
}

async function renderAlert(
  failure: ApiFailure,
  inputs: Record<string, unknown> = {},
) {
  TestBed.configureTestingModule({
    imports: [ErrorAlert, testTranslations('nl')],
  });
  const fixture = TestBed.createComponent(ErrorAlert);
  fixture.componentRef.setInput('failure', failure);
  for (const [name, value] of Object.entries(inputs)) {
    fixture.componentRef.setInput(name, value);
  }
  document.body.appendChild(fixture.nativeElement);
  await fixture.whenStable();
  const alert = fixture.nativeElement as HTMLElement;
  return { alert, text: () => alert.textContent?.replace(/\s+/g, ' ').trim() };
}

describe('ErrorAlert', () => {
  it('says in Dutch that the email address or password is wrong, without saying which', async () => {
    const { text } = await renderAlert(
      aFailure({
        status: 401,
        code: 'INVALID_CREDENTIALS',
        message: 'Invalid email or password',
      }),
    );
    expect(text()).toBe('Het e-mailadres of het wachtwoord klopt niet.');
  });

  it('tells the user at what time they may try again after too many attempts', async () => {
    const { text } = await renderAlert(
      aFailure({
        status: 429,
        code: 'TOO_MANY_REQUESTS',
        retryAfterSeconds: 90,
      }),
      { now: () => new Date(2026, 0, 15, 10, 0, 30) },
    );
    // 10:00:30 + 90 s = 10:02:00, already a whole minute.
    expect(text()).toBe('Probeer het om 10:02 opnieuw.');
  });

  it('rounds the retry time up, so trying at the shown minute is not refused again', async () => {
    const { text } = await renderAlert(
      aFailure({ status: 429, retryAfterSeconds: 30 }),
      { now: () => new Date(2026, 0, 15, 10, 0, 45) },
    );
    expect(text()).toBe('Probeer het om 10:02 opnieuw.');
  });

  it('explains why a unit cannot be deleted, with what failed first', async () => {
    const { text } = await renderAlert(
      aFailure({ status: 409, code: 'UNIT_NOT_EMPTY' }),
      { titleKey: 'units.remove.failed' },
    );
    expect(text()).toBe(
      'De eenheid is niet verwijderd. Deze eenheid heeft nog onderliggende eenheden of gebruikers.',
    );
  });

  it.each([
    [
      'TASK_OVER_ALLOCATED',
      409,
      'Pakketten nemen samen meer uren van een taak dan die taak heeft.',
    ],
    ['PACKAGE_NOT_EDITABLE', 409, 'Dit pakket kan niet meer worden gewijzigd.'],
    [
      'PACKAGE_INVALID',
      422,
      'Het pakket voldoet niet aan de regels voor een gecarfde baan.',
    ],
    ['TASK_IN_USE', 409, 'Pakketten gebruiken deze taak nog.'],
    ['INVALID_TRANSITION', 409, 'Het pakket kan niet naar deze status.'],
  ])('explains the carving refusal %s in Dutch', async (code, status, said) => {
    const { text } = await renderAlert(
      aFailure({ status, code, message: `${code} in English` }),
    );
    expect(text()).toBe(said);
  });

  it('still lists the details of a carving refusal, also those that name a field', async () => {
    const { alert } = await renderAlert(
      aFailure({
        status: 422,
        code: 'PACKAGE_INVALID',
        fieldErrors: { allocations: 'allocations must not be empty' },
        otherErrors: ['hours below the minimum'],
      }),
    );
    const items = Array.from(alert.querySelectorAll('li')).map((li) =>
      li.textContent?.trim(),
    );
    expect(items).toEqual([
      'allocations must not be empty',
      'hours below the minimum',
    ]);
  });

  it('leaves field messages of a form refusal to the fields themselves', async () => {
    const { alert } = await renderAlert(
      aFailure({
        status: 400,
        code: 'VALIDATION_FAILED',
        fieldErrors: { email: 'email must be an email' },
      }),
    );
    expect(alert.querySelectorAll('li')).toHaveLength(0);
  });

  it("shows the API's own message for a failure it has no text for", async () => {
    const { text } = await renderAlert(
      aFailure({ status: 409, code: 'SOMETHING_NEW', message: 'Name in use' }),
    );
    expect(text()).toBe('Name in use');
  });

  it('says the server cannot be reached when no answer came', async () => {
    const { text } = await renderAlert(aFailure({ status: 0 }));
    expect(text()).toBe('De server is niet bereikbaar.');
  });

  it('is announced as an alert and takes focus so the explanation is heard', async () => {
    const { alert } = await renderAlert(aFailure());

    expect(alert.getAttribute('role')).toBe('alert');
    expect(document.activeElement).toBe(alert);
  });
});
