import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeText, applyCorrections, entryFramingOf } from '../../../shared/framing';
import { dayNumber, type Resolution } from '../../../shared/timeline/days';
import { TimelineRangeError, timelineView } from '../../../shared/timeline/view';
import { entry, indexOf, practice, step, win } from './timeline-fixtures';

describe('the timeline view of a range', () => {
  it('answers an empty journal with empty buckets and no invented shares', () => {
    const view = timelineView(indexOf({}), { from: '2026-03-01', to: '2026-04-30', resolution: 'month' });
    expect(view.points).toEqual([]);
    expect(view.average).toEqual([]);
    expect(view.buckets.map((b) => [b.key, b.entries, b.shares, b.meanLean])).toEqual([
      ['2026-03', 0, null, null],
      ['2026-04', 0, null, null],
    ]);
    expect(Object.values(view.lanes).every((lane) => lane.length === 0)).toBe(true);
    expect(indexOf({}).extent()).toBeNull();
  });

  it('places one entry by its day, leaning by its shame and accountability sentences', () => {
    const only = entry('2026-03-14', { shame: 1, accountability: 3, neutral: 4 });
    const view = timelineView(indexOf({ entries: [only] }), { from: '2026-03-09', to: '2026-03-15', resolution: 'day' });
    expect(view.points).toEqual([expect.objectContaining({ id: only.id, date: '2026-03-14', lean: 0.5, label: 'accountability', sentences: { shame: 1, accountability: 3, blame: 0, neutral: 4 } })]);
    expect(view.average).toEqual([{ date: '2026-03-14', mean: 0.5, entries: 1 }]);
    const bucket = view.buckets.find((b) => b.key === '2026-03-14')!;
    expect(bucket.shares).toEqual({ shame: 1 / 8, accountability: 3 / 8, blame: 0, neutral: 4 / 8 });
    expect(view.buckets.filter((b) => b.entries > 0)).toHaveLength(1);
  });

  it('keeps blame a reading of its own: an entry that puts it on someone else is not a midpoint on the axis', () => {
    const blaming = entry('2026-05-01', { blame: 3 });
    const mixed = entry('2026-05-02', { accountability: 1, blame: 3 });
    const view = timelineView(indexOf({ entries: [blaming, mixed] }), { from: '2026-05-01', to: '2026-05-31', resolution: 'month' });
    expect(view.points.map((p) => [p.label, p.lean])).toEqual([
      ['blame', null],
      ['blame', 1],
    ]);
    expect(view.buckets[0]!.shares!.blame).toBeCloseTo(6 / 7);
    expect(view.buckets[0]!.meanLean).toBe(1);
  });

  it('averages the lean over the days before each day with entries, reaching back before the range', () => {
    const entries = [entry('2026-01-01', { shame: 1 }), entry('2026-01-20', { accountability: 1 }), entry('2026-02-25', { accountability: 1 })];
    const view = timelineView(indexOf({ entries }), { from: '2026-01-15', to: '2026-02-28', resolution: 'week', averageDays: 30 });
    expect(view.average).toEqual([
      { date: '2026-01-20', mean: 0, entries: 2 },
      { date: '2026-02-25', mean: 1, entries: 1 },
    ]);
    expect(view.points).toHaveLength(2);
  });

  it('reads framing with the person’s corrections applied', () => {
    const text = 'I am such a failure. I missed the deadline.';
    const analysis = analyzeText(text);
    const verdict = analysis.sentences.find((s) => s.label === 'shame')!;
    const corrected = entryFramingOf(applyCorrections(analysis, [{ sentence: verdict.text, label: 'accountability', at: '2026-03-02T10:00:00.000Z' }]));
    const before = entry('2026-03-01', null, { framing: entryFramingOf(applyCorrections(analysis, [])) });
    const after = { ...before, framing: corrected };
    const range = { from: '2026-03-01', to: '2026-03-01', resolution: 'day' as const };
    expect(timelineView(indexOf({ entries: [before] }), range).points[0]!.lean).toBeLessThan(1);
    const point = timelineView(indexOf({ entries: [after] }), range).points[0]!;
    expect(point.sentences.shame).toBe(0);
    expect(point.lean).toBe(1);
  });

  it('leaves out everything in the trash: entries, their reflections’ marks, wins, steps and practices', () => {
    const trashed = '2026-04-01T09:00:00.000Z';
    const index = indexOf({
      entries: [entry('2026-03-03', { shame: 2 }, { deletedAt: trashed, reflectionInput: { rootCause: { kind: 'tactical', tactic: 'moved-too-fast' }, holding: 'weight', whereAmI: ['anger'] } }), entry('2026-03-04', { accountability: 1 })],
      wins: [win('2026-03-05', 'skill', { deletedAt: trashed }), win('2026-03-06', 'helped')],
      steps: [step('2026-03-07T10:00:00.000Z', { deletedAt: trashed }), step('2026-03-08T10:00:00.000Z'), step('2026-03-09T10:00:00.000Z', { status: 'let-go' })],
      practices: [practice('2026-03-10', 6, 2, { deletedAt: trashed }), practice('2026-03-11', 5, null)],
    });
    const view = timelineView(index, { from: '2026-03-01', to: '2026-03-31', resolution: 'month' });
    expect(view.points.map((p) => p.date)).toEqual(['2026-03-04']);
    expect(view.buckets[0]!.sentences).toEqual({ shame: 0, accountability: 1, blame: 0, neutral: 0 });
    expect(view.lanes.wins.map((w) => w.kind)).toEqual(['helped']);
    expect(view.lanes.steps.map((s) => s.date)).toEqual(['2026-03-08']);
    expect(view.lanes.practices.map((p) => [p.date, p.actual])).toEqual([['2026-03-11', null]]);
    expect([view.lanes.rootCauses, view.lanes.holding, view.lanes.words]).toEqual([[], [], []]);
  });

  it('puts reflections’ root causes, holding, chosen words and finished next steps in their lanes', () => {
    const reflection = entry('2026-06-02', { accountability: 2 }, {
      reflectionInput: { rootCause: { kind: 'emotions', tactic: null }, holding: 'lesson', whereAmI: ['acceptance', 'clarity'], nextStep: { text: 'Call Sam', status: 'done', checkedAt: '2026-06-09T23:30:00.000Z' } },
    });
    const view = timelineView(indexOf({ entries: [reflection] }), { from: '2026-06-01', to: '2026-06-30', resolution: 'week' });
    expect(view.lanes.rootCauses).toEqual([{ entryId: reflection.id, date: '2026-06-02', kind: 'emotions', tactic: null }]);
    expect(view.lanes.holding).toEqual([{ entryId: reflection.id, date: '2026-06-02', holding: 'lesson' }]);
    expect(view.lanes.words).toEqual([{ entryId: reflection.id, date: '2026-06-02', words: ['acceptance', 'clarity'] }]);
    expect(view.lanes.steps).toEqual([{ id: reflection.id, date: '2026-06-09', text: 'Call Sam', from: 'reflection' }]);
  });

  it('refuses a range that ends before it starts, or holds more buckets than any screen shows', () => {
    const index = indexOf({});
    expect(() => timelineView(index, { from: '2026-03-02', to: '2026-03-01', resolution: 'day' })).toThrow(TimelineRangeError);
    expect(() => timelineView(index, { from: '2000-01-01', to: '2026-01-01', resolution: 'day' })).toThrow(TimelineRangeError);
    expect(timelineView(index, { from: '2000-01-01', to: '2026-01-01', resolution: 'month' }).buckets).toHaveLength(313);
  });
});

