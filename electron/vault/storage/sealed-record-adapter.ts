import type { Adapter } from 'lowdb';
import { VaultError } from '../errors';
import { sealRecord, type RecordBinding } from '../crypto/sealed-record';
import { replaceFileKeeping, writeFileDurably } from './durable-write';
import type { FileSystem } from './file-system';
import { readWithLastGoodCopy } from './last-good-copy';
import { PREVIOUS_SUFFIX } from './record-paths';

/**
 * lowdb adapter for one sealed record file: decrypts on read, encrypts and writes
 * durably on write, keeping the version it replaces. Plaintext exists only in memory.
 */
export class SealedRecordAdapter<T> implements Adapter<T> {
  constructor(
    private readonly fs: FileSystem,
    private readonly path: string,
    private readonly key: Uint8Array,
    private readonly binding: RecordBinding,
    /**
     * Where the replaced version goes: normally `.prev`, the last good copy; null
     * replaces it in place and leaves the last good copy as it is (for adding what
     * was worked out about the same words, like their framing).
     */
    private readonly keepOldAs: string | null = `${path}${PREVIOUS_SUFFIX}`,
    /** The record's save counter for this write, and who to tell once it is on disk (the manifest). */
    private readonly saves: { nextVersion(): number; saved(version: number): Promise<void> } = { nextVersion: () => 0, saved: async () => undefined },
  ) {}

  /** The record, or its previous version when the current file is missing or damaged (see last-good-copy.ts). */
  async read(): Promise<T | null> {
    const read = readWithLastGoodCopy<T>(this.fs, this.key, this.path, this.binding);
    if (read.kind === 'opened') return read.record.data;
    if (read.kind === 'missing') return null;
    throw new VaultError('DAMAGED', read.problem);
  }

  async write(data: T): Promise<void> {
    const version = this.saves.nextVersion();
    const sealed = sealRecord(this.key, this.binding, data, version);
    if (this.keepOldAs === null) await writeFileDurably(this.fs, this.path, sealed);
    else await replaceFileKeeping(this.fs, this.path, sealed, this.keepOldAs);
    await this.saves.saved(version);
  }
}
