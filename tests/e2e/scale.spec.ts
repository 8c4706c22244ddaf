import { performance } from 'node:perf_hooks';
import { inBatches } from '../../scripts/bench/measure';
import { expectAccessible } from './support/accessibility';
import { expect, test } from './support/fixtures';
import { PASSPHRASE, unlock } from './support/journal-steps';

const ENTRIES = Number(process.env.BOUNCE_SCALE_ENTRIES ?? 10_000);
/** The one entry with a word of its own; inside any size the variable allows. */
const UNIQUE = Math.min(4242, ENTRIES - 1);

/**
 * A journal of 10,000 entries seeded through the real services: opening,
 * scrolling to the oldest entry and searching must complete, and how long each
 * took is printed (numbers, not pass/fail thresholds: these machines are noisy).
 */
test(`opening, scrolling and searching ${ENTRIES} entries`, async ({ page, app }) => {
  // Seeding 10,000 entries through the real services is most of the time, and slow on a busy machine.
  test.setTimeout(900_000);
  const created = await app.services.vault.create(PASSPHRASE);
  const groups = created.recoveryCode.split('-');
  await app.services.vault.confirmRecoveryCode(created.confirmGroups.map((group) => ({ group, value: groups[group - 1]! })));
  const journal = app.services.vault.journal();
  const start = Date.UTC(2016, 0, 1);
  const words = ['river', 'deadline', 'garden', 'interview', 'apology', 'budget', 'launch', 'run', 'meeting', 'review'];
  const seedStart = performance.now();
  await inBatches(Array.from({ length: ENTRIES }, (_, i) => i), 16, async (i) => {
    const date = new Date(start + Math.floor(i / 3) * 86_400_000).toISOString().slice(0, 10);
    const body = `${words[i % words.length]} ${words[(i * 7) % words.length]} `.repeat(120) + (i === UNIQUE ? 'uniquelantern' : '');
    await journal.save({ title: `Scale entry ${i}`, date, body, tags: [words[i % 5]!] });
  });
  const seedMs = performance.now() - seedStart;
  await app.services.vault.lock('user');
  await page.reload();

  const timings: Record<string, number> = { seed_ms: seedMs };
  let t = performance.now();
  await unlock(page);
  const list = page.getByRole('list', { name: 'Entries' });
  await expect(list.getByRole('listitem').first()).toBeVisible();
  timings.unlock_to_list_ms = performance.now() - t;
  expect(await list.getByRole('listitem').count()).toBeLessThan(60);
  // The first page is all the window has, and the count is the whole journal's.
  await expect(page.getByText(`${ENTRIES.toLocaleString('en-US')} entries`, { exact: true })).toBeVisible();

  t = performance.now();
  const scroller = page.locator('.entry-scroller');
  for (let step = 0; step < 20; step++) await scroller.evaluate((el, s) => el.scrollTo({ top: (el.scrollHeight * s) / 20 }), step + 1);
  await expect(list.getByText('Scale entry 0', { exact: true })).toBeVisible();
  timings.scroll_to_oldest_ms = performance.now() - t;

  t = performance.now();
  await page.getByLabel('Search entries').fill('uniquelantern');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByText(`Scale entry ${UNIQUE}`, { exact: true })).toBeVisible();
  timings.search_ms = performance.now() - t;

  t = performance.now();
  await page.getByLabel('Search entries').fill('river');
  await expect(list.getByRole('listitem').first()).toBeVisible();
  timings.broad_search_ms = performance.now() - t;
  await expectAccessible(page, `a journal of ${ENTRIES} entries, searched`);

  // The same unlock and first page in the main process alone, so the window's share of the time above shows.
  await app.services.vault.lock('user');
  t = performance.now();
  await app.services.vault.unlock(PASSPHRASE);
  timings.service_unlock_ms = performance.now() - t;
  t = performance.now();
  const first = app.services.vault.journal().list({});
  timings.service_first_page_ms = performance.now() - t;
  timings.first_page_kb = JSON.stringify(first).length / 1024;
  expect(first.total).toBe(ENTRIES);

  const line = Object.entries(timings).map(([name, ms]) => `${name}=${Math.round(ms)}`).join(' ');
  console.log(`scale (${ENTRIES} entries): ${line}`);
  test.info().annotations.push({ type: 'timings', description: line });
});
