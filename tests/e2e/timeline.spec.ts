import type { Page } from '@playwright/test';
import { calendarDayOf } from '../../shared/domain/calendar-day';
import { addDays, dayNumber } from '../../shared/timeline/days';
import { dayName, monthName } from '../../renderer/src/journal-screen/timeline/zoom';
import { expectAccessible } from './support/accessibility';
import { expect, test } from './support/fixtures';
import { createJournal } from './support/journal-steps';
import { dragChart, drawnTitles } from './support/timeline-steps';

const SHAME = 'I am such a failure. I always ruin everything.';
const OWNED = 'I missed the deadline. I will tell my manager and plan the next step.';
const BLAME = 'It was all their fault. They ruined it for me.';

/** Last year's reflections: four traced to moving too fast, one to feelings not honoured, so a pattern says "4 of 5". */
const RUSHED = ['Rushed the launch', 'Rushed the hire', 'Rushed the move', 'Rushed the talk'];
const HELD_BACK = 'Held back at the review';

/** Two years of writing, ending today: entries every 30 days, reflections, wins, a finished step and practices. */
async function seed(page: Page, today: string): Promise<{ entries: number; onThisDay: string; leftOut: string; kept: string }> {
  const year = Number(today.slice(0, 4));
  const reflections = [...RUSHED, HELD_BACK].map((title, i) => ({
    date: `${year - 1}-0${i + 3}-10`,
    title,
    rootCause: title === HELD_BACK ? { kind: 'emotions' as const, tactic: null } : { kind: 'tactical' as const, tactic: 'moved-too-fast' as const },
  }));
  const plan = {
    entries: Array.from({ length: 25 }, (_, k) => ({ date: addDays(today, -30 * k), title: `Day ${k}`, body: k % 5 === 4 ? BLAME : k % 2 ? SHAME : OWNED, tags: ['work'] })),
    reflections,
    wins: [15, 200, 400].map((back, i) => ({ date: addDays(today, -back), title: `Win ${i}` })),
    practices: [[5, 8, 2], [40, 7, 3], [70, 6, 6]].map(([back, expected, actual]) => ({ date: addDays(today, -back!), expected: expected!, actual: actual! })),
    lookBack: [`${year - 1}-06-14`, `${year - 2}-06-14`],
  };
  const ids = await page.evaluate(async (p) => {
    const must = <T,>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    };
    const b = window.bounce;
    for (const e of p.entries) must(await b.entries.save(e));
    for (const r of p.reflections) {
      must(await b.entries.save({ kind: 'reflection', title: r.title, date: r.date, body: '', tags: [], reflection: { whatHappened: 'I rushed it.', rootCause: r.rootCause, holding: 'lesson', whereAmI: ['acceptance'] } }));
    }
    for (const w of p.wins) must(await b.wins.save({ date: w.date, title: w.title, story: '', kind: 'showed-up', area: 'work', tags: [], entryIds: [], origin: null }));
    const step = must(await b.steps.add({ text: 'Walk around the block' }));
    must(await b.steps.settleOwn({ id: step.id, status: 'done' }));
    for (const pr of p.practices) {
      const planned = must(await b.practices.plan({ date: pr.date, attempt: 'Ask for feedback', fear: '', expected: pr.expected }));
      must(await b.practices.complete({ id: planned.id, outcome: { date: pr.date, happened: '', actual: pr.actual, learned: '' } }));
    }
    const lookBack = [];
    for (const [i, date] of p.lookBack.entries()) lookBack.push(must(await b.entries.save({ title: `Looking back ${i}`, date, body: 'A hard day.', tags: [] })).id);
    return lookBack;
  }, plan);
  return { entries: plan.entries.length + plan.reflections.length + 2, onThisDay: `${year}-06-14`, leftOut: ids[0]!, kept: ids[1]! };
}

