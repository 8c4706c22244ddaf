import type { Entry } from './entry';

/**
 * The one definition of the words an entry's framing is read from: the page
 * itself, or for a reflection the answers where the person describes the failure
 * and themselves. The stored framing, the window's live framing panel, the list
 * marks and the timeline all read these same words.
 */
export function framedTextOf(entry: Pick<Entry, 'body' | 'reflection'>): string {
  const reflection = entry.reflection;
  if (!reflection) return entry.body;
  return [entry.body, reflection.whatHappened, reflection.learned, reflection.carryForward, reflection.setFree, reflection.toAFriend]
    .filter((part) => part.trim())
    .join('\n\n');
}

/** The same words to frame, with the same corrections: the framing worked out for one still holds for the other. */
export function sameFramedWords(a: Pick<Entry, 'body' | 'reflection' | 'corrections'>, b: Pick<Entry, 'body' | 'reflection' | 'corrections'>): boolean {
  return framedTextOf(a) === framedTextOf(b) && JSON.stringify(a.corrections) === JSON.stringify(b.corrections);
}
