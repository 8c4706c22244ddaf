import type { Page } from '@playwright/test';
import { tmpdir } from 'node:os';
import { filesContaining } from '../support/find-plaintext';
import { expectAccessible } from './support/accessibility';
import { expect, test } from './support/fixtures';
import { createJournal, lock, unlock, writeEntry } from './support/journal-steps';
import { goTo, sentenceInPanel, waitForSaved } from './support/reflection-steps';

/** A word that appears nowhere else, so finding it on disk can only mean a leak. */
const MARKER = `Quillwort${Date.now().toString(36)}`;
const STARTED = Date.now();

const STEP = `Water the ${MARKER} fern`;
const OTHER_STEP = 'Return the library book';
const PRACTICE = `Ask the ${MARKER} baker for a discount`;
const SHAME = "I am such a failure. I always ruin everything. I'm worthless.";
const WORK_WIN = 'Shipped the billing rewrite';
const HEALTH_WIN = 'Ran the whole river loop';
const LEARNED = `I can ask for help before it gets heavy ${MARKER}`;

const WINS_PANEL = 'Evidence you are more than this moment';
const SWITCH = 'Offer my wins beside entries that read as a verdict on who I am';

function winsPanel(page: Page) {
  return page.getByRole('complementary', { name: WINS_PANEL });
}

/** Two wins of different areas, the health one newer, so "same area first" is what puts the work one on top. */
async function seedWins(page: Page): Promise<void> {
  const answers = await page.evaluate(
    async ([work, health]) => {
      const base = { tags: [], entryIds: [], origin: null, story: '' };
      return [
        await window.bounce.wins.save({ ...base, date: '2026-01-10', title: work!, kind: 'skill', area: 'work' }),
        await window.bounce.wins.save({ ...base, date: '2026-02-20', title: health!, kind: 'showed-up', area: 'health' }),
      ].map((answer) => answer.ok);
    },
    [WORK_WIN, HEALTH_WIN],
  );
  expect(answers).toEqual([true, true]);
}

/** The framing view has read the page, so the absence of the wins panel means something. */
async function expectReadAsShame(page: Page): Promise<void> {
  await expect(sentenceInPanel(page, 'I am such a failure.')).toContainText('Who I am');
}

