import { KEY_SENTENCE_MAX, type EntryFraming } from '../domain/framing-record';
import type { CorrectedSentence } from './corrections';

type Leaning = 'shame' | 'accountability' | 'blame';
export type KeySentences = NonNullable<EntryFraming['key']>;

/**
 * How plainly a sentence carries its reading: the person's own label outranks any
 * rule, then the number of words that carry it; ties go to the earlier sentence.
 */
function strength(sentence: CorrectedSentence): number {
  return (sentence.corrected ? 1_000 : 0) + sentence.spans.length;
}

/** Whole words up to the limit, so a quote never ends mid-word. */
export function quotable(text: string): string {
  const plain = text.replace(/\s+/gu, ' ').trim();
  if (plain.length <= KEY_SENTENCE_MAX) return plain;
  const cut = plain.slice(0, KEY_SENTENCE_MAX - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > KEY_SENTENCE_MAX / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

function strongest(sentences: readonly CorrectedSentence[], label: Leaning): string | null {
  let best: CorrectedSentence | null = null;
  for (const sentence of sentences) {
    if (sentence.label !== label || !sentence.text.trim()) continue;
    if (!best || strength(sentence) > strength(best)) best = sentence;
  }
  return best ? quotable(best.text) : null;
}

/** The sentence that most plainly reads as each of the three leanings, or null where none does. */
export function keySentencesOf(sentences: readonly CorrectedSentence[]): KeySentences {
  return { shame: strongest(sentences, 'shame'), accountability: strongest(sentences, 'accountability'), blame: strongest(sentences, 'blame') };
}
