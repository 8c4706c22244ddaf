import { tmpdir } from 'node:os';
import type { Locator, Page } from '@playwright/test';
import { filesContaining } from '../support/find-plaintext';
import { expectAccessible } from './support/accessibility';
import { expect, test } from './support/fixtures';
import { createJournal, lock, unlock, writeEntry } from './support/journal-steps';
import { goTo, waitForSaved } from './support/reflection-steps';

/** When this file's tests began: anything the app leaked into the temp folder was written since. */
const STARTED = Date.now();
const STAMP = STARTED.toString(36);

/** One word per win's story that appears nowhere else, so finding one on disk can only be a leak. */
const MARKERS = { talk: `Quokkaplume${STAMP}`, helped: `Vexillarium${STAMP}`, practised: `Brontidesk${STAMP}` };

interface NewWin {
  title: string;
  date: string;
  story: string;
  kind: string;
  area: string;
}

function winsList(page: Page): Locator {
  return page.getByRole('list', { name: 'Your wins' });
}

/** Fills a new win's editor (already open) and waits for the quiet "Saved". */
async function fillWin(page: Page, win: NewWin): Promise<void> {
  await page.getByLabel('Title').fill(win.title);
  await page.getByLabel('Date').fill(win.date);
  await page.getByLabel('The story of this win').click();
  await page.keyboard.type(win.story);
  await page.getByRole('radio', { name: win.kind }).check();
  await page.getByLabel('Part of life').selectOption({ label: win.area });
  await waitForSaved(page);
}

async function backToWins(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Back to your wins' }).click();
  await expect(winsList(page)).toBeVisible();
}

/** The names in the vault's list, top to bottom. */
async function listedNames(page: Page): Promise<string[]> {
  return winsList(page).locator('.entry-title').allInnerTexts();
}

/** The table view's rows as text, the header row first. */
async function tableRows(table: Locator): Promise<string[][]> {
  const rows = table.getByRole('row');
  const texts: string[][] = [];
  for (let i = 0; i < (await rows.count()); i++) texts.push(await rows.nth(i).locator('th, td').allInnerTexts());
  return texts;
}

async function expectNoMarkerOnDisk(journalDir: string): Promise<void> {
  for (const marker of Object.values(MARKERS)) {
    expect(await filesContaining(journalDir, marker), `${marker} in the journal folder`).toEqual([]);
    expect(await filesContaining(tmpdir(), marker, STARTED - 1000), `${marker} in the temp folder`).toEqual([]);
  }
}

