import { FRAMING_LABELS } from '../framing/types';
import { dayNumber } from './days';
import { EMPTY_COUNTS, lanesOf, pointOf, type SentenceCounts, type TimelineLanes, type TimelinePoint, type TimelineSources } from './sources';

type Dated = { date: string };

/** Records of one kind sorted by day, with their day numbers beside them for binary search. */
export class DayOrdered<T extends Dated> {
  readonly items: T[];
  readonly days: Int32Array;

  constructor(items: T[]) {
    const keyed = items.map((item) => ({ item, day: dayNumber(item.date) })).sort((a, b) => a.day - b.day);
    this.items = keyed.map(({ item }) => item);
    this.days = Int32Array.from(keyed, ({ day }) => day);
  }

  /** Index of the first record on or after `day`. */
  lowerBound(day: number): number {
    let lo = 0;
    let hi = this.days.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.days[mid]! < day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** [first, end) indices of the records dated within [from, to]. */
  bounds(from: number, to: number): [number, number] {
    return [this.lowerBound(from), this.lowerBound(to + 1)];
  }

  between(from: number, to: number): T[] {
    const [a, b] = this.bounds(from, to);
    return this.items.slice(a, b);
  }
}

/**
 * Everything the timeline shows, ordered by day once, so that any range and
 * resolution is answered by binary search and running sums instead of a pass over
 * the whole journal: a zoom costs the time of what is on screen.
 */
export class TimelineIndex {
  readonly points: DayOrdered<TimelinePoint>;
  readonly lanes: { [K in keyof TimelineLanes]: DayOrdered<TimelineLanes[K][number]> };
  /** Running sums over `points`: sentence counts by label, leaning points and their lean. */
  private readonly sums: Record<keyof SentenceCounts, Float64Array> & { leaning: Float64Array; lean: Float64Array; reflections: Float64Array };

  constructor(sources: TimelineSources) {
    this.points = new DayOrdered(sources.entries.filter((entry) => !entry.deletedAt).map(pointOf));
    const lanes = lanesOf(sources);
    this.lanes = {
      wins: new DayOrdered(lanes.wins),
      steps: new DayOrdered(lanes.steps),
      practices: new DayOrdered(lanes.practices),
      rootCauses: new DayOrdered(lanes.rootCauses),
      holding: new DayOrdered(lanes.holding),
      words: new DayOrdered(lanes.words),
    };
    const n = this.points.items.length;
    const running = () => new Float64Array(n + 1);
    this.sums = { shame: running(), accountability: running(), blame: running(), neutral: running(), leaning: running(), lean: running(), reflections: running() };
    this.points.items.forEach((point, i) => {
      for (const label of FRAMING_LABELS) this.sums[label][i + 1] = this.sums[label][i]! + point.sentences[label];
      this.sums.leaning[i + 1] = this.sums.leaning[i]! + (point.lean === null ? 0 : 1);
      this.sums.lean[i + 1] = this.sums.lean[i]! + (point.lean ?? 0);
      this.sums.reflections[i + 1] = this.sums.reflections[i]! + (point.kind === 'reflection' ? 1 : 0);
    });
  }

  /** The first and last day with an entry or a mark, or null for an empty journal. */
  extent(): { from: string; to: string } | null {
    let from: string | null = null;
    let to: string | null = null;
    for (const ordered of [this.points, ...Object.values(this.lanes)] as DayOrdered<Dated>[]) {
      const first = ordered.items[0];
      const last = ordered.items[ordered.items.length - 1];
      if (first && (from === null || first.date < from)) from = first.date;
      if (last && (to === null || last.date > to)) to = last.date;
    }
    return from && to ? { from, to } : null;
  }

  /**
   * One value per day within [from, to] that has a leaning entry: the mean lean of the
   * leaning entries in the `windowDays` days up to and including it. The window reaches
   * back before `from`, so the line does not start starved at the edge of the screen.
   * One pass with a trailing pointer over the running sums.
   */
  rollingAverage(from: number, to: number, windowDays: number): { date: string; mean: number; entries: number }[] {
    const average: { date: string; mean: number; entries: number }[] = [];
    const { days, items } = this.points;
    const { leaning, lean } = this.sums;
    const [first, end] = this.points.bounds(from, to);
    let back = first < end ? this.points.lowerBound(days[first]! - windowDays + 1) : 0;
    for (let i = first; i < end; ) {
      const day = days[i]!;
      let next = i + 1;
      while (next < end && days[next] === day) next++;
      while (days[back]! < day - windowDays + 1) back++;
      if (leaning[next]! > leaning[i]!) {
        const entries = leaning[next]! - leaning[back]!;
        average.push({ date: items[i]!.date, mean: (lean[next]! - lean[back]!) / entries, entries });
      }
      i = next;
    }
    return average;
  }

  /** Totals over the entries dated within [from, to] (day numbers), in O(log n). */
  totals(from: number, to: number): SpanTotals {
    const [a, b] = this.points.bounds(from, to);
    const diff = (sums: Float64Array) => sums[b]! - sums[a]!;
    const sentences = { ...EMPTY_COUNTS };
    for (const label of FRAMING_LABELS) sentences[label] = diff(this.sums[label]);
    const leaning = diff(this.sums.leaning);
    return { entries: b - a, reflections: diff(this.sums.reflections), leaning, leanSum: diff(this.sums.lean), sentences };
  }
}

export interface SpanTotals {
  entries: number;
  reflections: number;
  /** Entries with a lean either way. */
  leaning: number;
  leanSum: number;
  sentences: SentenceCounts;
}

/** Each reading's share of the sentences; null when there were none (no share is invented for an empty span). */
export function sharesOf(sentences: SentenceCounts): SentenceCounts | null {
  const total = sentences.shame + sentences.accountability + sentences.blame + sentences.neutral;
  if (total === 0) return null;
  return { shame: sentences.shame / total, accountability: sentences.accountability / total, blame: sentences.blame / total, neutral: sentences.neutral / total };
}

export function meanLeanOf(totals: SpanTotals): number | null {
  return totals.leaning ? totals.leanSum / totals.leaning : null;
}
