import type { Adapter } from 'lowdb';
import { isVaultError } from '../errors';
import { openRecord, sealRecord, type RecordBinding } from '../crypto/sealed-record';
import { replaceFileKeeping, writeFileDurably } from './durable-write';
import type { FileSystem } from './file-system';
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
    /** The save counter written into the sealed record, which the manifest checks at open. */
    private readonly version = 0,
  ) {}

  /** The record, or its previous version when the current file is missing or damaged. */
  async read(): Promise<T | null> {
    try {
      return await this.open(this.path);
    } catch (error) {
      if (!isVaultError(error) && (error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      const previous = await this.open(`${this.path}${PREVIOUS_SUFFIX}`).catch(() => undefined);
      if (previous !== undefined) return previous;
      if (isVaultError(error)) throw error;
      return null;
    }
  }

  async write(data: T): Promise<void> {
    const sealed = sealRecord(this.key, this.binding, data, this.version);
    if (this.keepOldAs === null) await writeFileDurably(this.fs, this.path, sealed);
    else await replaceFileKeeping(this.fs, this.path, sealed, this.keepOldAs);
  }

  private async open(path: string): Promise<T> {
    return openRecord<T>(this.key, await this.fs.readFile(path), this.binding).data;
  }
}
