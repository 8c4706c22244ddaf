import type { Entry } from '../../shared/domain/entry';
import { sameFramedWords } from '../../shared/domain/framed-text';
import { summaryOfEntry } from '../../shared/domain/list-order';
import { ENTRY_KIND } from './entry-bodies';
import type { EntryFramer } from './framing/entry-framer';
import { needsFraming } from './framing/needs-framing';
import type { RecordStore } from './storage/record-store';
import type { WriteQueue } from './write-queue';

/** What the manifest keeps of a saved entry: its title (to name it if lost) and its list row, from the same save. */
export function entryMeta(entry: Entry, extra: { trashedHere?: string | null } = {}): { title: string; summary: unknown; trashedHere?: string | null } {
  return { title: entry.title, summary: summaryOfEntry(entry), ...extra };
}

interface FramingHome {
  framer: EntryFramer;
  store: RecordStore;
  writes: WriteQueue;
  /** The entry as the journal holds it now. */
  current(id: string): Entry | undefined;
  /** The framed entry is on disk: hold it and list it. */
  remember(entry: Entry): void;
  onFramed(id: string): void;
}

/**
 * Framing worked out after a save, off its path: the worker frames the words,
 * and the result is saved durably as its own small save.
 */
export class FramingSaves {
  /** Framing being worked out in the worker and then saved; a lock waits for them. */
  private readonly jobs = new Set<Promise<unknown>>();

  constructor(private readonly home: FramingHome) {}

  /**
   * Retitling, re-dating or re-tagging an entry keeps the framing it had. When the
   * words changed, the save goes to disk without framing (never with framing of
   * words no longer there) and the worker's result is saved after it.
   */
  keeping(entry: Entry): Entry {
    const before = this.home.current(entry.id);
    const unchanged = before !== undefined && sameFramedWords(before, entry);
    return { ...entry, framing: unchanged ? before.framing : null };
  }

  /**
   * Frames an entry in the worker, then saves the result durably, unless the
   * entry's words changed meanwhile (that later save frames itself). A failure
   * loses nothing: the entry stays unframed and is framed again at the next unlock.
   */
  later(entry: Entry): void {
    const { home } = this;
    const job = home.framer.frame(entry).then(
      (framing) =>
        home.writes.run(entry.id, async () => {
          const current = home.current(entry.id);
          if (!current || framing === null || !sameFramedWords(current, entry) || !needsFraming(current)) return;
          const framed = { ...current, framing };
          // The same words, now with their framing: the last good copy stays the version before them.
          await home.store.write({ id: framed.id, kind: ENTRY_KIND }, framed, entryMeta(framed), { keepPrevious: false });
          if (home.current(entry.id) === current) home.remember(framed);
          home.onFramed(entry.id);
        }),
      () => undefined,
    );
    const tracked = job.catch(() => undefined).finally(() => this.jobs.delete(tracked));
    this.jobs.add(tracked);
  }

  /** Resolves when every framing under way has been saved or given up. */
  async idle(): Promise<void> {
    await Promise.allSettled([...this.jobs]);
  }
}