describe('calendar days stay as the writer meant them', () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });

  it('gives the same points and buckets in every time zone, across daylight-saving changes', () => {
    const entries = [
      entry('2026-03-08', { shame: 1 }), // US clocks go forward
      entry('2026-03-29', { accountability: 2 }), // EU clocks go forward
      entry('2026-04-05', { blame: 1 }), // Auckland and Sydney go back
      entry('2026-10-25', { accountability: 1, shame: 1 }), // EU back
      entry('2026-11-01', { neutral: 2 }), // US back
      entry('2026-12-31', { shame: 1 }),
    ];
    const settled = step('2026-03-29T00:30:00.000Z');
    const answer = () => {
      const index = indexOf({ entries, steps: [settled] });
      return ['day', 'week', 'month'].map((resolution) => timelineView(index, { from: '2026-01-01', to: '2027-01-03', resolution: resolution as Resolution }));
    };
    process.env.TZ = 'UTC';
    const reference = answer();
    expect(reference[1]!.buckets.find((b) => b.key === '2026-W53')!.entries).toBe(1);
    for (const zone of ['America/New_York', 'Europe/Berlin', 'Pacific/Auckland', 'Australia/Lord_Howe', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      process.env.TZ = zone;
      expect(answer(), zone).toEqual(reference);
    }
  });
});

describe('properties of any journal', () => {
  const day = fc.integer({ min: dayNumber('2018-01-01'), max: dayNumber('2028-12-31') }).map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
  const counts = fc.record({ shame: fc.nat(6), accountability: fc.nat(6), blame: fc.nat(6), neutral: fc.nat(6) });
  const journal = fc.array(fc.tuple(day, fc.option(counts, { nil: null }), fc.boolean()), { maxLength: 80 });
  const range = fc.tuple(day, day).map(([a, b]): [string, string] => (a <= b ? [a, b] : [b, a]));

  it('shares of every bucket with sentences sum to 1, and every point in range is in exactly one bucket', () => {
    fc.assert(
      fc.property(journal, range, fc.constantFrom<Resolution>('week', 'month'), (rows, [from, to], resolution) => {
        const entries = rows.map(([date, c, trashed]) => entry(date, c, { deletedAt: trashed ? '2026-01-01T00:00:00.000Z' : null }));
        const view = timelineView(indexOf({ entries }), { from, to, resolution });
        for (const bucket of view.buckets) {
          if (bucket.shares) expect(Object.values(bucket.shares).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
          else expect(Object.values(bucket.sentences).every((n) => n === 0)).toBe(true);
        }
        expect(view.points.length).toBe(entries.filter((e) => !e.deletedAt && e.date >= from && e.date <= to).length);
        for (const point of view.points) expect(view.buckets.filter((b) => b.start <= point.date && point.date <= b.end)).toHaveLength(1);
        const inside = view.buckets.reduce((sum, b) => sum + b.entries, 0);
        expect(inside).toBeGreaterThanOrEqual(view.points.length);
      }),
      { numRuns: 150 },
    );
  });

  it('a bucket’s mean lean is the mean of its leaning entries', () => {
    fc.assert(
      fc.property(journal, (rows) => {
        const entries = rows.map(([date, c]) => entry(date, c));
        const view = timelineView(indexOf({ entries }), { from: '2018-01-01', to: '2028-12-31', resolution: 'month' });
        for (const bucket of view.buckets) {
          const leans = view.points.filter((p) => p.date >= bucket.start && p.date <= bucket.end && p.lean !== null).map((p) => p.lean!);
          if (leans.length === 0) expect(bucket.meanLean).toBeNull();
          else expect(bucket.meanLean).toBeCloseTo(leans.reduce((a, b) => a + b, 0) / leans.length, 9);
        }
      }),
      { numRuns: 80 },
    );
  });
});
