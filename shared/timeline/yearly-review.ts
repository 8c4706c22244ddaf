import type { Period } from '../domain/period';
import { movedSentences, type MovedSentence } from './moved-sentences';
import { findPatterns, type Pattern } from './patterns';
import { summarisePeriod, type PeriodSummary } from './period-summary';
import type { TimelineEntry } from './sources';
import type { TimelineIndex } from './timeline-index';

/** One calendar year looked back on: what the review page shows and prints. */
export interface YearlyReview {
  year: number;
  from: string;
  to: string;
  /** The year beside the year before and the year after, with its wins, steps, practices and root causes. */
  summary: PeriodSummary;
  /** Named periods that overlap the year, earliest first, each summed up over its whole span. */
  periods: { period: Period; summary: PeriodSummary }[];
  patterns: Pattern[];
  moved: MovedSentence[];
}

export function yearSpan(year: number): { from: string; to: string } {
  const y = String(year).padStart(4, '0');
  return { from: `${y}-01-01`, to: `${y}-12-31` };
}

/** The review of `year` from the same index, periods and entries the timeline uses. */
export function yearlyReview(index: TimelineIndex, entries: readonly TimelineEntry[], periods: readonly Period[], year: number): YearlyReview {
  const span = yearSpan(year);
  const overlapping = periods
    .filter((period) => !period.deletedAt && period.from <= span.to && period.to >= span.from)
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.name.localeCompare(b.name)));
  return {
    year,
    ...span,
    summary: summarisePeriod(index, span),
    periods: overlapping.map((period) => ({ period, summary: summarisePeriod(index, period) })),
    patterns: findPatterns(index, span),
    moved: movedSentences(entries, span),
  };
}
