import { WIN_KIND_IDS, type WinKind } from '../../../../shared/domain/win';

/** One year of the overview, as `wins.overview` answers it. */
export interface YearCounts {
  year: number;
  counts: Partial<Record<WinKind, number>>;
  total: number;
}

/** What one year's bars span on the year axis, leaving a gap between years. */
const GROUP_WIDTH = 0.8;

/**
 * The chart and its table, worked out once: the kinds that have any win (in the
 * app's own order, which is also the legend's and the bars' left-to-right order),
 * each kind's count year by year, and where each kind's bar sits within a year.
 */
export interface ChartPlan {
  years: number[];
  kinds: WinKind[];
  /** counts[k][y]: wins of kinds[k] in years[y]. */
  counts: number[][];
  /** The left edge of kinds[k]'s bar, from the year's own position. */
  offsets: number[];
  barWidth: number;
  /** The highest count in any one bar. */
  most: number;
}

export function chartPlan(years: readonly YearCounts[]): ChartPlan {
  const sorted = [...years].sort((a, b) => a.year - b.year);
  const kinds = WIN_KIND_IDS.filter((kind) => sorted.some((year) => (year.counts[kind] ?? 0) > 0));
  const counts = kinds.map((kind) => sorted.map((year) => year.counts[kind] ?? 0));
  const barWidth = kinds.length ? GROUP_WIDTH / kinds.length : GROUP_WIDTH;
  const offsets = kinds.map((_, index) => -GROUP_WIDTH / 2 + index * barWidth);
  const most = Math.max(0, ...counts.flat());
  return { years: sorted.map((year) => year.year), kinds, counts, offsets, barWidth, most };
}

/** The top of the count axis: a little headroom over the tallest bar, and never below 1. */
export function countAxisTop(most: number): number {
  if (most <= 4) return Math.max(1, most) + 1;
  return Math.ceil((most * 1.15) / 5) * 5;
}
