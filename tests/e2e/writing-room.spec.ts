import { expect, test } from './support/fixtures';
import { createJournal, lock, unlock, writeEntry } from './support/journal-steps';
import { framingPanel, goTo } from './support/reflection-steps';
import { charsPerLine, focused, searchHits, topIsInView } from './support/room-steps';

const LONG_BODY =
  'The meeting went long and I kept waiting for a chance to say what I had prepared, but every time I opened my mouth someone else started talking first, and in the end I left without saying any of it, which is the part I keep coming back to tonight as I sit here writing it down.';
const LONG_TITLE = 'The meeting where I said nothing at all, again, for the third week in a row, and what I might try before the next one';
const CARE = 'I want to die.';

const list = (page: import('@playwright/test').Page) => page.getByRole('list', { name: 'Entries' });
const row = (page: import('@playwright/test').Page, title: string | RegExp) => list(page).getByRole('button', { name: title });

test('the page keeps 60 to 75 characters a line at 1280 × 820, the list and framing view fold away by keyboard, and both choices and the open entry survive a lock', async ({ page, app: _app, shot }) => {
  await createJournal(page);
  await writeEntry(page, { title: 'Another day', body: 'Ran by the river. Legs heavy but fine.' });
  await writeEntry(page, { title: 'The meeting', body: LONG_BODY });
  const listToggle = page.getByRole('button', { name: 'Entry list' });
  const framingToggle = page.getByRole('button', { name: 'Framing view' });
  await expect(listToggle).toHaveAttribute('aria-pressed', 'true');
  await expect(listToggle).toHaveAttribute('aria-keyshortcuts', 'Control+Shift+L');
  await expect(listToggle).toHaveAttribute('title', /\(Ctrl\+Shift\+L\)/);
  await expect(framingToggle).toHaveAttribute('aria-keyshortcuts', 'Control+Shift+F');
  await expect(framingToggle).toHaveAttribute('title', /\(Ctrl\+Shift\+F\)/);

  // Both open: the framing view goes below the text rather than squeeze it.
  const bothOpen = await charsPerLine(page);
  expect(bothOpen).toBeGreaterThanOrEqual(60);
  expect(bothOpen).toBeLessThanOrEqual(75);
  await shot('writing-room-after-1280');

  // The shortcuts work from inside the text.
  await page.getByLabel('Entry text').press('End');
  await page.keyboard.press('Control+Shift+L');
  await expect(listToggle).toHaveAttribute('aria-pressed', 'false');
  await expect(list(page)).toHaveCount(0);
  await expect(page.getByLabel('Entry text')).toBeFocused();
  const listFolded = await charsPerLine(page);
  expect(listFolded).toBeGreaterThanOrEqual(60);
  expect(listFolded).toBeLessThanOrEqual(75);
  // With the list folded away there is room for the framing view beside the text.
  const text = await page.locator('.body-editor').boundingBox();
  const panel = await framingPanel(page).boundingBox();
  expect(panel!.x).toBeGreaterThan(text!.x + text!.width);

  await page.keyboard.press('Control+Shift+F');
  await expect(framingToggle).toHaveAttribute('aria-pressed', 'false');
  await expect(framingPanel(page)).toHaveCount(0);
  const wide = await charsPerLine(page);
  expect(wide).toBeGreaterThanOrEqual(60);
  expect(wide).toBeLessThanOrEqual(75);
  await shot('writing-room-after-1280-wide');

  // Locked and unlocked: the room is as it was left, and the entry that was open is open again.
  await lock(page);
  await unlock(page);
  await expect(page.getByLabel('Title')).toHaveValue('The meeting');
  await expect(page.getByRole('button', { name: 'Entry list' })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('button', { name: 'Framing view' })).toHaveAttribute('aria-pressed', 'false');
  await expect(list(page)).toHaveCount(0);

  // Unfolded again with the buttons, by keyboard; the focus stays on each button.
  await listToggle.focus();
  await page.keyboard.press('Enter');
  await expect(listToggle).toHaveAttribute('aria-pressed', 'true');
  await expect(listToggle).toBeFocused();
  await expect(row(page, /^The meeting/)).toHaveAttribute('aria-current', 'true');
  await framingToggle.focus();
  await page.keyboard.press('Space');
  await expect(framingPanel(page)).toBeVisible();
  await expect(framingToggle).toBeFocused();
});

