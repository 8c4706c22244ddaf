import { describe, expect, it } from 'vitest';
import { summarisePeriod } from '../../../shared/timeline/period-summary';
import { entry, indexOf, practice, step, win } from './timeline-fixtures';

const cause = (kind: 'tactical' | 'emotions' | 'unforeseeable', tactic: 'moved-too-fast' | 'overconfidence' | null = null) => ({ reflectionInput: { rootCause: { kind, tactic } } });

describe('a named period', () => {
  it('is set beside the same number of days just before and just after it', () => {
    const index = indexOf({
      entries: [
        entry('2026-02-28', { shame: 3 }), // before (the 28 days before 1 March)
        entry('2026-01-31', { shame: 1 }), // before its 28 days: counted nowhere
        entry('2026-03-01', { shame: 1, accountability: 1 }),
        entry('2026-03-28', { accountability: 2, neutral: 2 }, cause('tactical', 'moved-too-fast')),
        entry('2026-04-25', { accountability: 1 }), // last day of the 28 after
        entry('2026-04-26', { shame: 5 }), // past it
      ],
    });
    const summary = summarisePeriod(index, { from: '2026-03-01', to: '2026-03-28' });
    expect(summary.during).toEqual({ from: '2026-03-01', to: '2026-03-28', entries: 2, reflections: 1, meanLean: 0.5, shares: { shame: 1 / 6, accountability: 3 / 6, blame: 0, neutral: 2 / 6 } });
    expect(summary.before).toMatchObject({ from: '2026-02-01', to: '2026-02-28', entries: 1, meanLean: -1 });
    expect(summary.after).toMatchObject({ from: '2026-03-29', to: '2026-04-25', entries: 1, meanLean: 1 });
  });

  it('names the most common root cause only when one is named more often than any other', () => {
    const make = (causes: ReturnType<typeof cause>[]) => indexOf({ entries: causes.map((c, i) => entry(`2026-05-${String(i + 1).padStart(2, '0')}`, null, c)) });
    const span = { from: '2026-05-01', to: '2026-05-31' };
    const clear = summarisePeriod(make([cause('tactical', 'moved-too-fast'), cause('emotions'), cause('tactical', 'moved-too-fast')]), span);
    expect(clear.mostCommonRootCause).toEqual({ kind: 'tactical', tactic: 'moved-too-fast', count: 2 });
    expect(clear.rootCauses.map((c) => c.count)).toEqual([2, 1]);
    expect(summarisePeriod(make([cause('tactical', 'moved-too-fast'), cause('emotions')]), span).mostCommonRootCause).toBeNull();
    expect(summarisePeriod(make([]), span)).toMatchObject({ rootCauses: [], mostCommonRootCause: null });
  });

  it('counts wins by kind, finished steps and the practice gap inside it only', () => {
    const index = indexOf({
      wins: [win('2026-07-01', 'helped'), win('2026-07-09', 'helped'), win('2026-07-10', 'surprised'), win('2026-08-01', 'skill')],
      steps: [step('2026-07-02T12:00:00.000Z'), step('2026-07-03T12:00:00.000Z', { status: 'open', settledAt: null }), step('2026-06-30T12:00:00.000Z')],
      practices: [practice('2026-07-04', 8, 3), practice('2026-07-05', 4, 5), practice('2026-07-06', 7, null), practice('2026-08-02', 9, 0)],
    });
    const summary = summarisePeriod(index, { from: '2026-07-01', to: '2026-07-31' });
    expect(summary.wins.total).toBe(3);
    expect(summary.wins.byKind).toMatchObject({ helped: 2, surprised: 1, skill: 0 });
    expect(summary.finishedSteps).toBe(1);
    expect(summary.practices).toEqual({ planned: 3, completed: 2, meanGap: 2 });
  });

  it('says nothing it does not have for an empty span, and refuses one that ends before it starts', () => {
    const summary = summarisePeriod(indexOf({}), { from: '2024-02-29', to: '2024-02-29' });
    expect(summary.during).toEqual({ from: '2024-02-29', to: '2024-02-29', entries: 0, reflections: 0, meanLean: null, shares: null });
    expect([summary.before.from, summary.after.to]).toEqual(['2024-02-28', '2024-03-01']);
    expect(summary.practices.meanGap).toBeNull();
    expect(() => summarisePeriod(indexOf({}), { from: '2026-01-02', to: '2026-01-01' })).toThrow(RangeError);
  });
});
