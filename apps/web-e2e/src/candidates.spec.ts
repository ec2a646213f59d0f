import { expect, Page, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { demoAccount, signIn } from './support/auth';
import { mainNav, TEXTS } from './support/shell';

/**
 * A random citizen service number passing the eleven-test: the first eight digits weighted 9..2,
 * minus the last digit, is a multiple of 11. Random, because the e2e database lives on between
 * runs and the API refuses a BSN already registered in the organisation.
 */
function randomBsn(): string {
  for (;;) {
    const digits = [1 + Math.floor(Math.random() * 9)];
    while (digits.length < 8) {
      digits.push(Math.floor(Math.random() * 10));
    }
    const sum = digits.reduce((total, digit, i) => total + digit * (9 - i), 0);
    const last = sum % 11;
    if (last < 10) {
      return [...digits, last].join('');
    }
  }
}

const runId = Date.now().toString(36);
const bsn = randomBsn();
const firstName = 'Kim';
const lastName = `Testkandidaat ${runId}`;
const fullName = `${firstName} ${lastName}`;

/** Set by the first test, which creates the candidate the others look at. */
let candidateId = '';

async function openCandidates(page: Page): Promise<void> {
  await mainNav(page, 'nl').getByRole('link', { name: 'Kandidaten' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Kandidaten',
  );
}

async function fillCreateForm(page: Page, citizenNumber: string) {
  await page.getByLabel('BSN').fill(citizenNumber);
  await page.getByLabel('Voornaam').fill(firstName);
  await page.getByLabel('Achternaam').fill(lastName);
  await page.getByRole('combobox', { name: 'Doelgroep' }).click();
  await page
    .getByRole('option', { name: 'Wajong met arbeidsvermogen' })
    .click();
  await page.getByRole('button', { name: 'Kandidaat toevoegen' }).click();
}

test.describe.configure({ mode: 'serial' });

test.describe('candidates', () => {
  test('the HR adviser adds a candidate and sees only the last three BSN digits', async ({
    page,
  }) => {
    // Three axe scans, one of them of the long profile editor.
    test.slow();
    await signIn(page, demoAccount('hr_adviser'));
    await openCandidates(page);
    await expect(page.getByRole('table')).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('link', { name: 'Kandidaat toevoegen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Kandidaat toevoegen',
    );
    await expectNoSeriousA11yViolations(page);

    await fillCreateForm(page, bsn);

    await expect(page).toHaveURL(/\/kandidaten\/[0-9a-f-]{36}$/);
    candidateId = new URL(page.url()).pathname.split('/')[2];
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(fullName);
    // The page's own live region; the Jobcoaching section below has one of its own.
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: `${fullName} is toegevoegd.` }),
    ).toBeVisible();
    await expect(page.getByTestId('bsn')).toContainText(
      `•••••${bsn.slice(-3)}`,
    );
    await expect(page.locator('main')).not.toContainText(bsn);
    await expectNoSeriousA11yViolations(page);
  });

  test('the list shows the new candidate with status, consent and completeness', async ({
    page,
  }) => {
    await signIn(page, demoAccount('hr_adviser'));
    await openCandidates(page);
    // The list is paged; searching by name finds the candidate whatever page it would be on.
    await page.getByLabel('Naam', { exact: true }).fill(lastName);
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await expect(page).toHaveURL(/[?&]q=/);
    await expect(page.getByTestId('candidate-count')).toContainText(
      '1 kandidaat gevonden.',
    );

    const row = page
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: fullName }) });
    await expect(row).toContainText('Beschikbaar');
    await expect(row).toContainText('Wajong met arbeidsvermogen');
    await expect(row).toContainText('%');
  });

  test('the same BSN cannot be registered twice', async ({ page }) => {
    await signIn(page, demoAccount('hr_adviser'));
    await page.goto('/kandidaten/nieuw');

    await fillCreateForm(page, bsn);

    await expect(page.getByRole('alert')).toContainText(
      'De kandidaat is niet toegevoegd.',
    );
    await expect(
      page.getByText('Deze kandidaat staat al in het register', {
        exact: false,
      }),
    ).not.toHaveCount(0);
    await expect(page).toHaveURL(/\/kandidaten\/nieuw$/);
  });

  test('the admin finds the profile read in the audit log', async ({
    page,
  }) => {
    expect(candidateId).not.toBe('');
    await signIn(page, demoAccount('admin'));

    await mainNav(page, 'nl').getByRole('link', { name: 'Auditlog' }).click();
    await page.getByRole('combobox', { name: 'Actie', exact: true }).click();
    await page
      .getByRole('option', { name: 'Profiel bekeken', exact: true })
      .click();
    await page.getByLabel('Soort gegeven').fill('candidate');
    await page.getByRole('button', { name: 'Filter toepassen' }).click();

    const row = page
      .getByRole('table')
      .getByRole('row')
      .filter({ hasText: candidateId });
    await expect(row.first()).toContainText('Profiel bekeken');
    await expect(row.first()).toContainText(
      demoAccount('hr_adviser').displayName,
    );
  });

  test('a manager who types the profile address sees "Geen toegang" and not the candidate', async ({
    page,
  }) => {
    expect(candidateId).not.toBe('');
    await signIn(page, demoAccount('manager'));
    const candidateRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/candidates')) {
        candidateRequests.push(request.url());
      }
    });

    await page.goto(`/kandidaten/${candidateId}`);

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      TEXTS.nl.noAccessHeading,
    );
    await expect(page.locator('main')).not.toContainText(lastName);
    expect(candidateRequests).toEqual([]);
  });
});
