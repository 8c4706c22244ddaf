import type { Low } from 'lowdb';
import type { z } from 'zod';
import type { LoadedRecord, RecordStore } from './storage/record-store';

/**
 * One of the journal's single documents (its settings, the automatic-backup
 * settings): a lowdb document under an id derived from the data key, so the
 * folder names neither. Saved through the journal's write queue like an entry.
 */
export class SingletonDocument<T> {
  private constructor(
    readonly id: string,
    private readonly document: Low<T | null>,
    private current: T,
  ) {}

  /**
   * Reads the document through the one last-good-copy path. When there is none
   * under this key's id, a copy under another id is adopted and moved: the plain
   * id older versions used ('settings', 'auto-backup'), or the id a journal
   * restored under a new key had before. The old record goes only once the new
   * one is saved; a crash between leaves both, and this key's one wins.
   */
  static async open<T>(store: RecordStore, kind: string, schema: z.ZodType<T>, fallback: T, loaded: readonly LoadedRecord[]): Promise<SingletonDocument<T>> {
    const id = store.opaqueId(kind);
    const document = store.document<T>({ id, kind });
    const parse = (data: unknown): T | null => {
      const parsed = schema.safeParse(data);
      return parsed.success ? parsed.data : null;
    };
    let value: T | null = null;
    try {
      await document.read();
      value = parse(document.data);
    } catch {
      // Damaged beyond its last good copy: already reported by the open; the defaults stand in.
    }
    const others = loaded.filter((record) => record.kind === kind && record.id !== id).sort((a) => (a.id === kind ? -1 : 1));
    if (value === null && others[0]) {
      value = parse(others[0].data);
      if (value !== null) {
        try {
          await store.ensureFolder(id);
          document.data = value;
          await document.write();
        } catch {
          // Tried again at the next unlock; the adopted copy is used meanwhile.
        }
      }
    }
    const saved = await document.read().then(
      () => document.data !== null,
      () => false,
    );
    if (value !== null && saved) for (const other of others) await store.remove(other.id).catch(() => undefined);
    return new SingletonDocument(id, document, value ?? fallback);
  }

  get value(): T {
    return this.current;
  }

  /** Saves the new value; memory changes only once the disk has it. */
  async save(next: T, store: RecordStore): Promise<void> {
    await store.ensureFolder(this.id);
    this.document.data = next;
    await this.document.write();
    this.current = next;
  }
}
