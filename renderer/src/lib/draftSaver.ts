import { messageOf } from '../api';

export type SaveState =
  | { kind: 'clean' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'failed'; message: string };

export interface DraftSaverOptions<Fields extends object, Saved extends { id: string }> {
  id: string | null;
  delayMs: number;
  /** What a save sends, read when the save starts so it has every change up to then. */
  read: () => Fields;
  save: (draft: Fields & { id?: string }) => Promise<Saved>;
  onState: (state: SaveState) => void;
  onSaved: (saved: Saved) => void;
  /** Whether a never-saved draft holds nothing worth keeping. */
  isBlank: (fields: Fields) => boolean;
}

/**
 * Debounced, serialised saving for one record (an entry, a win): saves never
 * overlap, because the first save of a new record returns the id every later save
 * needs; a failure keeps the change marked unsaved; nothing here touches the words
 * on screen.
 */
export class DraftSaver<Fields extends object, Saved extends { id: string }> {
  private timer: number | undefined;
  private running: Promise<boolean> | null = null;
  private dirty = false;
  private failed = false;
  private savedId: string | null;

  constructor(private readonly options: DraftSaverOptions<Fields, Saved>) {
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
    // While a failure is on screen it stays there until a save succeeds.
    if (!this.running && !this.failed) this.options.onState({ kind: 'dirty' });
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.saveOnce(), this.options.delayMs);
  }

  /** Saves everything now, after any save in flight. True when all of it is on disk. */
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
    if (!this.savedId && this.options.isBlank(fields)) {
      this.dirty = false;
      this.failed = false;
      this.options.onState({ kind: 'clean' });
      return true;
    }

    this.dirty = false;
    this.options.onState({ kind: 'saving' });
    const draft: Fields & { id?: string } = this.savedId ? { ...fields, id: this.savedId } : { ...fields };
    const run = (async () => {
      await null; // lets `this.running` be set first, even if save throws at once
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
