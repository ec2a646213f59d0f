import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { signIn } from './support/auth';
import {
  expectAllPartsUp,
  Language,
  mainNav,
  openIn,
  statusRow,
  TEXTS,
} from './support/shell';

// Every page but the sign-in page needs a session; the admin sees the whole shell.
test.beforeEach(async ({ page }) => {
  await signIn(page);
});

test.describe('the shell', () => {
  test('opens in Dutch', async ({ page }) => {
    await page.goto('/');

    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      TEXTS.nl.homeHeading,
    );
    await expect(page).toHaveTitle(TEXTS.nl.homeTitle);
    const nav = mainNav(page, 'nl');
    await expect(
      nav.getByRole('link', { name: TEXTS.nl.navHome }),
    ).toBeVisible();
    await expect(
      nav.getByRole('link', { name: TEXTS.nl.navStatus }),
    ).toBeVisible();
  });

  test('offers the skip link as the first stop for keyboard users', async ({
    page,
  }) => {
    await page.goto('/');
    // Tab only once the app has rendered, or the keypress lands on an empty page.
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: TEXTS.nl.skipLink });
    await expect(skipLink).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(page.locator('main#main-content')).toBeFocused();
  });

  test('switches to English texts and html lang when EN is chosen', async ({
    page,
  }) => {
    await page.goto('/');

    await page
      .getByRole('radiogroup', { name: TEXTS.nl.languageGroup })
      .getByRole('radio', { name: /EN/ })
      .click();

    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      TEXTS.en.homeHeading,
    );
    await expect(
      mainNav(page, 'en').getByRole('link', { name: TEXTS.en.navStatus }),
    ).toBeVisible();
    await expect(page).toHaveTitle(TEXTS.en.homeTitle);
  });

  test('remembers English after a reload', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('radio', { name: /EN/ }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await page.reload();

    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      TEXTS.en.homeHeading,
    );
  });
});

test.describe('the system status page', () => {
  test('shows Database, Redis and Worker as "In orde"', async ({ page }) => {
    await page.goto('/');
    await mainNav(page, 'nl')
      .getByRole('link', { name: TEXTS.nl.navStatus })
      .click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      TEXTS.nl.statusHeading,
    );
    await expectAllPartsUp(page, 'nl');
  });

  test('shows Database, Redis and Worker as "Up" in English', async ({
    page,
  }) => {
    await openIn(page, '/status', 'en');

    await expectAllPartsUp(page, 'en');
    await expect(statusRow(page, 'Database')).toContainText('ms');
  });
});

test.describe('accessibility (WCAG 2.1 AA, axe-core)', () => {
  for (const language of ['nl', 'en'] as const satisfies readonly Language[]) {
    test(`the home page has no serious violations in ${language}`, async ({
      page,
    }) => {
      await openIn(page, '/', language);

      await expectNoSeriousA11yViolations(page);
    });

    test(`the status page has no serious violations in ${language}`, async ({
      page,
    }) => {
      await openIn(page, '/status', language);
      await expect(statusRow(page, 'Database')).toBeVisible();

      await expectNoSeriousA11yViolations(page);
    });
  }
});
