import { expect, Page } from '@playwright/test';

export type Language = 'nl' | 'en';

/** What a user reads in each language; the e2e suite checks real texts, not keys. */
export const TEXTS = {
  nl: {
    homeHeading: 'Welkom bij de Jobcarving Werkbank',
    homeTitle: 'Overzicht - Jobcarving Werkbank',
    navHome: 'Overzicht',
    navStatus: 'Systeemstatus',
    navLabel: 'Hoofdmenu',
    skipLink: 'Naar hoofdinhoud',
    languageGroup: 'Taal',
    statusHeading: 'Systeemstatus',
    refresh: 'Opnieuw controleren',
    up: 'In orde',
    signInHeading: 'Aanmelden',
    emailLabel: 'E-mailadres',
    passwordLabel: 'Wachtwoord',
    signInButton: 'Aanmelden',
    signOutButton: 'Afmelden',
    invalidCredentials: 'Het e-mailadres of het wachtwoord klopt niet.',
    noAccessHeading: 'Geen toegang',
  },
  en: {
    homeHeading: 'Welcome to the Jobcarving Werkbank',
    homeTitle: 'Overview - Jobcarving Werkbank',
    navHome: 'Overview',
    navStatus: 'System status',
    navLabel: 'Main menu',
    skipLink: 'Skip to main content',
    languageGroup: 'Language',
    statusHeading: 'System status',
    refresh: 'Check again',
    up: 'Up',
    signInHeading: 'Sign in',
    emailLabel: 'Email address',
    passwordLabel: 'Password',
    signInButton: 'Sign in',
    signOutButton: 'Sign out',
    invalidCredentials: 'The email address or password is incorrect.',
    noAccessHeading: 'No access',
  },
} as const;

/** The main navigation landmark, found by its accessible name. */
export function mainNav(page: Page, language: Language) {
  return page.getByRole('navigation', { name: TEXTS[language].navLabel });
}

/** Opens a page in a given language the way a shared link would, with `?lang=`. */
export async function openIn(
  page: Page,
  path: string,
  language: Language,
): Promise<void> {
  await page.goto(`${path}?lang=${language}`);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** The status table's row for one part, found by its row header (e.g. "Database"). */
export function statusRow(page: Page, part: 'Database' | 'Redis' | 'Worker') {
  return page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: part }) });
}

/** The status cell of a part's row: the badge text only, so a reason cannot match "Up". */
export function statusCell(page: Page, part: 'Database' | 'Redis' | 'Worker') {
  return statusRow(page, part).getByRole('cell').first();
}

/**
 * Waits until the status page reports every part up. Right after start-up the worker may not
 * have written its first heartbeat yet, so the page is asked to check again until it has.
 */
export async function expectAllPartsUp(
  page: Page,
  language: Language,
): Promise<void> {
  const { up, refresh } = TEXTS[language];
  await expect(async () => {
    for (const part of ['Database', 'Redis', 'Worker'] as const) {
      const status = statusCell(page, part);
      if (!(await status.textContent({ timeout: 5_000 }))?.includes(up)) {
        await page.getByRole('button', { name: refresh }).click();
      }
      await expect(status).toContainText(up, { timeout: 2_000 });
    }
  }).toPass({ timeout: 30_000, intervals: [1_000] });
}
