import type { FramingCorrection } from '../../../../shared/domain/framing-record';
import { applyCorrections } from '../../../../shared/framing/corrections';
import { FRAMING_LABELS, type FramingLabel } from '../../../../shared/framing/types';
import { unframed, type FramedSentence, type FramingResult } from './protocol';

/** A sentence as the panel shows it: the analyzer's reading, and the person's own label if they gave one. */
export interface ShownSentence extends FramedSentence {
  index: number;
  /** The label the panel and highlights use: the person's, when they corrected it. */
  shown: FramingLabel;
  /** The person's own label, when it differs from the analyzer's reading of this sentence. */
  own: FramingLabel | null;
}

export interface ShownFraming {
  sentences: ShownSentence[];
  /** The entry's leading label as the journal stores it (the list's mark reads the same). */
  label: FramingLabel;
  counts: Record<FramingLabel, number>;
  /** The journal's own score (-1 all "who I am" … +1 all "what I did"); null when no sentence reads either way. */
  score: number | null;
  framed: number;
}

/**
 * The analyzer's reading with the person's corrections laid over it: the same
 * `applyCorrections` the vault stores for lists and the timeline, shaped for the panel.
 */
export function framingAsShown(result: FramingResult | null, corrections: readonly FramingCorrection[]): ShownFraming {
  const framed = result ?? unframed('');
  const corrected = applyCorrections({ ...framed.summary, sentences: framed.sentences }, corrections);
  const sentences = framed.sentences.map((sentence, index): ShownSentence => {
    const own = corrected.sentences[index]!;
    return { ...sentence, index, shown: own.label, own: own.corrected ? own.label : null };
  });
  const counts = Object.fromEntries(FRAMING_LABELS.map((label) => [label, 0])) as Record<FramingLabel, number>;
  for (const sentence of sentences) counts[sentence.shown] += 1;
  const leaning = counts.shame + counts.accountability + counts.blame;
  return { sentences, label: corrected.label, counts, score: leaning ? corrected.score : null, framed: leaning };
}
