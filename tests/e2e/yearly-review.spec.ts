import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { calendarDayOf } from '../../shared/domain/calendar-day';
import { expectAccessible } from './support/accessibility';
import { expect, SCREENSHOTS, test } from './support/fixtures';
import { createJournal } from './support/journal-steps';

const VERDICT = 'I am a complete failure and I always will be.';
const OWNED = 'I missed the deadline because I did not plan the last week.';

/** A year of writing about work that moves from verdicts to acts, with a reflection, wins and a named period. */
async function seedYear(page: Page, year: number): Promise<void> {
  await page.evaluate(async ({ y, verdict, owned }) => {
    const must = <T,>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    };
    const b = window.bounce;
    for (const [month, body] of [['02', verdict], ['03', verdict], ['06', 'The train was late.'], ['09', owned], ['11', owned]] as const) {
      must(await b.entries.save({ title: `Work, ${month}`, date: `${y}-${month}-12`, body, tags: ['work'] }));
    }
    must(await b.entries.save({ kind: 'reflection', title: 'The launch', date: `${y}-04-02`, body: '', tags: [], reflection: { whatHappened: 'I rushed the launch.', rootCause: { kind: 'tactical', tactic: 'moved-too-fast' }, holding: 'lesson' } }));
    must(await b.wins.save({ date: `${y}-05-10`, title: 'Gave the talk', story: '', kind: 'showed-up', area: 'work', tags: [], entryIds: [], origin: null }));
    must(await b.wins.save({ date: `${y}-07-01`, title: 'Learned the new tool', story: '', kind: 'skill', area: 'work', tags: [], entryIds: [], origin: null }));
    must(await b.timeline.savePeriod({ name: 'The year of no', from: `${y}-01-15`, to: `${y}-04-30` }));
  }, { y: year, verdict: VERDICT, owned: OWNED });
}

function poppler(tool: string, args: string[]): string {
  if (!existsSync(`/usr/bin/${tool}`)) throw new Error(`${tool} (poppler-utils) is needed to read the PDF back; .ci/run installs it.`);
  return execFileSync(`/usr/bin/${tool}`, args, { encoding: 'utf8' });
}

test('the yearly review: read on screen, saved as a real PDF after a warning', async ({ page, app, shot }) => {
  test.setTimeout(180_000);
  await createJournal(page);
  const year = Number(calendarDayOf(new Date()).slice(0, 4)) - 1;
  await seedYear(page, year);
  // Framing (and the key sentences quoted) is worked out after each save.
  await expect
    .poll(async () => page.evaluate(async (y) => {
      const answer = await window.bounce.timeline.review({ year: y });
      return answer.ok ? answer.value.moved.length : -1;
    }, year), { timeout: 30_000 })
    .toBe(2);

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Timeline' }).click();
  await page.getByRole('button', { name: 'Yearly review' }).click();
  const sheet = page.getByRole('dialog', { name: `Looking back on ${year}` });
  await expect(sheet).toBeVisible();
  await sheet.getByRole('combobox', { name: /^Year/ }).selectOption(String(year));
  await expect(sheet).toHaveAttribute('data-ready', 'true');
  await expect(sheet.getByRole('heading', { name: `Looking back on ${year}`, level: 1 })).toBeFocused();

  // The year's own numbers and words, each section from the seeded records.
  await expect(sheet.getByTestId('timeline-chart')).toBeVisible();
  // The chart's table view: only months with writing, in the same numbers.
  const months = sheet.getByRole('table', { name: 'Sentences by reading, month by month' });
  await expect(months.getByRole('row')).toHaveCount(7);
  await expect(months.getByRole('row', { name: `February ${year} 1 100% 0% 0%` })).toBeVisible();
  await expect(months.getByRole('row', { name: `November ${year} 1 0% 100% 0%` })).toBeVisible();
  await expect(sheet.getByRole('row', { name: new RegExp(`^${year} 6 1 `) })).toBeVisible();
  await expect(sheet.getByRole('region', { name: 'Periods you named' })).toContainText('The year of no');
  await expect(sheet.getByRole('region', { name: 'Wins you recorded' }).getByRole('row', { name: 'Showed up when it was hard 1' })).toBeVisible();
  await expect(sheet.getByRole('region', { name: 'What your reflections traced failures to' })).toContainText('one reflection');
  const moved = sheet.getByRole('region', { name: 'In your own words' });
  // (The quotation marks are the <q> element's own, drawn by CSS.)
  await expect(moved.getByRole('listitem').first()).toContainText(`Tagged workIn February ${year} you wrote: ${VERDICT}In November ${year}: ${OWNED}`);
  // The second pair: the next verdict and the next-latest owned act, both about work.
  await expect(moved.getByRole('listitem')).toHaveCount(2);
  await expect(moved.getByRole('listitem').nth(1)).toContainText(`Tagged workIn March ${year} you wrote: ${VERDICT}In September ${year}: ${OWNED}`);
  await expectAccessible(page, 'Yearly review');
  await shot('yearly-review');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page, 'Yearly review, dark');
  await shot('yearly-review-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  // The warning comes first; the save dialog's answer is the scripted path.
  const pdfPath = join(app.dataFolder, `review-${year}.pdf`);
  app.dialogs.savePath = pdfPath;
  await sheet.getByRole('button', { name: 'Save as PDF…' }).click();
  const warning = sheet.getByRole('alertdialog', { name: 'This PDF will not be encrypted' });
  await expect(warning).toContainText('Anyone who can open the file can read this review');
  await shot('yearly-review-pdf-warning');
  expect(existsSync(pdfPath)).toBe(false);
  await warning.getByRole('button', { name: 'Save the PDF' }).click();
  await expect(sheet.locator('.review-save [role="status"]')).toContainText(`Saved to ${pdfPath}`, { timeout: 30_000 });

  // A real PDF: poppler reads its pages and finds the year's title and the person's own sentences in it.
  expect(statSync(pdfPath).size).toBeGreaterThan(1_000);
  const pages = Number(/^Pages:\s+(\d+)/mu.exec(poppler('pdfinfo', [pdfPath]))?.[1]);
  expect(pages).toBeGreaterThan(0);
  await expect(sheet.locator('.review-save [role="status"]')).toContainText(pages === 1 ? '(one page)' : `(${pages} pages)`);
  const text = poppler('pdftotext', ['-layout', pdfPath, '-']).replace(/\s+/gu, ' ');
  expect(text).toContain(`Looking back on ${year}`);
  expect(text).toContain(VERDICT);
  expect(text).toContain('The year of no');
  // Only the review prints: not the app behind it, nor the sheet's own buttons.
  expect(text).not.toContain('Save as PDF');
  expect(text).not.toContain('Show as table');
  poppler('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdfPath, join(SCREENSHOTS, 'yearly-review-pdf-page-1')]);
  expect(statSync(join(SCREENSHOTS, 'yearly-review-pdf-page-1.png')).size).toBeGreaterThan(1_000);

  // Escape closes the sheet and gives the timeline back, with focus on the button that opened it.
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await expect(page.getByRole('button', { name: 'Yearly review' })).toBeFocused();
});
