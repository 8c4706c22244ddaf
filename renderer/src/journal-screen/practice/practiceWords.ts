import type { Practice } from '../../../../shared/domain/practice';
import type { WinPrefill } from '../MainContext';

/** Small, ordinary risks to start from; taking one puts its words in the form, to change as the person likes. */
export const PRACTICE_IDEAS = [
  'Ask a question I worry sounds obvious',
  'Ask for a small discount',
  'Show someone a draft before it feels ready',
  'Say no to a small request',
  'Order in a language I am still learning',
] as const;

/** A completed practice: one that has its "after". */
export type CompletedPractice = Practice & { outcome: NonNullable<Practice['outcome']> };

export function isCompleted(practice: Practice): practice is CompletedPractice {
  return practice.outcome !== null;
}

/** The person's words as a sentence: trimmed, and ending in a full stop if they left it off. */
function sentence(text: string): string {
  const words = text.trim().replace(/\s+/gu, ' ');
  if (!words) return '';
  return /[.!?…"”’)]$/u.test(words) ? words : `${words}.`;
}

export function outOfTen(value: number): string {
  return `${value} out of 10`;
}

/** Expected against actual, in words that describe the numbers and say nothing about the person. */
export function expectedVsActual(practice: Pick<CompletedPractice, 'expected' | 'outcome'>): string {
  const { expected } = practice;
  const { actual } = practice.outcome;
  const numbers = `You expected ${outOfTen(expected)}. It was ${actual}.`;
  if (actual < expected) return `${numbers} Less bad than you feared.`;
  if (actual > expected) return `${numbers} Harder than you expected.`;
  return `${numbers} About as bad as you expected.`;
}

/** The story a practice becomes as a win: what was tried, the two numbers, what happened, what was learned. */
export function practiceStory(practice: CompletedPractice): string {
  const { outcome } = practice;
  const parts = [
    `I tried this on purpose: ${sentence(practice.attempt)}`,
    `I expected it to be ${outOfTen(practice.expected)}, and it was ${outOfTen(outcome.actual)}.`,
    outcome.happened.trim() ? `What happened: ${sentence(outcome.happened)}` : '',
    outcome.learned.trim() ? `What I learned: ${sentence(outcome.learned)}` : '',
  ];
  return parts.filter(Boolean).join('\n\n');
}

export function practiceWin(practice: CompletedPractice): WinPrefill {
  return { story: practiceStory(practice), entryIds: [], origin: { from: 'practice', id: practice.id }, date: practice.outcome.date };
}

export interface ChartRow {
  id: string;
  /** The day it was tried. */
  date: string;
  attempt: string;
  expected: number;
  actual: number;
}

/** Completed practices in the order they were tried: the chart and its table read the same rows. */
export function chartRows(practices: readonly Practice[]): ChartRow[] {
  return practices
    .filter(isCompleted)
    .map((practice) => ({ id: practice.id, date: practice.outcome.date, attempt: practice.attempt, expected: practice.expected, actual: practice.outcome.actual, createdAt: practice.createdAt }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
    .map(({ createdAt: _createdAt, ...row }) => row);
}

/**
 * Which practices get a date under them: every one when they fit, else every
 * few, counting from the first (positions are 1-based, one per practice, in the
 * order they were tried, so several on one day still stand apart).
 */
export function labelledPositions(count: number, most: number): number[] {
  const step = Math.max(1, Math.ceil(count / Math.max(1, most)));
  const positions: number[] = [];
  for (let position = 1; position <= count; position += step) positions.push(position);
  return positions;
}

/** The date under a practice, left out when the one before it was tried the same day. */
export function dateLabel(rows: readonly ChartRow[], position: number, format: (day: string) => string): string {
  const row = rows[position - 1];
  if (!row) return '';
  return rows[position - 2]?.date === row.date ? '' : format(row.date);
}

/** The chart's name for people who do not see it; the numbers themselves are in the table. */
export const CHART_LABEL = 'Chart: how bad you expected each practice to be (dashed line, round marks) and how bad it was (solid line, square marks), in the order you tried them. The table view lists the same numbers.';
