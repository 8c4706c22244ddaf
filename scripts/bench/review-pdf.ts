import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from '../../tests/e2e/support/browser';
import { RENDERER_ROOT, startTestApp } from '../../tests/e2e/support/bridge';
import { timed } from './measure';
import { median, round } from './random';

export interface ReviewPdfFigures {
  figures: Record<string, number | null>;
  reason?: string;
}

/**
 * The yearly review of `year`, in Chromium over the real services and a copy of the
 * bench's journal (through the same bridge the browser tests use): from asking for
 * the year until its review is on screen, plus from "Save the PDF" until the file is
 * written. The person's own steps between (reading the warning) are not counted.
 */
export async function measureReviewPdf(journalDir: string, passphrase: string, years: [number, number]): Promise<ReviewPdfFigures> {
  const executablePath = findChromium();
  if (!executablePath) return { figures: { review_pdf_ms: null }, reason: 'no Chromium on this machine (set CHROMIUM_PATH)' };
  if (!existsSync(join(RENDERER_ROOT, 'index.html'))) return { figures: { review_pdf_ms: null }, reason: 'the renderer is not built (npm run build)' };
  const scratch = await mkdtemp(join(tmpdir(), 'bounce-bench-review-'));
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  try {
    await cp(journalDir, join(scratch, 'journal'), { recursive: true });
    const page = await browser.newPage({ viewport: { width: 1280, height: 820 } });
    const app = await startTestApp(page, { journalDir: join(scratch, 'journal') });
    const unlocked = await app.services.dispatch('vault.unlock', { passphrase });
    if (!unlocked.ok) throw new Error(unlocked.error.message);
    await app.open();
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Timeline' }).click();
    await page.getByRole('button', { name: 'Yearly review' }).click({ timeout: 60_000 });
    const sheet = page.getByRole('dialog');
    await page.locator('.review-sheet[data-ready="true"]').waitFor({ timeout: 60_000 });
    const saveStatus = sheet.locator('.review-save [role="status"]');
    const runs: number[] = [];
    let pages = 0;
    for (let rep = 0; rep < 4; rep++) {
      const year = years[rep % 2]!;
      const shown = await timed(async () => {
        await sheet.getByRole('combobox', { name: /^Year/u }).selectOption(String(year));
        await page.locator(`.review-sheet[data-ready="true"] h1:text-is("Looking back on ${year}")`).waitFor({ timeout: 60_000 });
      });
      app.dialogs.savePath = join(scratch, `review-${rep}.pdf`);
      await sheet.getByRole('button', { name: 'Save as PDF…' }).click();
      const saved = await timed(async () => {
        await sheet.getByRole('button', { name: 'Save the PDF' }).click();
        await saveStatus.filter({ hasText: 'Saved to' }).waitFor({ timeout: 60_000 });
      });
      pages = Number(/\((\d+) pages\)/u.exec(await saveStatus.innerText())?.[1] ?? 1);
      runs.push(shown.ms + saved.ms);
    }
    await app.dispose();
    // The first of each year warms the renderer's code paths; the median of all four is reported.
    return { figures: { review_pdf_ms: round(median(runs)), review_pdf_pages: pages } };
  } finally {
    await browser.close();
    await rm(scratch, { recursive: true, force: true });
  }
}