async function framingSettled(page: Page, from: string, to: string): Promise<void> {
  await expect
    .poll(async () => page.evaluate(async ([f, t]) => {
      const answer = await window.bounce.timeline.view({ from: f!, to: t!, resolution: 'month' });
      return answer.ok ? answer.value.points.filter((point) => point.label === null && point.title.startsWith('Day')).length : -1;
    }, [from, to]), { timeout: 30_000 })
    .toBe(0);
}

const spanHeading = (page: Page) => page.locator('#timeline-span');

test('the timeline: zoom, table, lanes, periods, patterns, On this day and the calendar', async ({ page, app, shot }) => {
  test.setTimeout(240_000);
  expect(app.journalDir).toBeTruthy();
  await createJournal(page);
  const today = calendarDayOf(new Date());
  const seeded = await seed(page, today);
  await framingSettled(page, addDays(today, -800), today);

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Timeline' }).click();
  await expect(page.getByRole('heading', { name: 'Timeline', level: 1 })).toBeVisible();
  // The earliest record is the On this day entry two years back.
  await expect(spanHeading(page)).toHaveText(`${Number(today.slice(0, 4)) - 2} to ${today.slice(0, 4)}`);
  await expect(page.getByTestId('timeline-chart').locator('canvas').first()).toBeVisible();
  await shot('timeline-all-years');
  await expectAccessible(page, 'Timeline, all years');

  // Keyboard: + three times, from all years to this month.
  await page.getByTestId('timeline-main').focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('+');
  await expect(spanHeading(page)).toHaveText(monthName(today));
  await expect(page.getByRole('button', { name: 'Month', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await shot('timeline-one-month');
  // A click on today's point opens its entry; Back to the timeline returns to this month.
  const plot = page.getByTestId('timeline-chart').locator('.u-over').first();
  const box = (await plot.boundingBox())!;
  const day = Number(today.slice(8, 10));
  const monthDays = new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)), 0)).getUTCDate();
  const onPoint = { x: ((day - 0.5) / monthDays) * box.width, y: box.height / 2 };
  await plot.hover({ position: onPoint });
  await expect(page.getByTestId('timeline-chart').locator('.chart-hover')).toContainText('Day 0');
  // Hovering says the sentence that decided the entry's reading, as the keyboard does below.
  const inMonth = await drawnTitles(page, `${today.slice(0, 7)}-01`, today, 'day');
  const dayZeroSentence = inMonth.find((p) => p.title === 'Day 0')!.keySentence!;
  await expect(page.getByTestId('timeline-chart').locator('.chart-hover')).toContainText(`“${dayZeroSentence}”`);
  await plot.click({ position: onPoint });
  await expect(page.getByLabel('Title')).toHaveValue('Day 0');
  await page.getByRole('button', { name: 'Back to the timeline' }).click();
  await expect(spanHeading(page)).toHaveText(monthName(today));
  await expect(page.getByRole('button', { name: 'Month', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('timeline-main').focus();
  // The wheel, one step per turn: out to all years, then in again to this month.
  await page.getByTestId('timeline-chart').hover();
  const pressed = (name: string) => expect(page.getByRole('button', { name, exact: true })).toHaveAttribute('aria-pressed', 'true');
  for (const [delta, zoom] of [[300, 'Quarter'], [300, 'Year'], [300, 'All years'], [-300, 'Year'], [-300, 'Quarter'], [-300, 'Month']] as const) {
    await page.mouse.wheel(0, delta);
    await pressed(zoom);
    // A turn of the wheel arrives as a stream of events; the next step waits for the next turn.
    await page.waitForTimeout(300);
  }
  await expect(spanHeading(page)).toHaveText(monthName(today));
  // Buttons: all years, then one year.
  await page.getByRole('button', { name: 'All years' }).click();
  await page.getByRole('button', { name: 'Year', exact: true }).click();
  await expect(spanHeading(page)).toHaveText(today.slice(0, 4));
  const thisYear = today.slice(0, 4);

  // The keyboard on the chart's entries: End stands on the latest, the left arrow on the one before,
  // each said with its title and the sentence that decided its reading; Enter opens it, Back stands on it again.
  const drawn = await drawnTitles(page, `${thisYear}-01-01`, `${thisYear}-12-31`, 'week');
  expect(drawn.at(-1)!.title).toBe('Day 0');
  expect(drawn.at(-1)!.keySentence).toBeTruthy();
  expect(OWNED).toContain(drawn.at(-1)!.keySentence!);
  const points = page.getByTestId('timeline-points');
  const said = page.getByTestId('timeline-chart').locator('.chart-hover');
  await points.focus();
  await page.keyboard.press('End');
  await expect(said).toContainText(`Day 0, ${dayName(today)}`);
  await expect(said).toContainText(`“${drawn.at(-1)!.keySentence!}”`);
  if (drawn.length > 1) {
    await page.keyboard.press('ArrowLeft');
    await expect(said).toContainText(`${drawn.at(-2)!.title},`);
    // The arrows moved between entries, not the span on screen.
    await expect(spanHeading(page)).toHaveText(thisYear);
    await page.keyboard.press('ArrowRight');
  }
  await expect(said).toContainText('Day 0,');
  await page.keyboard.press('ArrowRight');
  await expect(said).toContainText('This is the last entry in this span');
  // A zoom from the keyboard keeps standing on the same entry while it is on screen.
  const ring = page.getByTestId('timeline-chart').locator('.point-focus');
  await page.keyboard.press('+');
  await expect(page.getByRole('button', { name: 'Quarter', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(ring).toBeVisible();
  await page.keyboard.press('-');
  await expect(spanHeading(page)).toHaveText(thisYear);
  await expect(ring).toBeVisible();
  await expect(said).toContainText('Day 0,');
  await shot('timeline-point-focus');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Title')).toHaveValue('Day 0');
  await page.getByRole('button', { name: 'Back to the timeline' }).click();
  await expect(spanHeading(page)).toHaveText(thisYear);
  await expect(points).toBeFocused();
  await expect(said).toContainText(`Day 0, ${dayName(today)}`);

  // Dragging the chart: it follows the mouse, a short drag settles back, past half a span moves a year.
  const yearPlot = page.getByTestId('timeline-chart').locator('.u-over').first();
  await dragChart(page, yearPlot, 0.5, 0.6, { beforeRelease: () => expect(yearPlot).toHaveClass(/is-panning/u) });
  await expect(spanHeading(page)).toHaveText(thisYear);
  await expect(page.getByLabel('Title')).toHaveCount(0);
  await dragChart(page, yearPlot, 0.2, 0.85);
  await expect(spanHeading(page)).toHaveText(String(Number(thisYear) - 1));
  await dragChart(page, yearPlot, 0.85, 0.2);
  await expect(spanHeading(page)).toHaveText(thisYear);

  // The table holds the same numbers the chart is drawn from.
  await page.getByRole('button', { name: 'Show as table' }).click();
  const sharesTable = page.getByRole('table', { name: /sentences by reading/u });
  const expected = await page.evaluate(async (year) => {
    const answer = await window.bounce.timeline.view({ from: `${year}-01-01`, to: `${year}-12-31`, resolution: 'week' });
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.value.buckets.filter((b) => b.entries > 0).map((b) => [String(b.entries), b.shares ? `${Math.round(b.shares.shame * 100)}%` : '—']);
  }, today.slice(0, 4));
  const rows = await sharesTable.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.children[1]!.textContent ?? '', tr.children[2]!.textContent ?? '']));
  expect(rows).toEqual(expected);
  await shot('timeline-table');
  await expectAccessible(page, 'Timeline, table view');

  // Open an entry from its point (the table's row for it), then come back to the same place.
  await page.getByRole('table', { name: /each entry/u }).getByRole('button', { name: 'Day 0', exact: true }).click();
  await expect(page.getByLabel('Title')).toHaveValue('Day 0');
  await page.getByRole('button', { name: 'Back to the timeline' }).click();
  await expect(spanHeading(page)).toHaveText(today.slice(0, 4));
  await expect(page.getByRole('button', { name: 'Show as table' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Show as table' }).click();

  // Lanes can be hidden.
  const winsLane = page.getByRole('heading', { name: /^Wins/u, level: 3 });
  await expect(winsLane).toBeVisible();
  await page.getByRole('checkbox', { name: 'Wins' }).uncheck();
  await expect(winsLane).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Wins' }).check();

  // Shift and a drag across the chart marks a stretch of the year for a period; the form takes its days.
  const naming = page.getByRole('region', { name: 'Periods you named' }).locator('form').first();
  const from = naming.getByLabel('From', { exact: true });
  const to = naming.getByLabel('To', { exact: true });
  await dragChart(page, yearPlot, 0.1, 0.4, { shift: true });
  await expect(page.getByLabel('Name this stretch of time')).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Marked on the chart' })).toBeVisible();
  const yearDays = dayNumber(`${thisYear}-12-31`) - dayNumber(`${thisYear}-01-01`) + 1;
  const offset = async (field: typeof from) => dayNumber(await field.inputValue()) - dayNumber(`${thisYear}-01-01`);
  expect(Math.abs((await offset(from)) - Math.floor(yearDays * 0.1))).toBeLessThanOrEqual(1);
  expect(Math.abs((await offset(to)) - Math.floor(yearDays * 0.4))).toBeLessThanOrEqual(1);
  const marked = { from: await from.inputValue(), to: await to.inputValue() };
  // A period named over the marked days, summed up beside the same length before and after.
  await page.getByLabel('Name this stretch of time').fill('The year of no');
  await page.getByRole('button', { name: 'Name this period' }).click();
  const period = page.getByRole('article', { name: 'The year of no' });
  await expect(period.getByRole('table')).toContainText(`During (${dayName(marked.from)} to ${dayName(marked.to)})`);
  await expect(page.getByRole('list', { name: 'Periods you named, on this span' })).toContainText('The year of no');
  await period.scrollIntoViewIfNeeded();
  await shot('timeline-period');

  // Renamed and given other days from the screen; then deleted, after saying so and being asked.
  await period.getByRole('button', { name: 'Rename or change its days' }).click();
  const change = page.getByRole('form', { name: 'Change The year of no' });
  await change.getByLabel('Name', { exact: true }).fill('The slow spring');
  await change.getByLabel('From', { exact: true }).fill(`${thisYear}-03-01`);
  await change.getByLabel('To', { exact: true }).fill(`${thisYear}-05-31`);
  await change.getByRole('button', { name: 'Save changes' }).click();
  const renamed = page.getByRole('article', { name: 'The slow spring' });
  await expect(renamed.getByRole('table')).toContainText(`During (${dayName(`${thisYear}-03-01`)} to ${dayName(`${thisYear}-05-31`)})`);
  await expect(page.getByRole('article', { name: 'The year of no' })).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Periods you named, on this span' })).toContainText('The slow spring');
  const stored = await page.evaluate(async () => {
    const answer = await window.bounce.timeline.periods({});
    return answer.ok ? answer.value.periods.map(({ period: p }) => [p.name, p.from, p.to]) : [];
  });
  expect(stored).toEqual([['The slow spring', `${thisYear}-03-01`, `${thisYear}-05-31`]]);
  await renamed.getByRole('button', { name: 'Delete this period' }).click();
  const asked = renamed.getByRole('group', { name: 'Delete The slow spring?' });
  await expect(asked).toContainText('for good');
  await asked.getByRole('button', { name: 'Keep it' }).click();
  await expect(renamed).toBeVisible();
  await renamed.getByRole('button', { name: 'Delete this period' }).click();
  await renamed.getByRole('button', { name: 'Delete the period' }).click();
  await expect(page.getByRole('article', { name: 'The slow spring' })).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Periods you named, on this span' })).toHaveCount(0);

  // Patterns, each listing exactly the records it is drawn from: last year's reflections (4 of 5 rushed) and the practices.
  await page.getByRole('button', { name: 'All years' }).click();
  const patterns = page.getByRole('region', { name: 'Patterns in your writing' });
  const lastYear = String(Number(thisYear) - 1);
  const rushed = patterns.getByRole('listitem').filter({ hasText: `Most of the failures you reflected on in ${lastYear} you traced to moving too fast (4 of 5).` });
  await expect(rushed).toHaveCount(1);
  await rushed.getByRole('button', { name: 'The 4 entries it is drawn from' }).click();
  const rushedList = rushed.getByRole('list', { name: /^Drawn from, for: Most of the failures/u });
  await expect(rushedList.getByRole('button')).toHaveText(RUSHED);
  await expect(rushedList.getByRole('listitem').first()).toContainText(dayName(`${lastYear}-03-10`));
  await rushedList.getByRole('button', { name: RUSHED[1], exact: true }).click();
  await expect(page.getByLabel('Title')).toHaveValue(RUSHED[1]!);
  await page.getByRole('button', { name: 'Back to the timeline' }).click();
  await expect(rushedList.getByRole('button')).toHaveText(RUSHED);
  const practiced = patterns.getByRole('listitem').filter({ hasText: 'practices you recorded' });
  await practiced.getByRole('button', { name: 'The 3 practices it is drawn from' }).click();
  await expect(practiced.getByRole('list', { name: /^Drawn from/u }).getByRole('button', { name: 'Ask for feedback' })).toHaveCount(3);
  await expect(rushedList).toHaveCount(0);
  await rushed.getByRole('button', { name: 'The 4 entries it is drawn from' }).click();
  await rushed.scrollIntoViewIfNeeded();
  await shot('timeline-patterns');

  // On this day for a picked date, and an entry left out for good.
  const onThisDay = page.getByRole('region', { name: 'On this day' });
  await onThisDay.getByLabel('Day').fill(seeded.onThisDay);
  await expect(onThisDay.getByRole('button', { name: 'Looking back 0', exact: true })).toBeVisible();
  await expect(onThisDay.getByRole('button', { name: 'Looking back 1', exact: true })).toBeVisible();
  await onThisDay.getByRole('button', { name: 'Leave out of On this day: Looking back 0' }).click();
  await expect(onThisDay.getByRole('button', { name: 'Looking back 0', exact: true })).toHaveCount(0);
  await expect(onThisDay.getByRole('button', { name: 'Looking back 1', exact: true })).toBeVisible();
  await onThisDay.scrollIntoViewIfNeeded();
  await shot('timeline-on-this-day');

  // The calendar: today's entry marks its day, and the day opens.
  const calendar = page.getByRole('region', { name: monthName(today) });
  await calendar.getByRole('button', { name: `${dayName(today)}, entries` }).click();
  await expect(calendar.getByRole('button', { name: 'Day 0', exact: true })).toBeVisible();
  await calendar.scrollIntoViewIfNeeded();
  await shot('timeline-calendar');
  await expectAccessible(page, 'Timeline, patterns, periods, On this day and the calendar');

  // From an entry opened in the journal: See the big picture opens the timeline on its year.
  const lookBackYear = seeded.onThisDay.slice(0, 4);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Journal' }).click();
  await page.getByLabel('Search entries').fill('Looking back');
  await page.getByRole('button', { name: /Looking back 1/u }).click();
  await expect(page.getByLabel('Title')).toHaveValue('Looking back 1');
  await page.getByRole('button', { name: 'See the big picture' }).click();
  await expect(spanHeading(page)).toHaveText(String(Number(lookBackYear) - 2));
  await expect(page.getByRole('button', { name: 'Year', exact: true })).toHaveAttribute('aria-pressed', 'true');

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByRole('heading', { name: 'Timeline', level: 1 }).scrollIntoViewIfNeeded();
  await shot('timeline-dark');
  await page.emulateMedia({ colorScheme: 'light' });
});
