import { describe, expect, it } from 'vitest';
import { WIN_KIND_IDS } from '../../../shared/domain/win';
import { addDays } from '../../../shared/timeline/days';
import { onThisDay } from '../../../shared/timeline/looking-back';
import { findPatterns } from '../../../shared/timeline/patterns';
import { summarisePeriod } from '../../../shared/timeline/period-summary';
import type { Resolution } from '../../../shared/timeline/days';
import { timelineView } from '../../../shared/timeline/view';
import { seededRandom } from '../../support/seeded-random';
import { entry, indexOf, practice, win } from './timeline-fixtures';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function time<T>(run: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = run();
  return { ms: performance.now() - start, value };
}

describe('a journal of 10,000 entries', () => {
  const random = seededRandom(20261207);
  const entries = Array.from({ length: 10_000 }, (_, i) => {
    const date = addDays('2017-01-01', random.int(3_652));
    const counts = { shame: random.int(4), accountability: random.int(4), blame: random.int(2), neutral: random.int(6) };
    return entry(date, counts, { tags: [random.pick(['work', 'family', 'health'])], deletedAt: i % 100 === 0 ? '2026-01-01T00:00:00.000Z' : null });
  });
  const wins = Array.from({ length: 2_000 }, () => win(addDays('2017-01-01', random.int(3_652)), random.pick(WIN_KIND_IDS)));
  const practices = Array.from({ length: 500 }, () => practice(addDays('2017-01-01', random.int(3_652)), random.int(11), random.next() < 0.7 ? random.int(11) : null));

  it('counts every entry outside the trash once, and answers each zoom from the index without a pass over the journal', () => {
    const built = time(() => indexOf({ entries, wins, practices }));
    const index = built.value;
    const all = timelineView(index, { from: '2017-01-01', to: '2026-12-31', resolution: 'month' });
    expect(all.points).toHaveLength(9_900);
    expect(all.buckets.reduce((sum, b) => sum + b.entries, 0)).toBe(9_900);

    const zooms: [string, string, Resolution][] = [
      ['2017-01-01', '2026-12-31', 'month'],
      ['2022-01-01', '2022-12-31', 'week'],
      ['2022-04-01', '2022-06-30', 'week'],
      ['2022-05-01', '2022-05-31', 'day'],
      ['2022-05-09', '2022-05-15', 'day'],
    ];
    const figures: Record<string, number> = {};
    for (const [from, to, resolution] of zooms) {
      const runs = Array.from({ length: 7 }, () => time(() => timelineView(index, { from, to, resolution })).ms);
      figures[`${from}..${to}/${resolution}`] = Number(median(runs).toFixed(2));
    }
    const period = median(Array.from({ length: 5 }, () => time(() => summarisePeriod(index, { from: '2021-03-01', to: '2021-09-30' })).ms));
    const patterns = median(Array.from({ length: 3 }, () => time(() => findPatterns(index, { from: '2017-01-01', to: '2026-12-31' })).ms));
    const lookBack = median(Array.from({ length: 5 }, () => time(() => onThisDay(index, '2026-06-14', new Set())).ms));
    console.log(`[timeline] 10,000 entries: index ${built.ms.toFixed(1)} ms; zoom medians ${JSON.stringify(figures)}; period ${period.toFixed(2)} ms; patterns ${patterns.toFixed(1)} ms; on this day ${lookBack.toFixed(2)} ms`);
    // Only a bound that a pass over everything per bucket would break; the figures themselves are logged above.
    for (const ms of Object.values(figures)) expect(ms).toBeLessThan(250);
  });
});
