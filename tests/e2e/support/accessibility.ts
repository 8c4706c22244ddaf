import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Result } from 'axe-core';
import { expect } from './fixtures';

type Scheme = 'light' | 'dark';

/** WCAG 2.0 and 2.1, levels A and AA, and axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** What fails: a person is kept out or badly slowed. Moderate and minor are for review, not failures. */
const FAILING = new Set(['serious', 'critical']);

/**
 * Elements axe cannot judge fairly, each with why. Nothing else is excluded, and no
 * rule is turned off.
 */
const EXCLUDED: string[] = [];

/** Lets CSS transitions (a button's colour after a scheme switch) end, so contrast is read on the colours that stay. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const finite = document.getAnimations().filter((animation) => Number.isFinite(animation.effect?.getComputedTiming().endTime ?? Infinity));
    await Promise.race([Promise.all(finite.map((animation) => animation.finished.catch(() => undefined))), new Promise((resolve) => setTimeout(resolve, 1000))]);
  });
}

async function serious(page: Page): Promise<Result[]> {
  await settle(page);
  // Legacy mode runs axe.run in the page itself: the app has no cross-origin frames, and the
  // default's finishRun in a second, blank page costs seconds a run. Only violations are gathered.
  let builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(TAGS).setLegacyMode();
  for (const selector of EXCLUDED) builder = builder.exclude(selector);
  const results = await builder.analyze();
  return results.violations.filter((violation) => FAILING.has(violation.impact ?? ''));
}

function describe(scheme: Scheme, violations: Result[]): string[] {
  return violations.map((violation) => {
    const nodes = violation.nodes.map((node) => `      ${node.target.map(String).join(' >> ')}${node.failureSummary ? `\n        ${node.failureSummary.replace(/\n\s*/g, ' ')}` : ''}`);
    return `  [${scheme}] ${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.helpUrl}\n${nodes.join('\n')}`;
  });
}

/**
 * Runs axe on the page as it is now, in the current colour scheme and in the other
 * one, and fails with a list of every serious or critical violation. The page is
 * left in the scheme it was in.
 */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const current: Scheme = (await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)) ? 'dark' : 'light';
  const other: Scheme = current === 'dark' ? 'light' : 'dark';
  const found = describe(current, await serious(page));
  await page.emulateMedia({ colorScheme: other });
  try {
    found.push(...describe(other, await serious(page)));
  } finally {
    await page.emulateMedia({ colorScheme: current });
    await settle(page);
  }
  expect(found.length, `serious or critical accessibility violations on ${where}:\n${found.join('\n')}\n`).toBe(0);
}
