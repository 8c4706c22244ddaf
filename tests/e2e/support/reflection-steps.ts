import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** Moves to a section of the main screen from the sidebar. */
export async function goTo(page: Page, section: 'Journal' | 'Reflect' | 'Wins' | 'Small steps' | 'Practice' | 'Trash' | 'Settings'): Promise<void> {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: section }).click();
}

/** The framing view beside the text. */
export function framingPanel(page: Page): Locator {
  return page.getByRole('complementary', { name: "How it's framed" });
}

/** The panel's entry for the sentence that contains `words`. */
export function sentenceInPanel(page: Page, words: string): Locator {
  return framingPanel(page).getByRole('list', { name: 'Sentences and their framing' }).getByRole('listitem').filter({ hasText: words });
}

/** Goes on to the next step of a reflection and checks the progress says so. */
export async function nextStep(page: Page, expected: number): Promise<void> {
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByText(`Step ${expected} of 8`)).toBeVisible();
}

export async function waitForSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible({ timeout: 10_000 });
}
