import { ROOT_CAUSES, TACTICAL_MISSTEPS, type RootCauseKind } from '../domain/reflection';
import { TACTIC_PHRASES } from '../domain/root-cause-patterns';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "March 2026", "March–May 2026" or "November 2025–February 2026", read from the dates' own digits. */
export function monthSpanText(first: string, last: string): string {
  const name = (date: string) => MONTHS[Number(date.slice(5, 7)) - 1]!;
  const [y1, y2] = [first.slice(0, 4), last.slice(0, 4)];
  if (first.slice(0, 7) === last.slice(0, 7)) return `${name(first)} ${y1}`;
  if (y1 === y2) return `${name(first)}–${name(last)} ${y1}`;
  return `${name(first)} ${y1}–${name(last)} ${y2}`;
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** The root cause as it reads after "you traced to …". */
export function rootCausePhrase(kind: RootCauseKind, tactic: string | null): string {
  if (kind === 'tactical') return tactic ? (TACTIC_PHRASES[tactic] ?? TACTICAL_MISSTEPS[tactic as keyof typeof TACTICAL_MISSTEPS].toLowerCase()) : 'a tactical misstep';
  if (kind === 'emotions') return "emotions or desires you didn't honour";
  return ROOT_CAUSES[kind].toLowerCase();
}
