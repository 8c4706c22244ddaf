import type { Entry } from '../../../shared/domain/entry';
import type { EntryFraming } from '../../../shared/domain/framing-record';
import { framedTextOf } from '../../../shared/domain/framed-text';
import { analyzeText, applyCorrections, entryFramingOf } from '../../../shared/framing';

/** Worked out after every save (in the framing worker) and kept inside the ciphertext, so the timeline needs no re-analysis. */
export function frameEntry(entry: Pick<Entry, 'body' | 'reflection' | 'corrections'>): EntryFraming | null {
  const text = framedTextOf(entry);
  if (!text.trim()) return null;
  return entryFramingOf(applyCorrections(analyzeText(text), entry.corrections));
}
