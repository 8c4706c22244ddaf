import { FRAMING_LABELS, type FramingLabel } from '../../../../shared/framing/types';

/**
 * How a whole entry reads, as the list's mark and the panel's words both say it.
 * "Someone else" is its own reading: it is not a point on the
 * "who I am ↔ what I did" scale, so it is never called "in between".
 */
export type ReadingTone = 'shame' | 'accountability' | 'blame' | 'mixed';

export interface FramingReading {
  tone: ReadingTone;
  /** The mark's word in the list, short enough for a row: "Who I am", "In between". */
  short: string;
  /** The full reading, in the panel and in the row's description: "Leaning toward who I am". */
  words: string;
  /** Whether the reading is a point on the "who I am ↔ what I did" scale, so the scale shows where. */
  onScale: boolean;
}

const SHORT: Readonly<Record<ReadingTone, string>> = {
  shame: 'Who I am',
  accountability: 'What I did',
  blame: 'Someone else',
  mixed: 'In between',
};

function reading(tone: ReadingTone, words: string): FramingReading {
  return { tone, short: SHORT[tone], words, onScale: tone !== 'blame' };
}

/**
 * The one place an entry's leading label and score become words and a mark, so
 * a row in the list and the panel beside the open entry can never disagree.
 * Null when the entry leans no way at all: it gets no mark, and is never
 * labelled "what happened" (which would be a cold name for some entries).
 */
export function framingReading(label: string, score: number): FramingReading | null {
  if (!(FRAMING_LABELS as readonly string[]).includes(label)) return null;
  const known = label as FramingLabel;
  if (known === 'neutral') return null;
  if (known === 'blame') return reading('blame', 'Mostly someone else');
  if (score <= -0.6) return reading('shame', 'Mostly who I am');
  if (score <= -0.2) return reading('shame', 'Leaning toward who I am');
  if (score < 0.2) return reading('mixed', 'In between who I am and what I did');
  if (score < 0.6) return reading('accountability', 'Leaning toward what I did');
  return reading('accountability', 'Mostly what I did');
}

/** What a row's description says, from the same reading the panel shows. */
export function readingDescription(found: FramingReading): string {
  return `Framing: ${found.words.charAt(0).toLowerCase()}${found.words.slice(1)}`;
}

/** The panel's words when the entry gets no mark: nothing leans yet, or the leanings cancel out. */
export function noReadingWords(anyLeaning: boolean): string {
  return anyLeaning ? 'Not leaning any one way overall.' : 'No sentence leans either way yet.';
}
