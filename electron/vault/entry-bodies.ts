import type { Entry, EntrySummary } from '../../shared/domain/entry';
import { checkRecord } from '../../shared/domain/record-kinds';
import type { RecordStore } from './storage/record-store';

export const ENTRY_KIND = 'entry';

/**
 * The journal's entries in memory. A large journal opens from the list rows its
 * manifest keeps (see Journal.open): until the background read brings an entry's
 * body, its row stands in for it (`waiting`), and anyone who asks for that entry
 * by id gets it read from disk there and then, checked like any record.
 */
export class EntryBodies {
  private readonly entries = new Map<string, Entry>();
  private readonly waiting = new Map<string, EntrySummary>();

  constructor(private readonly store: RecordStore) {}

  /** Rows shown before their bodies are read. */
  expect(rows: Iterable<EntrySummary>): void {
    for (const row of rows) this.waiting.set(row.id, row);
  }

  /** Ids still waiting for their bodies once the background read is done: their files were not there or not readable. */
  takeUnread(): string[] {
    const ids = [...this.waiting.keys()];
    this.waiting.clear();
    return ids;
  }

  get size(): number {
    return this.entries.size + this.waiting.size;
  }

  /** Whether the journal holds this entry, read or not. */
  has(id: string): boolean {
    return this.entries.has(id) || this.waiting.has(id);
  }

  get(id: string): Entry | undefined {
    return this.entries.get(id) ?? (this.waiting.has(id) ? this.readNow(id) : undefined);
  }

  /** An entry only if its body is already in memory (never reads). */
  loaded(id: string): Entry | undefined {
    return this.entries.get(id);
  }

  set(entry: Entry): void {
    this.waiting.delete(entry.id);
    this.entries.set(entry.id, entry);
  }

  delete(id: string): void {
    this.waiting.delete(id);
    this.entries.delete(id);
  }

  /** Entries whose bodies are in memory (those still waiting are left out). */
  values(): IterableIterator<Entry> {
    return this.entries.values();
  }

  /**
   * Every entry with its body. Asked before the background read is done, the rest
   * are read here and now: a slower answer, never an incomplete one.
   */
  all(): IterableIterator<Entry> {
    for (const id of [...this.waiting.keys()]) this.readNow(id);
    return this.entries.values();
  }

  /** What the list and tag counts need, from rows for the entries not yet read. */
  rows(): Iterable<Entry | EntrySummary> {
    return [...this.entries.values(), ...this.waiting.values()];
  }

  clear(): void {
    this.entries.clear();
    this.waiting.clear();
  }

  private readNow(id: string): Entry | undefined {
    const record = this.store.readNow(id);
    const checked = record?.kind === ENTRY_KIND ? checkRecord(ENTRY_KIND, id, record.data) : null;
    // Left waiting when unreadable: the background read names the problem.
    if (!checked?.ok) return undefined;
    const entry = checked.data as Entry;
    this.set(entry);
    return entry;
  }
}
