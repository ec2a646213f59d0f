import { expect, Page, test } from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, Role } from '@jcw/shared-contracts';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { demoAccount, signIn, signInForm, submitSignIn } from './support/auth';
import { mainNav, TEXTS } from './support/shell';

/** What each role must see in the menu, in order, and nothing else (deny by default). */
const MENU: Record<Role, string[]> = {
  admin: [
    'Overzicht',
    'Systeemstatus',
    'Meldingen',
    'Quotum',
    'Eenheden',
    'Gebruikers',
    'Auditlog',
    'Quotumbeheer',
  ],
  superadmin: ['Overzicht', 'Systeemstatus', 'Quotumbeheer', 'Organisaties'],
  hr_adviser: [
    'Overzicht',
    'Systeemstatus',
    'Meldingen',
    'Kandidaten',
    'Jobcoaching',
    'Functies',
    'Pakketten',
    'Sjablonen',
    'Eenheidsscan',
    'Teamindeling',
    'Voorstellen',
    'Plaatsingen',
    'Quotum',
  ],
  jobcoach: [
    'Overzicht',
    'Systeemstatus',
    'Meldingen',
    'Kandidaten',
    'Jobcoaching',
  ],
  manager: [
    'Overzicht',
    'Systeemstatus',
    'Meldingen',
    'Functies',
    'Pakketten',
    'Sjablonen',
    'Eenheidsscan',
    'Voorstellen',
  ],
  coordinator: ['Overzicht', 'Systeemstatus', 'Meldingen', 'Quotum'],
};

/** Names no earlier run can have used, because the e2e database lives on between runs. */
const runId = `${Date.now().toString(36)}`;

async function expectMenu(page: Page, items: string[]): Promise<void> {
  await expect(mainNav(page, 'nl').getByRole('link')).toHaveText(items);
}

async function openFromMenu(page: Page, item: string): Promise<void> {
  await mainNav(page, 'nl').getByRole('link', { name: item }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(item);
}

test.describe('signing in', () => {
  for (const account of DEMO_ACCOUNTS) {
    test(`the ${account.role} sees exactly the menu items of that role`, async ({
      page,
    }) => {
      await signIn(page, account);

      await expectMenu(page, MENU[account.role]);
    });
  }

  test('a wrong password shows the general message, and focus moves to it', async ({
    page,
  }) => {
    await page.goto('/aanmelden');

    await submitSignIn(page, demoAccount('jobcoach').email, 'not-the-password');

    const alert = page.getByRole('alert');
    await expect(alert).toContainText(TEXTS.nl.invalidCredentials);
    await expect(alert).toBeFocused();
    await expect(mainNav(page, 'nl')).toBeHidden();
  });

  test('an unknown email address gets the very same message', async ({
    page,
  }) => {
    await page.goto('/aanmelden');

    await submitSignIn(page, `nobody-${runId}@voorbeeldzaken.nl`, 'whatever');

    await expect(page.getByRole('alert')).toContainText(
      TEXTS.nl.invalidCredentials,
    );
  });

  test('an empty form says what is missing', async ({ page }) => {
    await page.goto('/aanmelden');

    await signInForm(page).submit.click();

    await expect(page.getByText('E-mailadres is verplicht.')).toBeVisible();
    await expect(page.getByText('Wachtwoord is verplicht.')).toBeVisible();
  });

  test('a reload keeps the user signed in', async ({ page }) => {
    await signIn(page, demoAccount('manager'));

    await page.reload();

    await expectMenu(page, MENU.manager);
    await expect(
      page.getByText(demoAccount('manager').displayName),
    ).toBeVisible();
  });

  test('opening a page while signed out asks to sign in and then shows that page', async ({
    page,
  }) => {
    await page.goto('/status');
    await expect(page).toHaveURL(/\/aanmelden\?returnUrl=%2Fstatus$/);

    await submitSignIn(page, demoAccount('admin').email, DEMO_PASSWORD);

    await expect(page).toHaveURL(/\/status$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      TEXTS.nl.statusHeading,
    );
  });
});

test.describe('signing out', () => {
  test('returns to the sign-in page, and a reload stays signed out', async ({
    page,
  }) => {
    await signIn(page, demoAccount('hr_adviser'));

    await page.getByRole('button', { name: TEXTS.nl.signOutButton }).click();

    await expect(page).toHaveURL(/\/aanmelden$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      TEXTS.nl.signInHeading,
    );
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      TEXTS.nl.signInHeading,
    );
    await expect(mainNav(page, 'nl')).toBeHidden();
    await page.goto('/');
    await expect(page).toHaveURL(/\/aanmelden$/);
  });
});

test.describe('access by role', () => {
  test('a manager who types the user management address sees "Geen toegang" and no user data', async ({
    page,
  }) => {
    await signIn(page, demoAccount('manager'));
    const userRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/users')) {
        userRequests.push(request.url());
      }
    });

    await page.goto('/beheer/gebruikers');

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      TEXTS.nl.noAccessHeading,
    );
    await expect(page.getByRole('table')).toHaveCount(0);
    await expect(page.locator('main')).not.toContainText(
      demoAccount('admin').email,
    );
    expect(userRequests).toEqual([]);
  });

  test('the API itself refuses the user list to a manager', async ({
    page,
  }) => {
    await signIn(page, demoAccount('manager'));

    // The page's own token, so this is exactly what a curious manager could send.
    const status = await page.evaluate(async () => {
      const refresh = await fetch('/api/auth/refresh', { method: 'POST' });
      const { accessToken } = (await refresh.json()) as { accessToken: string };
      const users = await fetch('/api/users', {
        headers: { Authorization: `Bearer ${accessToken}` },
      });
      return users.status;
    });

    expect(status).toBe(403);
  });
});