test('a long title wraps and is seen whole, and stays one line of text', async ({ page, app: _app }) => {
  await createJournal(page);
  await writeEntry(page, { title: 'Short', body: 'A line.' });
  const title = page.getByLabel('Title');
  const oneLine = await title.evaluate((el) => el.clientHeight);
  await title.fill(LONG_TITLE);
  const size = await title.evaluate((el) => ({ height: el.clientHeight, content: el.scrollHeight, width: el.clientWidth, scroll: el.scrollWidth }));
  expect(size.height).toBeGreaterThan(oneLine * 1.5);
  expect(size.content).toBeLessThanOrEqual(size.height + 1);
  expect(size.scroll).toBeLessThanOrEqual(size.width + 1);
  // Enter goes on to the text instead of breaking the title.
  await title.press('Enter');
  await expect(page.getByLabel('Entry text')).toBeFocused();
  await expect(title).toHaveValue(LONG_TITLE);
  await title.fill(`Two\nlines`);
  await expect(title).toHaveValue('Two lines');
});

test('focus never falls to the page: Move to trash, Undo, and Restore in the Trash', async ({ page, app: _app }) => {
  await createJournal(page);
  await writeEntry(page, { title: 'First', body: 'The first page.' });
  await writeEntry(page, { title: 'Second', body: 'The second page.' });

  // From the title, one step back is Move to trash; it goes, and the focus is on Undo.
  await page.getByLabel('Title').focus();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Move to trash' })).toBeFocused();
  await page.keyboard.press('Enter');
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(undo, await focused(page)).toBeFocused();
  await expect(row(page, /^Second/)).toHaveCount(0);

  // Undo brings it back, and the focus is on its row.
  await page.keyboard.press('Enter');
  await expect(row(page, /^Second/), await focused(page)).toBeFocused();
  await expect(page.getByLabel('Title')).toHaveValue('Second');

  // Both to the trash, by keyboard.
  for (const name of ['Second', 'First']) {
    await row(page, new RegExp(`^${name}`)).press('Enter');
    await expect(page.getByLabel('Title')).toHaveValue(name);
    await page.getByLabel('Title').press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  }

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Trash' }).press('Enter');
  const heading = page.getByRole('heading', { name: 'Trash', level: 1 });
  await expect(heading).toBeFocused();
  await page.keyboard.press('Tab');
  const trash = page.getByRole('list', { name: 'In the trash' });
  const restores = trash.getByRole('button', { name: 'Restore' });
  await expect(restores.first()).toBeFocused();
  await expect(restores.first()).toHaveAccessibleDescription(/First/);
  // Restored: the focus goes on to the next row's Restore…
  await page.keyboard.press('Enter');
  await expect(page.getByText('“First” is back in your journal.')).toBeVisible();
  await expect(restores, await focused(page)).toHaveCount(1);
  await expect(restores.first()).toBeFocused();
  await expect(restores.first()).toHaveAccessibleDescription(/Second/);
  // …and with no row left, to the heading.
  await page.keyboard.press('Enter');
  await expect(page.getByText('The trash is empty.')).toBeVisible();
  await expect(heading, await focused(page)).toBeFocused();
});

test('someone else is its own reading, the same in the list and the panel, and the marks can be turned off', async ({ page, app: _app }) => {
  await createJournal(page);
  await writeEntry(page, { title: 'Builder', body: 'What I learned is never to trust a contractor.' });
  const words = framingPanel(page).getByTestId('axis-words');
  await expect(words).toHaveText('Mostly someone else');
  await expect(framingPanel(page).locator('.axis')).not.toContainText(/in between/i);
  await expect(framingPanel(page).locator('.axis-marker')).toHaveCount(0);
  await expect(row(page, /^Builder/)).toHaveAccessibleDescription(/Framing: mostly someone else/);
  await expect(row(page, /^Builder/).getByTestId('framing-mark')).toHaveText(/Someone else/);

  // An entry between who I am and what I did says so in both places.
  await writeEntry(page, { title: 'Deadline', body: 'I am such a failure. I missed the deadline. My boss set an impossible plan.' });
  await expect(words).toHaveText('In between who I am and what I did');
  await expect(row(page, /^Deadline/)).toHaveAccessibleDescription(/Framing: in between who I am and what I did/);
  await expect(row(page, /^Deadline/).getByTestId('framing-mark')).toHaveText(/In between/);
  // Someone else's mark is a diamond, not the ▶ that opens "What the marks mean".
  await expect(list(page).locator('.fr-shape-blame path')).toHaveAttribute('d', /^M8 2\.25l5\.75 5\.75l-5\.75 5\.75l-5\.75-5\.75Z$/);

  await goTo(page, 'Settings');
  const marks = page.getByRole('switch', { name: 'Show framing marks in the list' });
  await expect(marks).toBeChecked();
  await marks.press('Space');
  await expect(marks).not.toBeChecked();
  await expect(page.getByText('Saved', { exact: true }).first()).toBeVisible();
  await goTo(page, 'Journal');
  await expect(row(page, /^Builder/)).toBeVisible();
  await expect(list(page).getByTestId('framing-mark')).toHaveCount(0);
  await expect(row(page, /^Builder/)).not.toHaveAccessibleDescription(/Framing/);
  await expect(row(page, /^Deadline/)).not.toHaveAccessibleDescription(/Framing/);
});

