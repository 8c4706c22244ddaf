import { bucketCount, bucketsCovering, dateOfDay, dayNumber, type Resolution } from './days';
import type { SentenceCounts, TimelineLanes, TimelinePoint } from './sources';
import { meanLeanOf, sharesOf, type TimelineIndex } from './timeline-index';

/** More buckets than any screen can show is a request to refuse, not to compute. */
export const MAX_BUCKETS = 4_000;
export const DEFAULT_AVERAGE_DAYS = 30;
export const MAX_AVERAGE_DAYS = 366;

export interface ViewRequest {
  from: string;
  to: string;
  resolution: Resolution;
  /** The rolling average looks back this many calendar days, the day itself included. */
  averageDays?: number;
}

export interface TimelineBucket {
  key: string;
  start: string;
  end: string;
  entries: number;
  /** Sentences by reading, over the whole bucket (which may reach past the range's edges). */
  sentences: SentenceCounts;
  /** Each reading's share of those sentences, summing to 1; null when the bucket has none. */
  shares: SentenceCounts | null;
  meanLean: number | null;
}

export interface AveragePoint {
  date: string;
  /** Mean lean of the leaning entries in the days up to and including this one. */
  mean: number;
  /** How many entries that mean is drawn from. */
  entries: number;
}

export interface TimelineView {
  from: string;
  to: string;
  resolution: Resolution;
  averageDays: number;
  points: TimelinePoint[];
  average: AveragePoint[];
  buckets: TimelineBucket[];
  lanes: TimelineLanes;
}

export class TimelineRangeError extends Error {}

/** What is on screen, and only that: the entries, lanes and buckets of [from, to] at one resolution. */
export function timelineView(index: TimelineIndex, request: ViewRequest): TimelineView {
  const from = dayNumber(request.from);
  const to = dayNumber(request.to);
  if (to < from) throw new TimelineRangeError('The end of the range comes before its start.');
  if (bucketCount(from, to, request.resolution) > MAX_BUCKETS) {
    throw new TimelineRangeError(`That range holds more than ${MAX_BUCKETS.toLocaleString('en')} ${request.resolution}s; ask for a coarser resolution.`);
  }
  const averageDays = Math.min(MAX_AVERAGE_DAYS, Math.max(1, Math.trunc(request.averageDays ?? DEFAULT_AVERAGE_DAYS)));
  const buckets = bucketsCovering(from, to, request.resolution).map((bucket): TimelineBucket => {
    const totals = index.totals(bucket.start, bucket.end);
    return {
      key: bucket.key,
      start: dateOfDay(bucket.start),
      end: dateOfDay(bucket.end),
      entries: totals.entries,
      sentences: totals.sentences,
      shares: sharesOf(totals.sentences),
      meanLean: meanLeanOf(totals),
    };
  });
  const lanes = index.lanes;
  return {
    from: request.from,
    to: request.to,
    resolution: request.resolution,
    averageDays,
    points: index.points.between(from, to),
    average: index.rollingAverage(from, to, averageDays),
    buckets,
    lanes: {
      wins: lanes.wins.between(from, to),
      steps: lanes.steps.between(from, to),
      practices: lanes.practices.between(from, to),
      rootCauses: lanes.rootCauses.between(from, to),
      holding: lanes.holding.between(from, to),
      words: lanes.words.between(from, to),
    },
  };
}
