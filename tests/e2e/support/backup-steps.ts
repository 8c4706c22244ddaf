import type { Browser, Locator, Page } from '@playwright/test';
import { startTestApp, type TestApp } from './bridge';
import { expect } from './fixtures';

/** Opens Settings from the sidebar and returns the Backups section. */
export async function openBackups(page: Page): Promise<Locator> {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Settings' }).click();
  const backups = page.getByRole('region', { name: 'Backups' });
  await expect(backups).toBeVisible();
  return backups;
}

export async function openJournal(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Journal' }).click();
}

/** A second app, as on another computer: its own window, services and temporary folder. */
export async function startOtherApp(browser: Browser): Promise<{ page: Page; app: TestApp; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 820 } });
  const page = await context.newPage();
  const app = await startTestApp(page);
  return {
    page,
    app,
    close: async () => {
      await app.dispose();
      await context.close();
    },
  };
}
