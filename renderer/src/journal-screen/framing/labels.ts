import { FRAMING_LABEL_DESCRIPTIONS, type FramingLabel } from '../../../../shared/framing/types';

/** Short names for the labels, in the person's own terms: the axis is "who I am ↔ what I did". */
export const LABEL_NAMES: Readonly<Record<FramingLabel, string>> = {
  shame: 'Who I am',
  accountability: 'What I did',
  blame: 'Someone else',
  neutral: 'What happened',
};

/** The non-colour cue each label also has: its mark's shape, and its underline in the text. */
export const LABEL_CUES: Readonly<Record<FramingLabel, string>> = {
  shame: 'round mark, dotted underline',
  accountability: 'square mark, solid underline',
  blame: 'diamond mark, dashed underline',
  neutral: 'line mark, no underline',
};

export function describeLabel(label: FramingLabel): string {
  return FRAMING_LABEL_DESCRIPTIONS[label];
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

/**
 * "Of 4 sentences, 1 reads as who I am, 2 as what I did, …". Where the words
 * speak of not wanting to live, a sentence that leans no way is not called
 * "what happened": that would be a cold name for it.
 */
export function sharesInWords(counts: Record<FramingLabel, number>, care = false): string {
  const total = counts.shame + counts.accountability + counts.blame + counts.neutral;
  if (total === 0) return 'Nothing written yet.';
  const parts: string[] = [];
  if (counts.shame) parts.push(`${counts.shame} ${plural(counts.shame, 'reads', 'read')} as who I am`);
  if (counts.accountability) parts.push(`${counts.accountability} as what I did`);
  if (counts.blame) parts.push(`${counts.blame} ${plural(counts.blame, 'puts', 'put')} it on someone else`);
  if (counts.neutral) {
    parts.push(care ? `${counts.neutral} ${plural(counts.neutral, 'leans', 'lean')} neither way` : `${counts.neutral} ${plural(counts.neutral, 'describes', 'describe')} what happened`);
  }
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0];
  return `Of ${total} ${plural(total, 'sentence', 'sentences')}, ${list}.`;
}

/** "Why: an identity label: 'I am a failure'" reads better with curly quotes and a capital. */
export function reasonText(reason: string): string {
  const curly = reason.replace(/'([^']*)'/gu, '\u2018$1\u2019');
  return curly.charAt(0).toUpperCase() + curly.slice(1);
}
