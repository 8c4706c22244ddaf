import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/api/app-services';
import { inlineFramer } from '../../../electron/vault/framing/entry-framer';
import type { ApiResponse } from '../../../shared/api/contract';
import { filesContaining } from '../../support/find-plaintext';
import { createJournalServices, PASSPHRASE } from '../../support/journal-fixture';
import { useTempFolder } from '../../support/use-temp-folder';

const folder = useTempFolder();
let services: AppServices;

beforeEach(async () => {
  ({ services } = await createJournalServices(`${folder()}/journal`, { framer: inlineFramer(), now: () => new Date('2026-03-25T12:00:00Z') }));
});
afterEach(async () => {
  await services.vault.lock('quit');
});

async function call<T = never>(method: string, request: unknown): Promise<T> {
  const result = await services.dispatch(method, request);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

/** Saves an entry and waits for its framing to be worked out and saved. */
async function write(date: string, body: string, extra: Record<string, unknown> = {}): Promise<{ id: string }> {
  const entry = await call<{ id: string }>('entries.save', { title: `On ${date}`, date, body, tags: [], ...extra });
  await services.vault.journal().settle();
  return entry;
}

async function relock(): Promise<void> {
  await call('vault.lock', {});
  await call('vault.unlock', { passphrase: PASSPHRASE });
}

const view = (from: string, to: string, resolution = 'month') => call<ApiResponse<'timeline.view'>>('timeline.view', { from, to, resolution });

describe('the timeline through the contract', () => {
  it('shows entries, wins, finished steps and practices of the range asked for, and leaves the trash out', async () => {
    const verdict = await write('2026-03-03', 'I am such a failure.');
    const owned = await write('2026-03-20', 'I missed the deadline and I told my manager.');
    const gone = await write('2026-03-21', 'I am worthless.');
    await call('entries.trash', { id: gone.id });
    await call('wins.save', { date: '2026-03-10', title: 'Gave the talk', story: '', kind: 'showed-up', area: 'work' });
    const step = await call<{ id: string }>('steps.add', { text: 'Walk around the block' });
    await call('steps.settleOwn', { id: step.id, status: 'done' });
    const practice = await call<{ id: string }>('practices.plan', { date: '2026-03-12', attempt: 'Speak up', expected: 8 });
    await call('practices.complete', { id: practice.id, outcome: { date: '2026-03-13', actual: 3 } });

    const march = await view('2026-03-01', '2026-03-31', 'week');
    expect(march.points.map((p) => [p.id, p.label])).toEqual([
      [verdict.id, 'shame'],
      [owned.id, 'accountability'],
    ]);
    expect(march.lanes.wins.map((w) => w.kind)).toEqual(['showed-up']);
    expect(march.lanes.practices).toMatchObject([{ id: practice.id, expected: 8, actual: 3, doneOn: '2026-03-13' }]);
    expect((await view('2026-04-01', '2026-04-30')).points).toEqual([]);
    expect(march.lanes.steps).toEqual([{ id: step.id, date: '2026-03-25', text: 'Walk around the block', from: 'own' }]);
    expect(await call('timeline.extent', {})).toEqual({ extent: { from: '2026-03-03', to: '2026-03-25' } });
  });

  it('follows the person’s correction of a sentence', async () => {
    const entry = await write('2026-05-01', 'I am such a failure. I missed the deadline.');
    const before = (await view('2026-05-01', '2026-05-31')).points[0]!;
    expect(before.sentences.shame).toBe(1);
    await call('entries.correctFraming', { id: entry.id, sentence: 'I am such a failure.', label: 'accountability' });
    const after = (await view('2026-05-01', '2026-05-31')).points[0]!;
    expect(after.sentences).toMatchObject({ shame: 0, accountability: 2 });
    expect(after.lean).toBe(1);
  });

  it('refuses a range with more buckets than a screen, and a range that ends before it starts', async () => {
    expect(await services.dispatch('timeline.view', { from: '1990-01-01', to: '2026-01-01', resolution: 'day' })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(await services.dispatch('timeline.summary', { from: '2026-02-01', to: '2026-01-01' })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
  });

  it('keeps named periods sealed, editable and deletable, each with its summary', async () => {
    await write('2026-01-10', 'I am such a failure.');
    await write('2026-02-10', 'I missed the deadline.');
    const period = await call<{ id: string; name: string }>('timeline.savePeriod', { name: 'After the layoff', from: '2026-02-01', to: '2026-02-28' });
    await relock();
    const listed = await call<ApiResponse<'timeline.periods'>>('timeline.periods', {});
    expect(listed.periods.map((p) => p.period.name)).toEqual(['After the layoff']);
    expect(listed.periods[0]!.summary.during).toMatchObject({ entries: 1, meanLean: 1 });
    expect(listed.periods[0]!.summary.before).toMatchObject({ from: '2026-01-04', to: '2026-01-31', entries: 1, meanLean: -1 });
    expect(await filesContaining(folder(), 'After the layoff')).toEqual([]);

    await call('timeline.savePeriod', { id: period.id, name: 'The year of no', from: '2026-01-01', to: '2026-12-31' });
    expect((await call<ApiResponse<'timeline.periods'>>('timeline.periods', {})).periods.map((p) => [p.period.name, p.summary.during.entries])).toEqual([['The year of no', 2]]);
    await call('timeline.deletePeriod', { id: period.id });
    await relock();
    expect(await call('timeline.periods', {})).toEqual({ periods: [] });
    expect(await services.dispatch('timeline.savePeriod', { name: 'Backwards', from: '2026-03-01', to: '2026-02-01' })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
  });

  it('brings back the same day in earlier years, and an entry left out stays out, across a lock', async () => {
    const keep = await write('2024-06-14', 'The first try.');
    const painful = await write('2025-06-14', 'The day it ended.');
    await call('wins.save', { date: '2023-06-14', title: 'Finished the course', story: '', kind: 'skill', area: 'study' });
    const ids = async () => (await call<ApiResponse<'timeline.onThisDay'>>('timeline.onThisDay', { date: '2026-06-14' })).years.map((y) => [y.date, y.entries.map((e) => e.id), y.wins.length]);
    expect(await ids()).toEqual([
      ['2025-06-14', [painful.id], 0],
      ['2024-06-14', [keep.id], 0],
      ['2023-06-14', [], 1],
    ]);
    await call('timeline.leaveOut', { id: painful.id, leftOut: true });
    await relock();
    expect((await ids()).map(([date]) => date)).toEqual(['2024-06-14', '2023-06-14']);
    await call('timeline.leaveOut', { id: painful.id, leftOut: false });
    expect((await ids()).map(([date]) => date)).toEqual(['2025-06-14', '2024-06-14', '2023-06-14']);
    expect(await services.dispatch('timeline.leaveOut', { id: '0b0e8a2c-8f61-4d1e-9a57-2f3c4d5e6f70', leftOut: true })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('marks the calendar’s days and opens one', async () => {
    const entry = await write('2024-02-29', 'A leap day.');
    await call('wins.save', { date: '2024-02-10', title: 'Ran 5k', story: '', kind: 'showed-up', area: 'health' });
    expect(await call('timeline.calendar', { month: '2024-02' })).toEqual({
      days: [
        { date: '2024-02-10', entries: false, wins: true },
        { date: '2024-02-29', entries: true, wins: false },
      ],
    });
    expect(await call('timeline.day', { date: '2024-02-29' })).toEqual({ date: '2024-02-29', entries: [{ id: entry.id, date: '2024-02-29', kind: 'page', title: 'On 2024-02-29' }], wins: [] });
    expect(await services.dispatch('timeline.calendar', { month: '2024-13' })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
  });

  it('finds a pattern and names the practices it is drawn from', async () => {
    const ids: string[] = [];
    for (const [day, expected, actual] of [['01', 8, 2], ['02', 7, 3], ['03', 6, 6]] as const) {
      const practice = await call<{ id: string }>('practices.plan', { date: `2026-04-${day}`, attempt: 'Ask for feedback', expected });
      await call('practices.complete', { id: practice.id, outcome: { date: `2026-04-${day}`, actual } });
      ids.push(practice.id);
    }
    const { patterns } = await call<ApiResponse<'timeline.patterns'>>('timeline.patterns', { from: '2026-01-01', to: '2026-12-31' });
    expect(patterns).toHaveLength(1);
    expect(patterns[0]!.sources).toEqual(ids.map((id, i) => ({ kind: 'practice', id, date: `2026-04-0${i + 1}`, title: 'Ask for feedback' })));
    expect(patterns[0]!.numbers).toMatchObject({ practices: 3, kinder: 2 });
  });

  it('answers nothing while locked', async () => {
    await call('vault.lock', {});
    expect(await services.dispatch('timeline.view', { from: '2026-01-01', to: '2026-01-31', resolution: 'day' })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });
});
