import { expect, Page, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { demoAccount, signIn } from './support/auth';
import { mainNav } from './support/shell';

/** A random citizen service number passing the eleven-test (see candidates.spec.ts). */
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

/**
 * The demo jobcoach's seeded candidate who is on track: his 1-month evaluation (wellbeing 4) is
 * seeded, the 3-month one is not. (Sanne de Vries is seeded with the drop already.) The e2e
 * launcher resets the database on every run, so the 3-month evaluation is always still open.
 */
const COACHED = 'Mohamed El Amrani';

/** Opens a select from the keyboard: a long floating label would catch a pointer click. */
async function choose(page: Page, combobox: string, option: string) {
  await page.getByRole('combobox', { name: combobox, exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function recordEvaluation(
  page: Page,
  milestone: string,
  scores: { wellbeing: string; others: string },
) {
  await choose(page, 'Moment', milestone);
  await choose(page, 'Welzijn', scores.wellbeing);
  await choose(page, 'Passende werkdruk', scores.others);
  await choose(page, 'Aansluiting bij het team', scores.others);
  await choose(page, 'Steun van de leidinggevende', scores.others);
  await page.getByRole('button', { name: 'Evaluatie vastleggen' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'De evaluatie is vastgelegd.' }),
  ).toBeVisible();
}

test.describe.configure({ mode: 'serial' });

test.describe('coaching', () => {
  // Whole journeys with several saves, a queued import and axe scans of long pages.
  test.describe.configure({ timeout: 120_000 });

  test('the jobcoach completes a profile field, logs a contact and an evaluation drop, and sees the flag', async ({
    page,
  }) => {
    await signIn(page, demoAccount('jobcoach'));
    await mainNav(page, 'nl').getByRole('link', { name: 'Kandidaten' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Kandidaten',
    );
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('link', { name: COACHED }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(COACHED);

    // A profile field.
    await page
      .getByLabel('Werkervaring')
      .fill('Twee jaar postkamer bij de gemeente, via een leerwerkplek.');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: 'De wijzigingen zijn opgeslagen.' }),
    ).toBeVisible();

    // A contact.
    await choose(page, 'Soort contact', 'Werkplekbezoek');
    await page
      .getByRole('form', { name: 'Contacten' })
      .getByLabel('Notities')
      .fill('Werkplek bezocht; gaat goed met de post.');
    await page.getByRole('button', { name: 'Contact vastleggen' }).click();
    const contacts = page
      .getByRole('table')
      .filter({ has: page.getByText('Contacten, nieuwste eerst') });
    await expect(contacts).toContainText('Werkplekbezoek');
    await expect(contacts).toContainText('gaat goed met de post');

    // Evaluations: the seeded 1-month one has wellbeing 4; the 3-month one drops it to 2.
    const evaluations = page.getByRole('table').filter({
      has: page.getByText('Vastgelegde evaluaties'),
    });
    await expect(
      evaluations.getByRole('row').filter({
        has: page.getByRole('rowheader', { name: '1 maand', exact: true }),
      }),
    ).toContainText('4');
    await recordEvaluation(page, '3 maanden', { wellbeing: '2', others: '4' });
    await expect(page.getByTestId('risk-banner')).toContainText(
      'Score welzijn daalde van 4 naar 2 (evaluatie na 3 maanden)',
    );
    await expect(page.getByTestId('risk-banner')).toContainText(
      'Bespreek een schakelplek',
    );
    await expectNoSeriousA11yViolations(page);

    // The dashboard lists the flagged candidates first, with the signal in words.
    await mainNav(page, 'nl')
      .getByRole('link', { name: 'Jobcoaching' })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Jobcoaching',
    );
    const rows = page.getByTestId('dashboard-row');
    await expect(rows.first()).toContainText('Aandacht nodig');
    const flagged = rows.filter({
      has: page.getByRole('rowheader', { name: COACHED }),
    });
    await expect(flagged).toContainText('Aandacht nodig');
    await expect(flagged).toContainText(
      'Score welzijn daalde van 4 naar 2 (evaluatie na 3 maanden)',
    );
    await expect(flagged).toContainText('Bespreek een schakelplek');
    await expectNoSeriousA11yViolations(page);
  });

  test('the HR adviser imports a register file and sees the counts and the refused row', async ({
    page,
  }) => {
    const runId = Date.now().toString(36);
    const csv = [
      'bsn,first_name,last_name,target_group,register_start_date',
      `${randomBsn()},Noor,Importtest ${runId},wajong_work_capacity,2026-01-05`,
      `${randomBsn()},Daan,Importtest ${runId},wsw_indication,2026-02-02`,
      // Fails the eleven-test: row 4 of the file (the header is row 1).
      `123456789,Fout,Importtest ${runId},wajong_work_capacity,2026-03-02`,
    ].join('\n');

    await signIn(page, demoAccount('hr_adviser'));
    await mainNav(page, 'nl').getByRole('link', { name: 'Kandidaten' }).click();
    await page.getByRole('link', { name: 'Register importeren' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Register importeren',
    );
    await expectNoSeriousA11yViolations(page);

    await page.getByLabel('Registerbestand (.csv of .xlsx)').setInputFiles({
      name: `register-${runId}.csv`,
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    await page.getByRole('button', { name: 'Importeren', exact: true }).click();

    await expect(page.getByTestId('import-status')).toContainText(
      'Import klaar: 2 nieuw, 0 bijgewerkt, 0 ongewijzigd, 1 met fouten.',
      { timeout: 30_000 },
    );
    const errors = page
      .getByRole('table')
      .filter({ has: page.getByText('Afgewezen rijen: rij, veld en reden') });
    const refused = errors.getByRole('row').filter({
      has: page.getByRole('rowheader', { name: '4', exact: true }),
    });
    await expect(refused).toContainText('bsn');
    await expect(
      page.getByRole('button', { name: 'Foutenrapport downloaden (CSV)' }),
    ).toBeVisible();
    await expect(
      page
        .getByRole('table')
        .filter({ has: page.getByText('Eerdere imports, nieuwste eerst') }),
    ).toContainText(`register-${runId}.csv`);
    await expectNoSeriousA11yViolations(page);
  });
});
