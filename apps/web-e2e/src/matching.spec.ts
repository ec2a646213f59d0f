import { expect, Page, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { demoAccount, signIn } from './support/auth';
import { mainNav } from './support/shell';

/**
 * The demo draft package, located at the Utrecht city office by the matching demo seed, which
 * also adds available candidates with consent who fit it.
 */
const PACKAGE_TITLE = 'Medewerker post en archief';

/** Today as the date input holds it (`yyyy-mm-dd`, local time), as the app's own `today()`. */
function today(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Who the adviser proposed: set by the proposing journey, read by the ones after it. */
const proposed = { name: '', pseudonym: '' };

async function openMenu(page: Page, name: string): Promise<void> {
  await mainNav(page, 'nl').getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
}

function heading(page: Page) {
  return page.getByRole('heading', { level: 1 });
}

test.describe.configure({ mode: 'serial' });

test.describe('matching: from a published package to a placement', () => {
  // Waits for a scoring run, dialogs and axe scans of long pages.
  test.describe.configure({ timeout: 180_000 });

  test('an adviser publishes the package, sees its matches appear and proposes the best candidate', async ({
    page,
  }) => {
    await signIn(page, demoAccount('hr_adviser'));
    await openMenu(page, 'Pakketten');
    await page.getByRole('link', { name: PACKAGE_TITLE, exact: true }).click();
    await expect(heading(page)).toHaveText(PACKAGE_TITLE);
    // The demo seed leaves it a draft: publishing is what starts the scoring run.
    await page.getByRole('button', { name: 'Publiceren', exact: true }).click();
    await expect(
      page.getByText('Status: Gepubliceerd · versie 1'),
    ).toBeVisible();
    await page.getByRole('link', { name: 'Kandidaten bekijken' }).click();
    await expect(heading(page)).toHaveText(`Kandidaten voor ${PACKAGE_TITLE}`);

    // A run may still be pending: the page asks again every two seconds by itself.
    await expect(page.getByTestId('run-status')).toContainText(
      'Berekend voor versie',
      { timeout: 90_000 },
    );
    const matches = page.getByRole('table', {
      name: 'Passende kandidaten, hoogste score eerst',
    });
    const propose = matches.getByRole('button', { name: / voorstellen$/ });
    await expect(propose.first()).toBeVisible();
    await expect(matches).toContainText('van 30');
    await expect(matches).toContainText(/vraag \d, beperking \d – past/);
    await expectNoSeriousA11yViolations(page);

    // The best-ranked person nobody has proposed yet ("Naam (Pseudoniem) voorstellen").
    const label = (await propose.first().getAttribute('aria-label')) ?? '';
    const who = /^(.+) \((.+)\) voorstellen$/.exec(label);
    expect(who, `unexpected button label "${label}"`).not.toBeNull();
    proposed.name = who?.[1] ?? '';
    proposed.pseudonym = who?.[2] ?? '';

    await propose.first().click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText(
      `${proposed.name} (${proposed.pseudonym}) voorstellen voor ${PACKAGE_TITLE}`,
    );
    await dialog
      .getByLabel('Motivatie')
      .fill('Sorteert graag en werkt nauwkeurig.');
    await expectNoSeriousA11yViolations(page);
    await dialog.getByRole('button', { name: 'Voorstel versturen' }).click();

    await expect(dialog).toHaveCount(0);
    const row = matches
      .getByRole('row')
      .filter({ has: page.getByText(proposed.pseudonym, { exact: true }) });
    const status = row.getByRole('link', { name: 'Voorstel: Voorgesteld' });
    await expect(status).toBeVisible();
    await expect(status).toBeFocused();
    await expect(
      page.getByRole('status').filter({ hasText: 'is voorgesteld' }),
    ).toBeVisible();
  });

  test('the adviser calculates a team assignment for the published package', async ({
    page,
  }) => {
    await signIn(page, demoAccount('hr_adviser'));
    await openMenu(page, 'Teamindeling');
    await page
      .getByRole('checkbox', { name: new RegExp(`^${PACKAGE_TITLE} – `) })
      .first()
      .check();
    await page.getByRole('button', { name: 'Bereken indeling' }).click();

    await expect(page.getByTestId('team-status')).toContainText(
      'Indeling berekend:',
    );
    const table = page.getByRole('table', {
      name: 'Indeling per pakket met de kandidaat, de tweede keus en het voorstel',
    });
    await expect(
      table.getByRole('rowheader', { name: PACKAGE_TITLE }).first(),
    ).toBeVisible();
    await expect(page.getByTestId('total-score')).not.toBeEmpty();
    await expectNoSeriousA11yViolations(page);
  });

  test('the adviser sends the candidate spotlight and reads the rejection report', async ({
    page,
  }) => {
    await signIn(page, demoAccount('hr_adviser'));
    await openMenu(page, 'Voorstellen');
    await expect(page.getByTestId('rejection-totals')).toContainText(
      'geaccepteerd',
    );
    await expect(
      page.getByRole('table', {
        name: 'Afgewezen voorstellen per pakket, eenheid en reden',
      }),
    ).toBeVisible();

    await page
      .getByRole('button', { name: 'Kandidaat-spotlight versturen' })
      .click();
    // A second send in the same week notifies nobody again, so the number may be 0.
    await expect(page.getByTestId('spotlight-status')).toContainText(
      /\d+ managers? ingelicht voor week \d{4}-W\d{2} \(\d+ pakketten\)\./,
    );
    await expectNoSeriousA11yViolations(page);
  });

  test('the manager finds the proposal among the notifications and marks it as read', async ({
    page,
  }) => {
    await signIn(page, demoAccount('manager'));
    await openMenu(page, 'Meldingen');
    const notification = page
      .getByRole('listitem')
      .filter({
        has: page.getByRole('heading', {
          name: `Nieuw voorstel voor ${PACKAGE_TITLE}`,
        }),
      })
      .first();
    await expect(notification).toBeVisible();
    await expect(
      notification.getByRole('link', {
        name: `Voorstel voor ${PACKAGE_TITLE} bekijken`,
      }),
    ).toHaveAttribute('href', /^\/voorstellen\/[0-9a-f-]{36}$/);
    await expectNoSeriousA11yViolations(page);

    // The newest of these is this run's proposal, so it is still unread.
    await notification
      .getByRole('button', { name: /^Markeer als gelezen: / })
      .click();
    await expect(page.getByTestId('notifications-status')).toContainText(
      'De melding is als gelezen gemarkeerd.',
    );
    await expect(
      notification.getByRole('button', { name: /^Markeer als gelezen: / }),
    ).toHaveCount(0);
  });

  test('the manager opens the proposal from Voorstellen, sees no name, and accepts it with a start date', async ({
    page,
  }) => {
    expect(proposed.pseudonym, 'the adviser proposed someone').not.toBe('');
    await signIn(page, demoAccount('manager'));
    await openMenu(page, 'Voorstellen');
    // The inbox opens on what waits for a decision.
    await expect(page.getByRole('combobox', { name: 'Status' })).toContainText(
      'Voorgesteld',
    );
    const inbox = page.getByRole('table', {
      name: 'Voorstellen, nieuwste eerst',
    });
    const row = inbox
      .getByRole('row')
      .filter({ hasText: PACKAGE_TITLE })
      .filter({
        has: page.getByRole('link', { name: proposed.pseudonym, exact: true }),
      })
      .first();
    await expect(row).toBeVisible();
    await expect(inbox).not.toContainText(proposed.name);
    await expectNoSeriousA11yViolations(page);

    await row.getByRole('link', { name: proposed.pseudonym }).click();
    await expect(heading(page)).toHaveText(
      `Voorstel: ${proposed.pseudonym} voor ${PACKAGE_TITLE}`,
    );
    await expect(page.getByTestId('proposal-state')).toHaveText('Voorgesteld');
    await expect(page.getByTestId('proposal-facts')).toContainText(
      'Sorteert graag en werkt nauwkeurig.',
    );
    await expect(page.locator('main')).not.toContainText(proposed.name);
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('button', { name: 'Accepteren', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText(
      `${proposed.pseudonym} accepteren voor ${PACKAGE_TITLE}`,
    );
    await dialog.getByLabel('Startdatum').fill(today());
    await dialog.getByRole('combobox', { name: 'Soort contract' }).click();
    await page.getByRole('option', { name: 'Dienstverband' }).click();
    await expect(
      dialog.getByRole('combobox', { name: 'Soort contract' }),
    ).toContainText('Dienstverband');
    await expect(dialog.getByLabel('Uren per week')).not.toHaveValue('');
    await expectNoSeriousA11yViolations(page);
    await dialog
      .getByRole('button', { name: 'Accepteren', exact: true })
      .click();

    await expect(dialog).toHaveCount(0);
    await expect(page.getByTestId('proposal-state')).toHaveText('Geaccepteerd');
    await expect(page.getByTestId('proposal-placement')).toHaveText(
      'Plaatsing aangemaakt',
    );
    await expect(
      page.getByRole('link', { name: 'Plaatsing bekijken' }),
    ).toHaveCount(0);
    await expect(heading(page)).toBeFocused();
    await expect(page.locator('main')).not.toContainText(proposed.name);
  });

  test('the adviser finds the placement the manager created', async ({
    page,
  }) => {
    expect(proposed.name, 'the adviser proposed someone').not.toBe('');
    await signIn(page, demoAccount('hr_adviser'));
    await openMenu(page, 'Plaatsingen');
    await expect(page.getByTestId('placement-count')).not.toBeEmpty();
    await expect(
      page.getByRole('rowheader', { name: proposed.name }).first(),
    ).toBeVisible();

    // The proposal leads there too.
    await openMenu(page, 'Voorstellen');
    await page
      .getByRole('table', { name: 'Voorstellen, nieuwste eerst' })
      .getByRole('row')
      .filter({ hasText: PACKAGE_TITLE })
      .filter({ hasText: 'Geaccepteerd' })
      .getByRole('link', { name: `${proposed.name} (${proposed.pseudonym})` })
      .first()
      .click();
    await expect(page.getByTestId('proposal-state')).toHaveText('Geaccepteerd');
    await page.getByRole('link', { name: 'Plaatsing bekijken' }).click();
    await expect(heading(page)).toHaveText(`Plaatsing van ${proposed.name}`);
    await expect(page.getByTestId('placement-facts')).toContainText(
      PACKAGE_TITLE,
    );

    // And the decision reached the adviser as a notification.
    await openMenu(page, 'Meldingen');
    await expect(
      page
        .getByRole('heading', {
          name: `Voorstel voor ${PACKAGE_TITLE} geaccepteerd`,
        })
        .first(),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
