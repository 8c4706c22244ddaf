import { test as base, expect } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { startTestApp, type TestApp } from './bridge';

export const SCREENSHOTS = 'test-results/screenshots';

export const test = base.extend<{ app: TestApp; shot: (name: string) => Promise<void> }>({
  app: async ({ page }, use) => {
    const app = await startTestApp(page);
    await app.open();
    await use(app);
    await app.dispose();
  },
  shot: async ({ page }, use) => {
    await mkdir(SCREENSHOTS, { recursive: true });
    await use(async (name) => {
      await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: false });
    });
  },
});

export { expect };
