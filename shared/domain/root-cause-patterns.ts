import { format, parseISO } from 'date-fns';
import { ROOT_CAUSES, TACTICAL_MISSTEPS, type RootCause } from './reflection';

export interface RootCauseOccurrence {
  entryId: string;
  date: string;
  rootCause: RootCause;
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** A tactical misstep as it reads after "from" or "traced to". */
export const TACTIC_PHRASES: Readonly<Record<string, string>> = {
  'trusted-advice': 'following advice from someone you trusted',
  'research-gap': 'research that missed something',
  'unvetted-direction': "a direction you didn't vet",
  overconfidence: 'thinking you knew enough',
  'moved-too-fast': 'moving too fast',
};

function sameCause(a: RootCause, b: RootCause): boolean {
  return a.kind === b.kind && (a.kind !== 'tactical' || a.tactic === b.tactic);
}

function causeName(cause: RootCause): string {
  if (cause.kind === 'tactical' && cause.tactic) {
    return `tactical misstep from ${TACTIC_PHRASES[cause.tactic] ?? TACTICAL_MISSTEPS[cause.tactic].toLowerCase()}`;
  }
  if (cause.kind === 'emotions') return "time emotions or desires you didn't honour were the root";
  return `time ${ROOT_CAUSES[cause.kind].toLowerCase()} was the root`;
}

/**
 * When the same root cause keeps coming back, say so gently: "This is the third
 * tactical misstep from moving too fast since March." Unforeseeable causes are not
 * a pattern to point out, and a first occurrence says nothing.
 */
export function describeRootCauseRecurrence(history: RootCauseOccurrence[], current: RootCauseOccurrence): string | null {
  if (current.rootCause.kind === 'unforeseeable') return null;
  const earlier = history
    .filter((item) => item.entryId !== current.entryId && item.date <= current.date && sameCause(item.rootCause, current.rootCause))
    .sort((a, b) => a.date.localeCompare(b.date));
  if (earlier.length === 0) return null;
  const count = earlier.length + 1;
  const ordinal = ORDINALS[count - 1] ?? `${count}th`;
  const first = parseISO(earlier[0]!.date);
  const since = format(first, first.getFullYear() === parseISO(current.date).getFullYear() ? 'MMMM' : 'MMMM yyyy');
  return `This is the ${ordinal} ${causeName(current.rootCause)} since ${since}. Worth a gentle look at what keeps leading there?`;
}
