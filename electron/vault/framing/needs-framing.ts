import type { Entry } from '../../../shared/domain/entry';
import { framedTextOf } from '../../../shared/domain/framed-text';

/**
 * An entry saved without framing (a save whose framing never landed, an import by an
 * older version) or framed before key sentences were kept is framed again at open.
 * Kept apart from entry-framing.ts so the main process never loads the analyzer.
 */
export function needsFraming(entry: Pick<Entry, 'body' | 'reflection' | 'framing'>): boolean {
  return (entry.framing === null || entry.framing.key === undefined) && framedTextOf(entry).trim() !== '';
}