test('an entry opened from a search shows the searched words until the search is cleared', async ({ page, app: _app }) => {
  await createJournal(page);
  await writeEntry(page, { title: 'Builder', body: 'The contractor left. I called another contractor today.' });
  await writeEntry(page, { title: 'Another day', body: 'Ran by the river.' });
  await page.getByLabel('Search entries').fill('contract');
  await expect(list(page).getByRole('listitem')).toHaveCount(1);
  await row(page, /^Builder/).press('Enter');
  await expect(page.getByLabel('Title')).toHaveValue('Builder');
  await expect.poll(() => searchHits(page)).toEqual(['contractor', 'contractor']);
  await page.getByLabel('Search entries').fill('');
  await expect(list(page).getByRole('listitem')).toHaveCount(2);
  await expect.poll(() => searchHits(page)).toEqual([]);
  // Opened without a search, nothing is marked.
  await row(page, /^Another day/).press('Enter');
  await row(page, /^Builder/).press('Enter');
  await expect(page.getByLabel('Title')).toHaveValue('Builder');
  expect(await searchHits(page)).toEqual([]);
});

test.describe('at 200% zoom', () => {
  test.use({ viewport: { width: 640, height: 410 }, deviceScaleFactor: 2 });

  test('opening an entry shows the page, and the care card, announced politely with help that needs no contacts, is in view', async ({ page, app: _app, shot }) => {
    await createJournal(page);
    const area = page.getByTestId('care-area');
    await writeEntry(page, { title: 'The meeting', body: LONG_BODY });
    // The live region is there before any card, so the card is announced when it comes.
    await expect(area).toHaveAttribute('aria-live', 'polite');
    await expect(area).toBeEmpty();
    await writeEntry(page, { title: 'Tonight', body: CARE });
    await expect(area.getByRole('region', { name: "You don't have to carry this alone" })).toBeVisible();
    await writeEntry(page, { title: 'Another day', body: 'Ran by the river.' });

    await page.evaluate(() => window.scrollTo(0, 0));
    await row(page, /^The meeting/).press('Enter');
    await expect(page.getByLabel('Title')).toHaveValue('The meeting');
    expect(await topIsInView(page, page.getByLabel('Title'))).toBe(true);
    await shot('writing-room-after-200');

    await page.evaluate(() => window.scrollTo(0, 0));
    await row(page, /^Tonight/).press('Enter');
    const card = page.getByRole('region', { name: "You don't have to carry this alone" });
    await expect(card).toBeVisible();
    expect(await topIsInView(page, card)).toBe(true);
    await expect(page.locator('[aria-live="polite"]').filter({ has: card })).toHaveCount(1);
    await expect(card.getByTestId('care-offline')).toHaveText(
      "If you might act on these thoughts, call your local emergency number now. Your phone's emergency call works even when it's locked. A doctor, pharmacist or your local health service can give you the number of a crisis line near you.",
    );
    await expect(card.getByRole('button', { name: 'Open Settings' })).toBeVisible();
    await shot('care-card-after-200');

    // The entry under it is not called "what happened", in the list or in the reading beside it.
    await expect(row(page, /^Tonight/)).not.toContainText(/what happened/i);
    await expect(row(page, /^Tonight/)).not.toHaveAccessibleDescription(/what happened/i);
    await expect(framingPanel(page).locator('.axis')).toContainText('Of 1 sentence, 1 leans neither way.');
    await expect(framingPanel(page).locator('.axis')).not.toContainText(/what happened/i);
  });
});