test.describe('administration', () => {
  test('the admin adds a unit, a unit below it and a user in it, and sees them', async ({
    page,
  }) => {
    const unitName = `Directie E2E ${runId}`;
    const teamName = `Team E2E ${runId}`;
    const userName = `Eva E2E ${runId}`;
    const userEmail = `eva.${runId}@voorbeeldzaken.nl`;
    await signIn(page, demoAccount('admin'));

    await openFromMenu(page, 'Eenheden');
    // exact: the tree's "Naam wijzigen van ..." buttons would match "Naam" too.
    await page.getByLabel('Naam', { exact: true }).fill(unitName);
    await page
      .getByRole('button', { name: 'Eenheid toevoegen', exact: true })
      .click();
    await expect(page.getByRole('status')).toContainText(
      `Eenheid ${unitName} is toegevoegd.`,
    );
    const tree = page.getByRole('list', {
      name: 'Eenheden van de organisatie',
    });
    await expect(tree.getByText(unitName, { exact: true })).toBeVisible();

    await page
      .getByRole('button', { name: `Eenheid toevoegen onder ${unitName}` })
      .click();
    await expect(page.getByLabel('Naam', { exact: true })).toBeFocused();
    await page.getByLabel('Naam', { exact: true }).fill(teamName);
    await page
      .getByRole('button', { name: 'Eenheid toevoegen', exact: true })
      .click();
    const parentItem = tree
      .getByRole('listitem')
      .filter({ has: page.getByText(unitName, { exact: true }) });
    await expect(
      parentItem.getByRole('list').getByText(teamName, { exact: true }),
    ).toBeVisible();

    await openFromMenu(page, 'Gebruikers');
    await page.getByLabel('E-mailadres').fill(userEmail);
    await page.getByLabel('Naam', { exact: true }).fill(userName);
    await page.getByLabel('Eerste wachtwoord').fill(`Werkbank-e2e-${runId}!`);
    await page.getByRole('checkbox', { name: 'Jobcoach' }).check();
    await page.getByRole('combobox', { name: 'Eenheid', exact: true }).click();
    await page.getByRole('option', { name: teamName }).click();
    await page.getByRole('button', { name: 'Gebruiker toevoegen' }).click();

    await expect(page.getByRole('status')).toContainText(
      `Gebruiker ${userName} is toegevoegd.`,
    );
    const row = page
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: userName }) });
    await expect(row).toContainText(userEmail);
    await expect(row).toContainText('Jobcoach');
    await expect(row).toContainText(teamName);

    // The team now has a member, so the API must refuse to delete it - and the page must say why.
    await openFromMenu(page, 'Eenheden');
    await page.getByRole('button', { name: `${teamName} verwijderen` }).click();
    await page
      .getByRole('alertdialog')
      .getByRole('button', { name: 'Verwijderen' })
      .click();
    await expect(page.getByRole('alert')).toContainText(
      'Deze eenheid heeft nog onderliggende eenheden of gebruikers.',
    );
    await expect(tree.getByText(teamName, { exact: true })).toBeVisible();
  });

  test('the audit log lists the admin signing in', async ({ page }) => {
    await signIn(page, demoAccount('admin'));

    await openFromMenu(page, 'Auditlog');
    await page.getByRole('combobox', { name: 'Actie', exact: true }).click();
    await page.getByRole('option', { name: 'Aangemeld', exact: true }).click();
    await page.getByRole('button', { name: 'Filter toepassen' }).click();

    const firstRow = page.getByRole('table').getByRole('row').nth(1);
    await expect(firstRow).toContainText('Aangemeld');
    await expect(firstRow).toContainText(demoAccount('admin').displayName);
  });

  test('the superadmin sees the demo organisation', async ({ page }) => {
    await signIn(page, demoAccount('superadmin'));

    await openFromMenu(page, 'Organisaties');

    await expect(
      page.getByRole('rowheader', { name: 'Ministerie van Voorbeeldzaken' }),
    ).toBeVisible();
  });
});

test.describe('accessibility of sign-in and administration (WCAG 2.1 AA, axe-core)', () => {
  test('the sign-in page has no serious violations, also when showing errors', async ({
    page,
  }) => {
    await page.goto('/aanmelden');
    await expect(signInForm(page).email).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await signInForm(page).submit.click();
    await expect(page.getByText('E-mailadres is verplicht.')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  for (const [item, path] of [
    ['Eenheden', '/beheer/eenheden'],
    ['Gebruikers', '/beheer/gebruikers'],
    ['Auditlog', '/beheer/audit'],
  ] as const) {
    test(`the ${item} page has no serious violations`, async ({ page }) => {
      await signIn(page, demoAccount('admin'));
      await openFromMenu(page, item);
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await expect(page.getByText('Bezig met laden…')).toHaveCount(0);

      await expectNoSeriousA11yViolations(page);
    });
  }

  test('the Organisaties page has no serious violations', async ({ page }) => {
    await signIn(page, demoAccount('superadmin'));
    await openFromMenu(page, 'Organisaties');
    await expect(page.getByText('Bezig met laden…')).toHaveCount(0);

    await expectNoSeriousA11yViolations(page);
  });

  test('the "Geen toegang" page has no serious violations', async ({
    page,
  }) => {
    await signIn(page, demoAccount('manager'));
    await page.goto('/beheer/gebruikers');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      TEXTS.nl.noAccessHeading,
    );

    await expectNoSeriousA11yViolations(page);
  });
});
