import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export const PASSPHRASE = 'quiet harbour lantern 1987';

/**
 * Creates a journal through the UI and returns the recovery code it showed.
 * `onCodeShown` runs while the code is on screen, `onConfirmShown` while its groups are asked back.
 */
export async function createJournal(page: Page, passphrase = PASSPHRASE, onCodeShown?: () => Promise<void>, onConfirmShown?: () => Promise<void>): Promise<string> {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Repeat passphrase').fill(passphrase);
  await page.getByRole('button', { name: 'Create journal' }).click();
  const codeBox = page.getByTestId('recovery-code');
  await expect(codeBox).toBeVisible({ timeout: 20_000 });
  const recoveryCode = (await codeBox.innerText()).replace(/\s+/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '');
  expect(recoveryCode).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
  await onCodeShown?.();
  await page.getByRole('button', { name: "I've kept it" }).click();
  const groups = recoveryCode.split('-');
  const inputs = page.getByLabel(/^Group \d$/);
  const count = await inputs.count();
  expect(count).toBeGreaterThanOrEqual(2);
  await onConfirmShown?.();
  for (let i = 0; i < count; i++) {
    const label = await inputs.nth(i).getAttribute('aria-label') ?? (await inputs.nth(i).evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? ''));
    const group = Number(/Group (\d)/.exec(label)?.[1]);
    await inputs.nth(i).fill(groups[group - 1]!);
  }
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible({ timeout: 20_000 });
  return recoveryCode;
}

export async function unlock(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible({ timeout: 20_000 });
}

export async function lock(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Unlock', exact: true })).toBeVisible();
}

export async function writeEntry(page: Page, entry: { title: string; body: string; tags?: string[] }): Promise<void> {
  await page.getByRole('button', { name: 'New entry' }).click();
  await page.getByLabel('Title').fill(entry.title);
  for (const tag of entry.tags ?? []) {
    await page.getByLabel('Tags').fill(tag);
    await page.getByLabel('Tags').press('Enter');
  }
  const editor = page.getByLabel('Entry text');
  await editor.click();
  await page.keyboard.type(entry.body);
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible({ timeout: 10_000 });
}
