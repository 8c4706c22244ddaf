import type { Entry, EntryDraftInput } from '../../../../shared/domain/entry';
import { DraftSaver, type SaveState } from '../../lib/draftSaver';

export type { SaveState };

/** Everything a save sends except the id, which the saver adds once it has one. */
export type DraftFields = Omit<EntryDraftInput, 'id'>;

export interface AutosaverOptions {
  id: string | null;
  delayMs: number;
  read: () => DraftFields;
  save: (draft: EntryDraftInput) => Promise<Entry>;
  onState: (state: SaveState) => void;
  onSaved: (entry: Entry) => void;
  /** Whether a new, never-saved draft holds nothing worth keeping; pages are blank without title, text or tags. */
  isBlank?: (fields: DraftFields) => boolean;
}

export function isBlank(fields: Pick<DraftFields, 'title' | 'body' | 'tags'>): boolean {
  return !fields.title.trim() && !fields.body.trim() && fields.tags.length === 0;
}

/** The entry editor's saver: a page with no title, text or tags is not worth keeping. */
export class Autosaver extends DraftSaver<DraftFields, Entry> {
  constructor(options: AutosaverOptions) {
    super({ ...options, isBlank: options.isBlank ?? isBlank });
  }
}