async function ownStepAndDoneList(page: Page, shot: (name: string) => Promise<void>) {
  await goTo(page, 'Small steps');
  // Nothing yet: a few ordinary steps are offered, and taking one makes it the person's own.
  await expect(page.getByRole('button', { name: 'Drink a glass of water' })).toBeVisible();
  await expectAccessible(page, 'Small steps, nothing yet');
  await page.getByRole('button', { name: 'Drink a glass of water' }).click();
  const mine = page.getByRole('list', { name: 'My own small steps' });
  await expect(mine).toContainText('Drink a glass of water');
  await expect(page.getByRole('button', { name: 'Walk around the block' })).toHaveCount(0);

  for (const text of [STEP, OTHER_STEP]) {
    await page.getByLabel('A small step of my own').fill(text);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(mine).toContainText(text);
  }
  await expect(page.getByLabel('A small step of my own')).toHaveValue('');

  // Finishing one: a quiet word in a live region, the row gone, focus on the next row.
  await mine.getByRole('listitem').filter({ hasText: STEP }).getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Done: “${STEP}”.` })).toBeVisible();
  await expect(mine.getByRole('listitem').filter({ hasText: STEP })).toHaveCount(0);
  await expect(mine.getByRole('listitem').filter({ hasText: OTHER_STEP }).getByRole('button', { name: 'Done' })).toBeFocused();
  await mine.getByRole('listitem').filter({ hasText: 'Drink a glass of water' }).getByRole('button', { name: 'Let it go' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Let go: “Drink a glass of water”.' })).toBeVisible();

  const done = page.getByRole('list', { name: 'Done', exact: true });
  await expect(done.getByRole('listitem')).toHaveCount(2);
  // Newest first.
  await expect(done.getByRole('listitem').first()).toContainText('Drink a glass of water');
  await expect(done.getByRole('listitem').nth(1)).toContainText(STEP);
  await expect(done.getByRole('listitem').nth(1).getByRole('button', { name: 'Keep it as a win' })).toBeVisible();
  await expect(page.getByText(/\d+ (steps?|days?) in a row|streak/i)).toHaveCount(0);
  await shot('own-steps-done-list');
  await expectAccessible(page, 'Small steps, own steps and the done list');
}

async function planAndCompletePractice(page: Page, shot: (name: string) => Promise<void>) {
  await goTo(page, 'Practice');
  await expect(page.getByRole('heading', { name: 'Your first practice' })).toBeVisible();
  await expectAccessible(page, 'Practice, the first one');
  await page.getByLabel("What I'll try").fill(PRACTICE);
  await page.getByLabel('What I fear will happen').fill('She will laugh and I will want to disappear.');
  await page.getByRole('radiogroup', { name: 'How bad I expect it to be' }).getByRole('radio', { name: '7', exact: true }).check();
  await page.getByRole('button', { name: 'Plan it' }).click();
  await expect(page.getByRole('list', { name: 'Practices waiting to be tried' })).toContainText(PRACTICE);

  // A second plan goes to the trash and comes back with Undo.
  await page.getByLabel("What I'll try").fill('Say no to the Saturday shift');
  await page.getByRole('radiogroup', { name: 'How bad I expect it to be' }).getByRole('radio', { name: '5', exact: true }).check();
  await page.getByRole('button', { name: 'Plan it' }).click();
  const waitingHere = page.getByRole('list', { name: 'Practices waiting to be tried' });
  await waitingHere.getByRole('listitem').filter({ hasText: 'Saturday shift' }).getByRole('button', { name: 'Move to trash' }).click();
  await expect(page.getByRole('status').filter({ hasText: '“Say no to the Saturday shift” is in the trash.' })).toBeVisible();
  await expect(waitingHere.getByRole('listitem').filter({ hasText: 'Saturday shift' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(waitingHere.getByRole('listitem').filter({ hasText: 'Saturday shift' })).toHaveCount(1);

  // It waits on Small steps too, and "How did it go?" there opens its form here.
  await goTo(page, 'Small steps');
  const waiting = page.getByRole('list', { name: 'Practices waiting to be tried' });
  const row = waiting.getByRole('listitem').filter({ hasText: PRACTICE });
  await expect(row).toContainText(`Waiting to try: ${PRACTICE}`);
  await expectAccessible(page, 'Small steps, a practice waiting');
  await row.getByRole('button', { name: 'How did it go?' }).click();
  await expect(page.getByRole('heading', { name: 'Practice', level: 1 })).toBeVisible();
  await expect(page.getByLabel('What actually happened')).toBeFocused();
  await expectAccessible(page, 'Practice, how did it go');
  await page.getByLabel('What actually happened').fill(`She smiled and took ten percent off the ${MARKER} loaf`);
  await page.getByRole('radiogroup', { name: 'How bad it really was' }).getByRole('radio', { name: '2', exact: true }).check();
  await page.getByLabel('What I learned').fill('Asking costs less than I think');
  await page.getByRole('button', { name: 'Save how it went' }).click();

  const tried = page.getByRole('list', { name: 'Practices tried' });
  await expect(tried).toContainText(PRACTICE);
  await expect(tried).toContainText('You expected 7 out of 10. It was 2. Less bad than you feared.');
  await expect(page.getByRole('heading', { name: 'How it went' })).toBeFocused();

  // The other one, from this screen: harder than expected, said as plainly.
  await page.getByRole('list', { name: 'Practices waiting to be tried' }).getByRole('button', { name: 'How did it go?' }).click();
  await page.getByRole('radiogroup', { name: 'How bad it really was' }).getByRole('radio', { name: '6', exact: true }).check();
  await page.getByRole('button', { name: 'Save how it went' }).click();
  await expect(tried.getByRole('listitem').filter({ hasText: 'Saturday shift' })).toContainText('You expected 5 out of 10. It was 6. Harder than you expected.');
  await expect(page.getByRole('list', { name: 'Practices waiting to be tried' })).toHaveCount(0);
  await expect(page.getByRole('img', { name: /^Chart: how bad you expected/ }).locator('canvas').first()).toBeVisible();
  await shot('practice-screen-chart');
  await expectAccessible(page, 'Practice, the chart');

  await page.getByRole('button', { name: 'Show as table' }).click();
  const tableRow = page.getByRole('table', { name: /How bad you expected each practice to be/ }).getByRole('row').filter({ hasText: PRACTICE });
  await expect(tableRow.getByRole('rowheader')).toHaveText(PRACTICE);
  await expect(tableRow.getByRole('cell')).toHaveText([/\d{4}/, '7', '2']);
  await expect(page.getByRole('button', { name: 'Show as chart' })).toBeVisible();
  await expectAccessible(page, 'Practice, the table');
}

async function practiceBecomesWin(page: Page) {
  const tried = page.getByRole('list', { name: 'Practices tried' });
  await tried.getByRole('listitem').filter({ hasText: PRACTICE }).getByRole('button', { name: 'Keep it as a win' }).click();
  await expect(page.getByRole('heading', { name: 'Wins', level: 1 })).toBeVisible();
  const story = page.getByRole('textbox', { name: 'The story of this win' });
  await expect(story).toContainText(`I tried this on purpose: ${PRACTICE}.`);
  await expect(story).toContainText('I expected it to be 7 out of 10, and it was 2 out of 10.');
  await expect(story).toContainText('What I learned: Asking costs less than I think.');
  await page.getByLabel('Title').fill(`Asked the ${MARKER} baker`);
  await waitForSaved(page);

  await goTo(page, 'Practice');
  const row = page.getByRole('list', { name: 'Practices tried' }).getByRole('listitem').filter({ hasText: PRACTICE });
  await expect(row).toContainText('Became a win');
  await expect(row.getByRole('button', { name: 'Keep it as a win' })).toHaveCount(0);
  await row.getByRole('button', { name: 'Open the win' }).click();
  await expect(page.getByLabel('Title')).toHaveValue(`Asked the ${MARKER} baker`);
}

async function surfacedWins(page: Page, shot: (name: string) => Promise<void>) {
  await seedWins(page);
  await goTo(page, 'Journal');
  await writeEntry(page, { title: `After the review ${MARKER}`, body: SHAME, tags: ['work'] });
  await expectReadAsShame(page);
  const panel = winsPanel(page);
  await expect(panel).toBeVisible();
  // The win from the entry's own part of life comes first, though another is newer.
  await expect(panel.getByRole('list', { name: 'Your wins' }).getByRole('listitem').first()).toContainText(WORK_WIN);
  await expect(panel).toContainText('Learned a skill');
  // It never took the focus from the writing.
  await expect(page.getByLabel('Entry text')).toBeFocused();
  await shot('surfaced-wins-panel');
  await expectAccessible(page, 'wins beside a shame-framed entry');

  // One click opens a win.
  await panel.getByRole('button', { name: new RegExp(WORK_WIN) }).click();
  await expect(page.getByLabel('Title')).toHaveValue(WORK_WIN);

  // Reopened, the entry offers wins again; "Not now" closes them for this entry, for good.
  await goTo(page, 'Journal');
  await page.getByRole('list', { name: 'Entries' }).getByText(`After the review ${MARKER}`).click();
  await expect(winsPanel(page)).toBeVisible();
  await winsPanel(page).getByRole('button', { name: 'Not now' }).click();
  await expect(winsPanel(page)).toHaveCount(0);
  await expect(page.getByLabel('Entry text')).toBeFocused();
  await goTo(page, 'Small steps');
  await goTo(page, 'Journal');
  await page.getByRole('list', { name: 'Entries' }).getByText(`After the review ${MARKER}`).click();
  await expectReadAsShame(page);
  await expect(winsPanel(page)).toHaveCount(0);

  // Turned off in Settings: a second such entry shows no panel.
  await goTo(page, 'Settings');
  const toggle = page.getByRole('switch', { name: SWITCH });
  await expect(toggle).toBeChecked();
  await toggle.uncheck();
  await expect(toggle).not.toBeChecked();
  await expect(toggle).toBeEnabled();
  await goTo(page, 'Journal');
  await writeEntry(page, { title: 'Another bad night', body: SHAME, tags: ['work'] });
  await expectReadAsShame(page);
  await expect(winsPanel(page)).toHaveCount(0);
}

async function learningBecomesWin(page: Page) {
  await goTo(page, 'Reflect');
  await page.getByRole('button', { name: 'New reflection' }).click();
  await page.getByLabel('Title').fill(`The pitch ${MARKER}`);
  await page.getByRole('navigation', { name: 'Reflection steps' }).getByRole('button', { name: /What I learned/ }).click();
  const keep = page.getByRole('button', { name: 'Keep this as a win' });
  await expect(keep).toBeDisabled();
  await page.getByLabel('What did I learn about myself?').fill(LEARNED);
  await waitForSaved(page);
  await expect(keep).toBeEnabled();
  await keep.click();
  await expect(page.getByRole('heading', { name: 'Wins', level: 1 })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'The story of this win' })).toContainText(LEARNED);
  await expect(page.getByText(`The pitch ${MARKER}`)).toBeVisible();
  // The link goes both ways: from the win to the reflection it grew out of, and back.
  await waitForSaved(page);
  await page.getByRole('region', { name: 'This grew out of' }).getByRole('button', { name: new RegExp(`^The pitch ${MARKER}`) }).click();
  await expect(page.getByRole('heading', { name: 'Reflection', exact: true })).toBeVisible();
  await expect(page.getByLabel('Title')).toHaveValue(`The pitch ${MARKER}`);
  const grewFromThis = page.getByRole('region', { name: 'Wins that grew from this' });
  await expect(grewFromThis.getByRole('button')).toHaveCount(1);
  await expectAccessible(page, 'a reflection with the win that grew from it');
  await grewFromThis.getByRole('button').click();
  await expect(page.getByRole('textbox', { name: 'The story of this win' })).toContainText(LEARNED);
}

async function allStillThere(page: Page) {
  await lock(page);
  await expect(page.getByText(MARKER)).toHaveCount(0);
  await unlock(page);
  await goTo(page, 'Small steps');
  await expect(page.getByRole('list', { name: 'Done', exact: true })).toContainText(STEP);
  await expect(page.getByRole('list', { name: 'My own small steps' })).toContainText(OTHER_STEP);
  await goTo(page, 'Practice');
  const row = page.getByRole('list', { name: 'Practices tried' }).getByRole('listitem').filter({ hasText: PRACTICE });
  await expect(row).toContainText('Became a win');
  await expect(page.getByRole('list', { name: 'Practices tried' })).toContainText('Say no to the Saturday shift');
  await goTo(page, 'Settings');
  await expect(page.getByRole('switch', { name: SWITCH })).not.toBeChecked();
  await goTo(page, 'Journal');
  await page.getByRole('list', { name: 'Entries' }).getByText(`After the review ${MARKER}`).click();
  await expectReadAsShame(page);
  await expect(winsPanel(page)).toHaveCount(0);
}

test('own small steps, a practice from plan to win, wins beside a shame-framed entry, and a learning kept as a win', async ({ page, app, shot }) => {
  test.setTimeout(180_000);
  await createJournal(page);
  await ownStepAndDoneList(page, shot);
  await planAndCompletePractice(page, shot);
  await practiceBecomesWin(page);
  await surfacedWins(page, shot);
  await learningBecomesWin(page);
  await allStillThere(page);

  expect(await filesContaining(app.journalDir, MARKER), 'marker in the journal folder').toEqual([]);
  expect(await filesContaining(tmpdir(), MARKER, STARTED - 1000), 'marker in the temp folder').toEqual([]);
});
