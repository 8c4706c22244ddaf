import type { Entry, EntryDraftInput } from '../../../../shared/domain/entry';
import { messageOf } from '../../api';

/** Everything a save sends except the id, which the saver adds once it has one. */
export type DraftFields = Omit<EntryDraftInput, 'id'>;

export type SaveState =
  | { kind: 'clean' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'failed'; message: string };

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

/**
 * Debounced, serialised saving for one entry. Saves never overlap (the first save
 * of a new entry returns the id every later save needs), a failure keeps the
 * change marked unsaved, and nothing here ever touches the text on screen.
 */
export class Autosaver {
  private timer: number | undefined;
  private running: Promise<boolean> | null = null;
  private dirty = false;
  private failed = false;
  private savedId: string | null;

  constructor(private readonly options: AutosaverOptions) {
    this.savedId = options.id;
  }

  get id(): string | null {
    return this.savedId;
  }

  get hasUnsaved(): boolean {
    return this.dirty || this.running !== null;
  }

  /** Something changed: save once typing pauses. */
  changed(): void {
    this.dirty = true;
    // While a failure is on screen, keep it there until a save succeeds.
    if (!this.running && !this.failed) this.options.onState({ kind: 'dirty' });
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.saveOnce(), this.options.delayMs);
  }

  /** Save everything now, waiting for any save in flight. True when it is all on disk. */
  async flush(): Promise<boolean> {
    window.clearTimeout(this.timer);
    this.timer = undefined;
    for (;;) {
      while (this.running) await this.running;
      if (!this.dirty) return !this.failed;
      if (!(await this.saveOnce())) return false;
    }
  }

  private async saveOnce(): Promise<boolean> {
    while (this.running) await this.running;
    if (!this.dirty) return !this.failed;

    const fields = this.options.read();
    if (!this.savedId && (this.options.isBlank ?? isBlank)(fields)) {
      // A new entry nobody wrote in yet: nothing worth keeping, nothing to save.
      this.dirty = false;
      this.failed = false;
      this.options.onState({ kind: 'clean' });
      return true;
    }

    this.dirty = false;
    this.options.onState({ kind: 'saving' });
    const draft: EntryDraftInput = this.savedId ? { ...fields, id: this.savedId } : fields;
    const run = (async () => {
      await null; // run after `this.running` is set, even if save throws at once
      try {
        const saved = await this.options.save(draft);
        this.savedId = saved.id;
        this.failed = false;
        this.options.onSaved(saved);
        this.options.onState(this.dirty ? { kind: 'dirty' } : { kind: 'saved' });
        return true;
      } catch (error) {
        this.dirty = true;
        this.failed = true;
        this.options.onState({ kind: 'failed', message: messageOf(error) });
        return false;
      } finally {
        this.running = null;
      }
    })();
    this.running = run;
    return run;
  }

  dispose(): void {
    window.clearTimeout(this.timer);
  }
}
