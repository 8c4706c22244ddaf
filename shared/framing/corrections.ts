import { keySentencesOf } from './key-sentences';
import { tallyLabels } from './tally';
import type { EntryFraming, FramingCorrection } from '../domain/framing-record';
import type { FramingAnalysis, FramingLabel, SentenceFraming } from './types';

export interface CorrectedSentence extends SentenceFraming {
  /** The person's own label replaced the analyzer's. */
  corrected: boolean;
  /** What the analyzer said, kept so the UI can show both. */
  analyzerLabel: FramingLabel;
}

export interface CorrectedAnalysis extends Omit<FramingAnalysis, 'sentences'> {
  sentences: CorrectedSentence[];
  corrected: boolean;
}

/**
 * The person has the last word: a sentence they relabelled carries their label,
 * and the entry's shares and score are worked out again from the labels as they stand.
 */
export function applyCorrections(analysis: FramingAnalysis, corrections: readonly FramingCorrection[]): CorrectedAnalysis {
  const bySentence = new Map(corrections.map((correction) => [correction.sentence.trim(), correction.label]));
  const sentences = analysis.sentences.map((sentence): CorrectedSentence => {
    const own = bySentence.get(sentence.text.trim());
    return own && own !== sentence.label
      ? { ...sentence, label: own, corrected: true, analyzerLabel: sentence.label, reason: 'You marked this sentence yourself.', spans: own === 'neutral' ? [] : sentence.spans }
      : { ...sentence, corrected: false, analyzerLabel: sentence.label };
  });
  const corrected = sentences.some((sentence) => sentence.corrected);
  if (!corrected) return { ...analysis, sentences, corrected };
  const count = (label: FramingLabel) => sentences.filter((sentence) => sentence.label === label).length;
  const { score, shares } = tallyLabels(sentences.map((sentence) => sentence.label));
  const leading = (['shame', 'accountability', 'blame'] as const).reduce<FramingLabel>((best, label) => (count(label) > (best === 'neutral' ? 0 : count(best)) ? label : best), 'neutral');
  return { label: leading, score, shares, sentences, corrected };
}

/** The part of an analysis kept inside the entry's ciphertext, for lists and the timeline. */
export function entryFramingOf(analysis: CorrectedAnalysis): EntryFraming {
  return {
    label: analysis.label,
    score: analysis.score,
    shares: analysis.shares,
    sentences: analysis.sentences.length,
    corrected: analysis.corrected,
    key: keySentencesOf(analysis.sentences),
  };
}
