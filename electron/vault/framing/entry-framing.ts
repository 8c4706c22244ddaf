import type { Entry } from '../../../shared/domain/entry';
import type { EntryFraming } from '../../../shared/domain/framing-record';
import { analyzeText, applyCorrections, entryFramingOf } from '../../../shared/framing';

/**
 * The text whose framing an entry carries: the page itself, or for a reflection
 * the answers where the person describes the failure and themselves.
 */
export function framedTextOf(entry: Pick<Entry, 'body' | 'reflection'>): string {
  const reflection = entry.reflection;
  if (!reflection) return entry.body;
  return [entry.body, reflection.whatHappened, reflection.learned, reflection.carryForward, reflection.setFree, reflection.toAFriend]
    .filter((part) => part.trim())
    .join('\n\n');
}

/** Worked out on every save and kept inside the ciphertext, so the timeline needs no re-analysis. */
export function frameEntry(entry: Pick<Entry, 'body' | 'reflection' | 'corrections'>): EntryFraming | null {
  const text = framedTextOf(entry);
  if (!text.trim()) return null;
  return entryFramingOf(applyCorrections(analyzeText(text), entry.corrections));
}
