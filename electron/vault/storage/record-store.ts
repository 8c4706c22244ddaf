import { join } from 'node:path';
import { Low } from 'lowdb';
import { isVaultError } from '../errors';
import { openRecord, type RecordBinding } from '../crypto/sealed-record';
import { ensureFolderDurably, isLeftoverTempFile, removeFileDurably } from './durable-write';
import type { FileSystem } from './file-system';
import { idFromRecordFileName, recordFolder, recordPath, RECORDS_FOLDER } from './record-paths';
import { SealedRecordAdapter } from './sealed-record-adapter';

export interface LoadedRecord {
  id: string;
  kind: string;
  data: unknown;
}

export interface DamagedRecord {
  id: string;
  file: string;
  reason: string;
}

/**
 * Records are read synchronously in small batches, yielding between batches:
 * for thousands of small files that is several times faster than one promise per
 * file, and no batch holds the main process for more than a few milliseconds.
 */
const OPEN_BATCH = 200;

/**
 * The journal's records, one sealed file each, so saving one entry writes one
 * small file whatever the size of the journal.
 */
export class RecordStore {
  private readonly knownFolders = new Set<string>();

  constructor(
    private readonly fs: FileSystem,
    private readonly journalDir: string,
    private readonly key: Uint8Array,
  ) {}

  /** A lowdb document over one record. */
  document<T>(binding: RecordBinding): Low<T | null> {
    return new Low<T | null>(new SealedRecordAdapter<T | null>(this.fs, recordPath(this.journalDir, binding.id), this.key, binding), null);
  }

  async write<T>(binding: RecordBinding, data: T): Promise<void> {
    const folder = recordFolder(this.journalDir, binding.id);
    if (!this.knownFolders.has(folder)) {
      await ensureFolderDurably(this.fs, join(this.journalDir, RECORDS_FOLDER));
      await ensureFolderDurably(this.fs, folder);
      this.knownFolders.add(folder);
    }
    const document = this.document<T>(binding);
    document.data = data;
    await document.write();
  }

  async remove(id: string): Promise<void> {
    try {
      await removeFileDurably(this.fs, recordPath(this.journalDir, id));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }

  /**
   * Reads and opens every record. A damaged record is reported, not fatal: the
   * rest of the journal still opens.
   */
  async loadAll(): Promise<{ records: LoadedRecord[]; damaged: DamagedRecord[] }> {
    const files = await this.listRecordFiles();
    const records: LoadedRecord[] = [];
    const damaged: DamagedRecord[] = [];
    for (let start = 0; start < files.length; start += OPEN_BATCH) {
      for (const { id, path } of files.slice(start, start + OPEN_BATCH)) {
        try {
          const opened = openRecord<unknown>(this.key, this.fs.readFileSync(path), { id });
          records.push({ id, kind: opened.kind, data: opened.data });
        } catch (error) {
          if (!isVaultError(error) && (error as NodeJS.ErrnoException).code === 'ENOENT') continue;
          damaged.push({ id, file: path, reason: isVaultError(error) ? error.message : 'It could not be read from disk.' });
        }
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    return { records, damaged };
  }

  private async listRecordFiles(): Promise<{ id: string; path: string }[]> {
    const root = join(this.journalDir, RECORDS_FOLDER);
    if (!(await this.fs.exists(root))) return [];
    const files: { id: string; path: string }[] = [];
    for (const folder of await this.fs.readdir(root)) {
      const folderPath = join(root, folder);
      this.knownFolders.add(folderPath);
      for (const name of await this.fs.readdir(folderPath)) {
        if (isLeftoverTempFile(name)) {
          await this.fs.unlink(join(folderPath, name)).catch(() => undefined);
          continue;
        }
        const id = idFromRecordFileName(name);
        if (id) files.push({ id, path: join(folderPath, name) });
      }
    }
    return files;
  }
}
