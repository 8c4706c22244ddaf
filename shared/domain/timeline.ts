import type { EntryFraming } from './framing-record';

export interface TimelineInput {
  date: string;
  kind: 'page' | 'reflection';
  framing: EntryFraming | null;
  deletedAt: string | null;
}

export interface TimelineMonth {
  /** "2026-03" */
  month: string;
  entries: number;
  reflections: number;
  /** Entries whose framing could be read (they had sentences). */
  framed: number;
  /** Mean of the entries' scores on the "who I am ↔ what I did" axis, -1 … +1; null when none were framed. */
  meanScore: number | null;
  /** Each label's share of all sentences written that month. */
  shares: { shame: number; accountability: number; blame: number; neutral: number };
}

const LABELS = ['shame', 'accountability', 'blame', 'neutral'] as const;

/**
 * Month by month, how the person framed what they wrote. Shares are weighted by
 * sentence count so one long entry counts for more than a one-liner; corrections
 * the person made are already inside each entry's framing.
 */
export function timelineByMonth(entries: Iterable<TimelineInput>): TimelineMonth[] {
  const months = new Map<string, { entries: number; reflections: number; framed: number; scoreSum: number; sentenceSums: Record<(typeof LABELS)[number], number>; sentences: number }>();
  for (const entry of entries) {
    if (entry.deletedAt) continue;
    const key = entry.date.slice(0, 7);
    let month = months.get(key);
    if (!month) {
      month = { entries: 0, reflections: 0, framed: 0, scoreSum: 0, sentenceSums: { shame: 0, accountability: 0, blame: 0, neutral: 0 }, sentences: 0 };
      months.set(key, month);
    }
    month.entries += 1;
    if (entry.kind === 'reflection') month.reflections += 1;
    const framing = entry.framing;
    if (framing && framing.sentences > 0) {
      month.framed += 1;
      month.scoreSum += framing.score;
      month.sentences += framing.sentences;
      for (const label of LABELS) month.sentenceSums[label] += framing.shares[label] * framing.sentences;
    }
  }
  return [...months.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, m]) => ({
      month,
      entries: m.entries,
      reflections: m.reflections,
      framed: m.framed,
      meanScore: m.framed ? m.scoreSum / m.framed : null,
      shares: {
        shame: m.sentences ? m.sentenceSums.shame / m.sentences : 0,
        accountability: m.sentences ? m.sentenceSums.accountability / m.sentences : 0,
        blame: m.sentences ? m.sentenceSums.blame / m.sentences : 0,
        neutral: m.sentences ? m.sentenceSums.neutral / m.sentences : 0,
      },
    }));
}
