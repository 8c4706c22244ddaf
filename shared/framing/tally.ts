import { FRAMING_LABELS, type FramingLabel } from './types';

export interface FramingTally {
  /** Each label's share of all sentences. */
  shares: Record<FramingLabel, number>;
  /**
   * Where the writing sits between who I am (−1) and what I did (+1): of the
   * sentences that lean at all, accountability minus shame. Blame is its own
   * reading and counts only in the denominator, never as a midpoint.
   */
  score: number;
}

/** The one place the shares and the score are worked out from sentence labels. */
export function tallyLabels(labels: readonly FramingLabel[]): FramingTally {
  const count = (label: FramingLabel) => labels.filter((own) => own === label).length;
  const total = labels.length;
  const shares = Object.fromEntries(FRAMING_LABELS.map((label) => [label, total ? count(label) / total : 0])) as Record<FramingLabel, number>;
  const framed = count('shame') + count('accountability') + count('blame');
  return { shares, score: framed ? (count('accountability') - count('shame')) / framed : 0 };
}
