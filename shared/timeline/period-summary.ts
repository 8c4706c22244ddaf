import type { RootCause } from '../domain/reflection';
import { WIN_KIND_IDS, type WinKind } from '../domain/win';
import { dateOfDay, dayNumber } from './days';
import type { SentenceCounts } from './sources';
import { meanLeanOf, sharesOf, type TimelineIndex } from './timeline-index';

export interface SpanFraming {
  from: string;
  to: string;
  entries: number;
  reflections: number;
  /** Mean lean of the leaning entries, −1 "who I am" … +1 "what I did"; null when none leaned. */
  meanLean: number | null;
  shares: SentenceCounts | null;
}

export interface RootCauseCount {
  kind: RootCause['kind'];
  tactic: RootCause['tactic'];
  count: number;
}

export interface PeriodSummary {
  /** The named span itself. */
  during: SpanFraming;
  /** The same number of days just before it, and just after. */
  before: SpanFraming;
  after: SpanFraming;
  /** Every root cause named in its reflections, most named first. */
  rootCauses: RootCauseCount[];
  /** The one named most often; null without one, or when two are named equally often. */
  mostCommonRootCause: RootCauseCount | null;
  wins: { total: number; byKind: Record<WinKind, number> };
  finishedSteps: number;
  practices: {
    planned: number;
    completed: number;
    /** Mean of expected minus actual over the completed ones: how much kinder it went than feared. */
    meanGap: number | null;
  };
}

function spanFraming(index: TimelineIndex, from: number, to: number): SpanFraming {
  const totals = index.totals(from, to);
  return { from: dateOfDay(from), to: dateOfDay(to), entries: totals.entries, reflections: totals.reflections, meanLean: meanLeanOf(totals), shares: sharesOf(totals.sentences) };
}

/** A period the person named, summed up and set beside the same length of time on either side. */
export function summarisePeriod(index: TimelineIndex, span: { from: string; to: string }): PeriodSummary {
  const from = dayNumber(span.from);
  const to = dayNumber(span.to);
  if (to < from) throw new RangeError('A period ends on or after the day it starts.');
  const length = to - from + 1;

  const causes = new Map<string, RootCauseCount>();
  for (const mark of index.lanes.rootCauses.between(from, to)) {
    const key = `${mark.kind}/${mark.tactic ?? ''}`;
    const known = causes.get(key);
    if (known) known.count += 1;
    else causes.set(key, { kind: mark.kind, tactic: mark.tactic, count: 1 });
  }
  const rootCauses = [...causes.values()].sort((a, b) => b.count - a.count || `${a.kind}/${a.tactic ?? ''}`.localeCompare(`${b.kind}/${b.tactic ?? ''}`));
  const [top, second] = rootCauses;
  const mostCommonRootCause = top && (!second || second.count < top.count) ? top : null;

  const byKind = Object.fromEntries(WIN_KIND_IDS.map((kind) => [kind, 0])) as Record<WinKind, number>;
  const wins = index.lanes.wins.between(from, to);
  for (const win of wins) byKind[win.kind] += 1;

  const practices = index.lanes.practices.between(from, to);
  const completed = practices.filter((practice) => practice.actual !== null);
  const gapSum = completed.reduce((sum, practice) => sum + (practice.expected - practice.actual!), 0);

  return {
    during: spanFraming(index, from, to),
    before: spanFraming(index, from - length, from - 1),
    after: spanFraming(index, to + 1, to + length),
    rootCauses,
    mostCommonRootCause,
    wins: { total: wins.length, byKind },
    finishedSteps: index.lanes.steps.between(from, to).length,
    practices: { planned: practices.length, completed: completed.length, meanGap: completed.length ? gapSum / completed.length : null },
  };
}
