import type { Adapter } from 'lowdb';
import { openRecord, sealRecord, type RecordBinding } from '../crypto/sealed-record';
import { writeFileDurably } from './durable-write';
import type { FileSystem } from './file-system';

/**
 * lowdb adapter for one sealed record file: decrypts on read, encrypts and writes
 * durably on write. Plaintext exists only in memory.
 */
export class SealedRecordAdapter<T> implements Adapter<T> {
  constructor(
    private readonly fs: FileSystem,
    private readonly path: string,
    private readonly key: Uint8Array,
    private readonly binding: RecordBinding,
  ) {}

  async read(): Promise<T | null> {
    let bytes: Uint8Array;
    try {
      bytes = await this.fs.readFile(this.path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    return openRecord<T>(this.key, bytes, this.binding).data;
  }

  async write(data: T): Promise<void> {
    await writeFileDurably(this.fs, this.path, sealRecord(this.key, this.binding, data));
  }
}