test('the evidence vault: record, browse, search, remember, chart, link both ways, trash and back, lock, nothing in plain text', async ({ page, app, shot }) => {
  test.setTimeout(240_000);
  await createJournal(page);

  // An empty vault says what a win is and offers the first one.
  await goTo(page, 'Wins');
  await expect(page.getByText('A place to keep what went right.')).toBeVisible();
  await expect(page.getByText(/surprised yourself, showed up when it was hard, learned something, or helped someone/)).toBeVisible();
  await shot('wins-empty-vault');
  await expectAccessible(page, 'Wins, the empty vault');

  await page.getByRole('button', { name: 'Record your first win' }).click();
  await expect(page.getByRole('article', { name: 'New win' })).toBeVisible();
  await fillWin(page, {
    title: 'Gave the talk',
    date: '2025-06-10',
    story: `I stood up at the meetup and spoke for ten minutes without notes. ${MARKERS.talk}`,
    kind: 'Did something I once thought out of reach',
    area: 'Work',
  });
  await expectAccessible(page, 'Wins, a new win in the editor');
  await backToWins(page);

  await page.getByRole('button', { name: 'Record a win' }).click();
  await fillWin(page, {
    title: 'Helped Sam move',
    date: '2024-09-03',
    story: `Carried boxes all Saturday and stayed to put the shelves up. ${MARKERS.helped}`,
    kind: 'Helped someone',
    area: 'Family',
  });
  await backToWins(page);
  expect(await listedNames(page)).toEqual(['Gave the talk', 'Helped Sam move']);
  // Each row says its kind and part of life in words.
  await expect(winsList(page).getByRole('button', { name: /Helped Sam move/ })).toHaveAccessibleDescription(/Helped someone, Family/);

  // Browsing by kind, part of life and year narrows the list; so do words.
  const browse = page.getByRole('group', { name: 'Browse your wins' });
  await browse.getByLabel('Kind').selectOption({ label: 'Helped someone' });
  await expect.poll(() => listedNames(page)).toEqual(['Helped Sam move']);
  await expect(page.getByText('1 win matches.')).toBeVisible();
  await browse.getByLabel('Kind').selectOption({ label: 'Every kind' });
  await browse.getByLabel('Part of life').selectOption({ label: 'Work' });
  await expect.poll(() => listedNames(page)).toEqual(['Gave the talk']);
  await browse.getByLabel('Part of life').selectOption({ label: 'Every part of life' });
  await browse.getByLabel('Year').selectOption('2024');
  await expect.poll(() => listedNames(page)).toEqual(['Helped Sam move']);
  await browse.getByLabel('Year').selectOption({ label: 'Every year' });
  await browse.getByLabel('Search wins').fill('shelves');
  await expect.poll(() => listedNames(page)).toEqual(['Helped Sam move']);
  await browse.getByLabel('Search wins').fill('');
  await expect.poll(() => listedNames(page)).toEqual(['Gave the talk', 'Helped Sam move']);

  // Remember when…: one win, and another one on request.
  const card = page.getByRole('region', { name: 'Remember when…' });
  const first = await card.locator('.remember-name').innerText();
  expect(['Gave the talk', 'Helped Sam move']).toContain(first);
  await card.getByRole('button', { name: 'Bring back another' }).click();
  await expect(card.locator('.remember-name')).not.toHaveText(first);
  await expect(card.locator('.remember-name')).toHaveText(first === 'Gave the talk' ? 'Helped Sam move' : 'Gave the talk');
  await shot('wins-remember-card');
  const remembered = await card.locator('.remember-name').innerText();
  await card.locator('.remember-win').click();
  await expect(page.getByLabel('Title')).toHaveValue(remembered);
  await backToWins(page);

  // The journal's search finds wins too, in a group of their own, each saying it is a win.
  await goTo(page, 'Journal');
  await page.getByLabel('Search entries').fill('meetup');
  await expect(page.getByText('No entries match. 1 win does.')).toBeVisible();
  const found = page.getByRole('list', { name: 'Wins' });
  await expect(found.getByRole('button')).toHaveCount(1);
  const foundWin = found.getByRole('button', { name: /Gave the talk/ });
  await expect(foundWin).toContainText('Win');
  await expect(foundWin).toHaveAccessibleName(/^Gave the talk Win /);
  await expectAccessible(page, 'the journal search finding a win');
  await foundWin.click();
  await expect(page.getByRole('article', { name: 'Edit win' })).toBeVisible();
  await expect(page.getByLabel('Title')).toHaveValue('Gave the talk');
  await expect(page.getByLabel('The story of this win')).toContainText(MARKERS.talk);
  await expect(page.getByRole('radio', { name: 'Did something I once thought out of reach' })).toBeChecked();

  // Emptied of words, a win is refused with the vault's own sentence, and nothing is lost.
  await page.getByLabel('Title').fill('');
  await page.getByLabel('The story of this win').click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await expect(page.getByRole('alert').filter({ hasText: 'Write a few words about the win, or give it a title.' })).toBeVisible();
  await expectAccessible(page, 'Wins, an emptied win refused');
  await page.getByRole('button', { name: 'Back to your wins' }).click();
  await expect(page.getByRole('article', { name: 'Edit win' })).toBeVisible();
  await page.getByLabel('The story of this win').press('Control+z');
  await expect(page.getByLabel('The story of this win')).toContainText(MARKERS.talk);
  await page.getByLabel('Title').fill('Gave the talk');
  await waitForSaved(page);
  await expect(page.getByRole('alert').filter({ hasText: 'Write a few words' })).toHaveCount(0);
  await backToWins(page);

  // A win that grew out of an entry links to it, and the entry links back.
  await goTo(page, 'Journal');
  await page.getByLabel('Search entries').fill('');
  await writeEntry(page, { title: 'The meetup nerves', body: 'I almost stayed home. My hands shook the whole way there.' });
  await goTo(page, 'Wins');
  await page.getByRole('button', { name: 'Record a win' }).click();
  await fillWin(page, {
    title: 'Kept practising',
    date: '2025-02-14',
    story: `Ran the slides out loud every evening for a week. ${MARKERS.practised}`,
    kind: 'Learned a skill',
    area: 'Work',
  });
  const links = page.getByRole('region', { name: 'This grew out of' });
  await links.getByRole('button', { name: 'Link an entry' }).click();
  await links.getByLabel('Find an entry to link').fill('nerves');
  await expectAccessible(page, 'Wins, linking an entry');
  await links.getByRole('button', { name: /^Link “The meetup nerves”/ }).click();
  await waitForSaved(page);
  await links.getByRole('button', { name: /^The meetup nerves/ }).click();
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('The meetup nerves');
  const back = page.getByRole('region', { name: 'Wins that grew from this' });
  await expect(back.getByRole('button')).toHaveCount(1);
  await expectAccessible(page, 'an entry with the win that grew from it');
  await back.getByRole('button', { name: /Kept practising/ }).click();
  await expect(page.getByLabel('Title')).toHaveValue('Kept practising');
  await expect(page.getByRole('region', { name: 'This grew out of' }).getByRole('button', { name: /^The meetup nerves/ })).toBeVisible();
  await backToWins(page);

  // The chart, and its table with the same numbers: a year a row, a kind a column.
  const chart = page.getByTestId('wins-chart');
  await expect(chart).toHaveAccessibleName(/Wins of each kind, year by year/);
  await expect(chart.locator('canvas')).toHaveCount(1);
  await expect(page.getByRole('list', { name: /bars stand left to right/ }).getByRole('listitem')).toHaveText([
    /Learned a skill/,
    /Helped someone/,
    /Did something I once thought out of reach/,
  ]);
  await shot('wins-vault-light');
  await expectAccessible(page, 'Wins, the chart');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(chart.locator('canvas')).toHaveCount(1);
  await shot('wins-vault-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  await page.getByRole('button', { name: 'Show as table' }).click();
  await expect(page.getByRole('button', { name: 'Show as table' })).toHaveAttribute('aria-pressed', 'true');
  await expect(chart).toHaveCount(0);
  const table = page.getByRole('table', { name: 'Wins of each kind, year by year' });
  expect(await tableRows(table)).toEqual([
    ['Year', 'Learned a skill', 'Helped someone', 'Did something I once thought out of reach', 'All kinds'],
    ['2024', '0', '1', '0', '1'],
    ['2025', '1', '0', '1', '2'],
  ]);
  await expect(table.getByRole('rowheader', { name: '2025' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'All kinds' })).toBeVisible();
  await expectAccessible(page, 'Wins, the table');
  await page.getByRole('button', { name: 'Show as table' }).click();
  await expect(chart.locator('canvas')).toHaveCount(1);

  // Moved to the trash with an Undo; from the Trash it comes back.
  await winsList(page).getByRole('button', { name: /Gave the talk/ }).click();
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await expect(page.getByText('Moved to the trash. You can restore it for 30 days.')).toBeVisible();
  await expect.poll(() => listedNames(page)).toEqual(['Kept practising', 'Helped Sam move']);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Back among your wins.')).toBeVisible();
  await expect.poll(() => listedNames(page)).toEqual(['Gave the talk', 'Kept practising', 'Helped Sam move']);

  await winsList(page).getByRole('button', { name: /Helped Sam move/ }).click();
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await expect.poll(() => listedNames(page)).toEqual(['Gave the talk', 'Kept practising']);
  await goTo(page, 'Trash');
  const trashed = page.getByRole('list', { name: 'In the trash' }).getByRole('listitem').filter({ hasText: 'Helped Sam move' });
  await expect(trashed).toContainText('Win');
  await expect(trashed.getByRole('button', { name: 'Restore' })).toHaveAccessibleDescription(/^Win Helped Sam move$/);
  await expectAccessible(page, 'Trash with a win in it');
  await trashed.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByText('“Helped Sam move” is back among your wins.')).toBeVisible();
  await goTo(page, 'Wins');
  await expect.poll(() => listedNames(page)).toEqual(['Gave the talk', 'Kept practising', 'Helped Sam move']);

  // Locked and unlocked, everything is there, the links too.
  await lock(page);
  await expect(page.getByText('Helped Sam move')).toHaveCount(0);
  await unlock(page);
  await goTo(page, 'Wins');
  await expect.poll(() => listedNames(page)).toEqual(['Gave the talk', 'Kept practising', 'Helped Sam move']);
  await winsList(page).getByRole('button', { name: /Kept practising/ }).click();
  await expect(page.getByLabel('The story of this win')).toContainText(MARKERS.practised);
  await expect(page.getByRole('radio', { name: 'Learned a skill' })).toBeChecked();
  await expect(page.getByLabel('Part of life')).toHaveValue('work');
  await expect(page.getByLabel('Date')).toHaveValue('2025-02-14');
  await expect(page.getByRole('region', { name: 'This grew out of' }).getByRole('button', { name: /^The meetup nerves/ })).toBeVisible();

  // No story's marker word is on disk in plain text, in the journal folder or the temp folder.
  await expectNoMarkerOnDisk(app.journalDir);
});
