import { expect, Page } from '@playwright/test';
import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  DemoAccount,
  Role,
} from '@jcw/shared-contracts';
import { mainNav, TEXTS } from './shell';

/** The demo account holding `role` (seeded by `cli.js seed --demo`, which the launcher runs). */
export function demoAccount(role: Role): DemoAccount {
  const account = DEMO_ACCOUNTS.find((each) => each.role === role);
  if (!account) {
    throw new Error(`No demo account with role ${role}`);
  }
  return account;
}

/** The sign-in form's parts, found the way a user finds them: by their labels. */
export function signInForm(page: Page) {
  const texts = TEXTS.nl;
  return {
    email: page.getByLabel(texts.emailLabel),
    password: page.getByLabel(texts.passwordLabel),
    submit: page.getByRole('button', { name: texts.signInButton, exact: true }),
  };
}

/** Fills in and sends the sign-in form on the page that is open now (Dutch). */
export async function submitSignIn(
  page: Page,
  email: string,
  password: string,
): Promise<void> {
  const form = signInForm(page);
  await form.email.fill(email);
  await form.password.fill(password);
  await form.submit.click();
}

/**
 * Signs in through the sign-in page, as a person would, and waits until the app shows the menu.
 * Each test signs in afresh: the API rotates refresh tokens, so a saved session cannot be shared.
 */
export async function signIn(
  page: Page,
  account: DemoAccount = demoAccount('admin'),
): Promise<void> {
  await page.goto('/aanmelden');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    TEXTS.nl.signInHeading,
  );
  await submitSignIn(page, account.email, DEMO_PASSWORD);
  await expect(mainNav(page, 'nl')).toBeVisible();
  await expect(page.getByText(account.displayName)).toBeVisible();
}
