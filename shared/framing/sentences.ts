/**
 * Sentence splitting tuned for journal writing: lowercase sentence starts,
 * missing final punctuation, quoted phrases that end in a full stop, and line
 * breaks that end a thought even without punctuation.
 */

export interface TextRange {
  start: number;
  end: number;
}

/** Words that end with a full stop without ending the sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'vs', 'etc', 'e.g', 'i.e', 'a.m', 'p.m',
  'approx', 'dept', 'mt', 'no', 'ft', 'lb', 'lbs', 'oz', 'u.s', 'u.k', 'inc', 'ltd', 'co', 'ave',
]);

const CLOSERS = new Set(['"', "'", '\u2019', '\u201d', ')', ']']);
const TERMINATORS = new Set(['.', '!', '?', '\u2026']);

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/u.test(ch);
}

function wordBefore(text: string, dotIndex: number): string {
  let i = dotIndex - 1;
  while (i >= 0 && /[\p{L}.]/u.test(text[i] ?? '')) i--;
  return text.slice(i + 1, dotIndex).toLowerCase();
}

function endsWithAbbreviation(text: string, dotIndex: number): boolean {
  if (text[dotIndex] !== '.') return false;
  const word = wordBefore(text, dotIndex);
  if (ABBREVIATIONS.has(word)) return true;
  // A lone capital after a name or another initial ("John F. Kennedy", "J. K.") is an initial;
  // after an ordinary word ("got a D.") it ends the sentence.
  if (!/^[A-Z]$/u.test(text.slice(dotIndex - 1, dotIndex)) || /[\p{L}]/u.test(text[dotIndex - 2] ?? ' ')) return false;
  const before = /(\S+)\s+$/u.exec(text.slice(Math.max(0, dotIndex - 40), dotIndex - 1))?.[1] ?? '';
  const anotherInitialNext = /^\s+\p{Lu}\./u.test(text.slice(dotIndex + 1, dotIndex + 5));
  return before === '' || /^\p{Lu}/u.test(before) || anotherInitialNext;
}

function trimRange(text: string, start: number, end: number): TextRange | null {
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  if (start >= end) return null;
  // Lines of only punctuation or symbols carry nothing to label.
  if (!/[\p{L}\p{N}]/u.test(text.slice(start, end))) return null;
  return { start, end };
}

export function splitSentences(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  let start = 0;
  const push = (end: number): void => {
    const range = trimRange(text, start, end);
    if (range) ranges.push(range);
    start = end;
  };

  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (ch === '\n') {
      push(i);
      i++;
      continue;
    }
    if (TERMINATORS.has(ch)) {
      let end = i + 1;
      while (end < text.length && TERMINATORS.has(text[end] ?? '')) end++;
      while (end < text.length && CLOSERS.has(text[end] ?? '')) end++;
      const atBoundary = end >= text.length || isSpace(text[end]);
      if (atBoundary && !endsWithAbbreviation(text, i)) {
        push(end);
      }
      i = end;
      continue;
    }
    i++;
  }
  push(text.length);
  return ranges;
}
