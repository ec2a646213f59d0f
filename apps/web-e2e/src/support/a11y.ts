import AxeBuilder from '@axe-core/playwright';
import { expect, Page } from '@playwright/test';

/** The WCAG 2.1 A and AA rules; government software must meet AA. */
const WCAG_21_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

/**
 * Waits until finite CSS animations (a field error fading in, a dialog opening) have ended: axe
 * measures contrast on the colours of that moment, and a half-faded text is a false alarm.
 */
async function settleAnimations(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document
        .getAnimations()
        .filter(
          (animation) =>
            animation.effect?.getComputedTiming().iterations !== Infinity,
        )
        .every((animation) => animation.playState !== 'running'),
    undefined,
    { timeout: 5000 },
  );
}

/**
 * Runs axe-core on the page once it has settled and fails on serious or critical violations,
 * listing each rule with the elements it hit so the report says what to fix.
 */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  await settleAnimations(page);
  const results = await new AxeBuilder({ page })
    .withTags(WCAG_21_AA_TAGS)
    .analyze();
  const blocking = results.violations
    .filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ''))
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));

  expect(blocking, `axe-core violations on ${page.url()}`).toEqual([]);
}
