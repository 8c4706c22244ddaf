import { diskError, VaultError } from '../errors';
import type { EarlierVersions } from '../earlier-versions';
import type { RecordStore } from '../storage/record-store';
import type { Trashable, TrashClock } from '../trash-clock';
import type { WriteQueue } from '../write-queue';

export interface KeptItem extends Trashable {
  updatedAt: string;
}

/** What every collection shares with the journal: one store, one write queue, one trash clock. */
export interface Keeping {
  store: RecordStore;
  writes: WriteQueue;
  trashClock: TrashClock;
  earlier: EarlierVersions;
  now: () => Date;
}

export interface KeptRecordsOptions<T> {
  kind: string;
  /** "win", "small step": how errors name one. */
  noun: string;
  /** What the manifest (and so a damage notice) names the record by. */
  titleOf: (item: T) => string;
  /** Told after each save, and on removal, so the search index follows. */
  stored?: (item: T) => void;
  removed?: (id: string) => void;
}

/** What the journal needs of every collection alike, whatever it holds. */
export interface KeptCollection {
  readonly kind: string;
  /** Data that already passed the record-kind check at open. */
  addChecked(data: unknown): void;
  values(): Iterable<KeptItem>;
  titleOf(id: string): string | undefined;
  removeWithVersions(id: string): Promise<void>;
  clear(): void;
}

/**
 * One kind of record the person writes, beside entries: held decrypted in memory
 * while unlocked, saved through the journal's write queue and manifest (so sealed,
 * padded and acknowledged like an entry), trashed before it is ever deleted, and
 * purged only on this journal's own trash clock.
 */
export class KeptRecords<T extends KeptItem> implements KeptCollection {
  private readonly items = new Map<string, T>();

  constructor(
    private readonly keeping: Keeping,
    private readonly options: KeptRecordsOptions<T>,
  ) {}

  get kind(): string {
    return this.options.kind;
  }

  addChecked(data: unknown): void {
    const item = data as T;
    this.items.set(item.id, item);
    this.options.stored?.(item);
  }

  titleOf(id: string): string | undefined {
    const item = this.items.get(id);
    return item ? this.options.titleOf(item) : undefined;
  }

  find(id: string): T | undefined {
    return this.items.get(id);
  }

  get(id: string): T {
    const item = this.items.get(id);
    if (!item) throw new VaultError('NOT_FOUND', `That ${this.options.noun} no longer exists.`);
    return item;
  }

  /** For editing: a trashed record is read-only until restored. */
  getLive(id: string): T {
    const item = this.get(id);
    if (item.deletedAt) throw new VaultError('NOT_FOUND', `That ${this.options.noun} is in the trash. Restore it to change it.`);
    return item;
  }

  values(): IterableIterator<T> {
    return this.items.values();
  }

  live(): T[] {
    return [...this.items.values()].filter((item) => !item.deletedAt);
  }

  trashed(): T[] {
    return [...this.items.values()].filter((item) => item.deletedAt);
  }

  get size(): number {
    return this.items.size;
  }

  /** Memory changes only once the disk has the new bytes. */
  async put(item: T, whatWasKept: string, meta: { trashedHere?: string | null } = {}): Promise<T> {
    await this.keeping.writes.run(item.id, async () => {
      try {
        await this.keeping.store.write({ id: item.id, kind: this.options.kind }, item, { title: this.options.titleOf(item), ...meta });
      } catch (error) {
        throw diskError(error, whatWasKept);
      }
      this.items.set(item.id, item);
      this.options.stored?.(item);
    });
    return item;
  }

  async trash(id: string): Promise<T> {
    const item = this.get(id);
    if (item.deletedAt) return item;
    const stamp = this.keeping.now().toISOString();
    const trashed = await this.put({ ...item, deletedAt: stamp }, `The ${this.options.noun} was not moved to the trash.`, { trashedHere: stamp });
    this.keeping.trashClock.started(id, stamp);
    return trashed;
  }

  async restore(id: string): Promise<T> {
    const item = this.get(id);
    if (!item.deletedAt) return item;
    const restored = { ...item, deletedAt: null, updatedAt: this.keeping.now().toISOString() };
    await this.put(restored, `The ${this.options.noun} is still in the trash.`, { trashedHere: null });
    this.keeping.trashClock.stopped(id);
    return restored;
  }

  /** Only from the trash, so nothing vanishes in one click. */
  async purge(id: string): Promise<void> {
    const item = this.get(id);
    if (!item.deletedAt) throw new VaultError('INVALID_REQUEST', `Only a ${this.options.noun} in the trash can be deleted for good.`);
    await this.keeping.writes.run(id, async () => {
      try {
        await this.removeWithVersions(id);
      } catch (error) {
        throw diskError(error, `The ${this.options.noun} is still in the trash.`);
      }
    });
  }

  /** Deletes the record and its earlier versions (those first, so none is left without it); memory follows the disk. */
  async removeWithVersions(id: string): Promise<void> {
    for (const versionId of this.keeping.earlier.idsOf(id)) await this.keeping.store.remove(versionId);
    this.keeping.earlier.forgetRecord(id);
    await this.keeping.store.remove(id);
    this.items.delete(id);
    this.keeping.trashClock.stopped(id);
    this.options.removed?.(id);
  }

  clear(): void {
    this.items.clear();
  }
}
