import { dirname, join } from 'node:path';
import { Low } from 'lowdb';
import { isVaultError, VaultError } from '../errors';
import { openRecord, type RecordBinding } from '../crypto/sealed-record';
import { ensureFolderDurably, isLeftoverTempFile, isStaleTempFile } from './durable-write';
import type { FileSystem } from './file-system';
import {
  damagedRecordPath,
  idFromPreviousFileName,
  idFromRecordFileName,
  previousRecordPath,
  recordFolder,
  recordPath,
  RECORDS_FOLDER,
} from './record-paths';
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
  /** True when the version saved before the damaged one was opened instead. */
  recoveredFromPrevious?: boolean;
}

/**
 * Records are read synchronously in small batches, yielding between batches:
 * for thousands of small files that is several times faster than one promise per
 * file, and no batch holds the main process for more than a few milliseconds.
 */
const OPEN_BATCH = 200;

interface FoundFiles {
  current: boolean;
  previous: boolean;
}

/**
 * The journal's records, one sealed file each, so saving one entry writes one
 * small file whatever the size of the journal. Each save keeps the version before
 * it as `<id>.bfr.prev`, the last good copy a damaged file falls back to.
 */
export class RecordStore {
  private readonly knownFolders = new Set<string>();
  /**
   * Records whose current file was found damaged at open. Their next save sets the
   * damaged file aside as `.damaged` instead of rotating it into `.prev`, which
   * would overwrite the good copy with the bad one.
   */
  private readonly damagedCurrent = new Set<string>();

  constructor(
    private readonly fs: FileSystem,
    private readonly journalDir: string,
    private readonly key: Uint8Array,
  ) {}

  /** A lowdb document over one record. */
  document<T>(binding: RecordBinding): Low<T | null> {
    const keepOldAs = this.damagedCurrent.has(binding.id)
      ? damagedRecordPath(this.journalDir, binding.id)
      : previousRecordPath(this.journalDir, binding.id);
    return new Low<T | null>(new SealedRecordAdapter<T | null>(this.fs, recordPath(this.journalDir, binding.id), this.key, binding, keepOldAs), null);
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
    this.damagedCurrent.delete(binding.id);
  }

  /**
   * Deletes a record for good, with its previous and set-aside copies. Those go
   * first: a crash midway must never leave a `.prev` without its record, which
   * opening would take for a lost file and bring back.
   */
  async remove(id: string): Promise<void> {
    const path = recordPath(this.journalDir, id);
    for (const file of [previousRecordPath(this.journalDir, id), damagedRecordPath(this.journalDir, id), path]) {
      try {
        await this.fs.unlink(file);
      } catch (error) {
        if (!isMissing(error)) throw error;
      }
    }
    try {
      await this.fs.fsyncDirectory(dirname(path));
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
    this.damagedCurrent.delete(id);
  }

  /**
   * Reads and opens every record. A damaged record is reported, not fatal: the
   * rest of the journal still opens, and where the record has a good previous
   * copy that copy is used. Nothing found damaged is deleted or rewritten here.
   */
  async loadAll(): Promise<{ records: LoadedRecord[]; damaged: DamagedRecord[] }> {
    await this.sweepLeftovers(this.journalDir);
    const files = [...(await this.listRecordFiles()).entries()];
    const records: LoadedRecord[] = [];
    const damaged: DamagedRecord[] = [];
    for (let start = 0; start < files.length; start += OPEN_BATCH) {
      for (const [id, found] of files.slice(start, start + OPEN_BATCH)) {
        const outcome = this.loadOne(id, found);
        if (outcome.record) records.push(outcome.record);
        if (outcome.damage) damaged.push(outcome.damage);
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    return { records, damaged };
  }

  private loadOne(id: string, found: FoundFiles): { record?: LoadedRecord; damage?: DamagedRecord } {
    const file = recordPath(this.journalDir, id);
    let problem = `The record ${id} is missing.`;
    if (found.current) {
      try {
        return { record: this.openFile(file, id) };
      } catch (error) {
        if (!isMissing(error)) {
          problem = describeProblem(error, id);
          this.damagedCurrent.add(id);
        } else if (!found.previous) {
          return {}; // deleted between listing and reading (a purge): nothing to report
        }
      }
    }
    if (!found.previous) return { damage: { id, file, reason: problem, recoveredFromPrevious: false } };
    try {
      const record = this.openFile(previousRecordPath(this.journalDir, id), id);
      return { record, damage: { id, file, reason: `${problem} The version saved before it was opened instead.`, recoveredFromPrevious: true } };
    } catch {
      return { damage: { id, file, reason: `${problem} The version saved before it is damaged too.`, recoveredFromPrevious: false } };
    }
  }

  private openFile(path: string, id: string): LoadedRecord {
    const opened = openRecord<unknown>(this.key, this.fs.readFileSync(path), { id });
    return { id, kind: opened.kind, data: opened.data };
  }

  /** Every record id with a current or previous file in the folder its id belongs in; stray names are left alone. */
  private async listRecordFiles(): Promise<Map<string, FoundFiles>> {
    const found = new Map<string, FoundFiles>();
    const root = join(this.journalDir, RECORDS_FOLDER);
    if (!(await this.fs.exists(root))) return found;
    for (const folder of await this.fs.readdir(root)) {
      const folderPath = join(root, folder);
      let names: string[];
      try {
        names = await this.fs.readdir(folderPath);
      } catch (error) {
        // A stray file among the folders is not the journal's; it must not stop the journal opening.
        if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') continue;
        throw new VaultError('DAMAGED', `The journal folder ${RECORDS_FOLDER}/${folder} could not be read.`, { cause: error });
      }
      this.knownFolders.add(folderPath);
      for (const name of names) {
        if (isLeftoverTempFile(name)) {
          if (isStaleTempFile(name)) await this.fs.unlink(join(folderPath, name)).catch(() => undefined);
          continue;
        }
        const currentId = idFromRecordFileName(name);
        const id = currentId ?? idFromPreviousFileName(name);
        if (!id || recordFolder(this.journalDir, id) !== folderPath) continue;
        const entry = found.get(id) ?? { current: false, previous: false };
        if (currentId) entry.current = true;
        else entry.previous = true;
        found.set(id, entry);
      }
    }
    return found;
  }

  /** Temp files left by a crash mid-write hold no acknowledged data; only stale ones go (see isStaleTempFile). */
  private async sweepLeftovers(folder: string): Promise<void> {
    let names: string[];
    try {
      names = await this.fs.readdir(folder);
    } catch {
      return;
    }
    for (const name of names) {
      if (isStaleTempFile(name)) await this.fs.unlink(join(folder, name)).catch(() => undefined);
    }
  }
}

function isMissing(error: unknown): boolean {
  return !isVaultError(error) && (error as NodeJS.ErrnoException).code === 'ENOENT';
}

function describeProblem(error: unknown, id: string): string {
  return isVaultError(error) ? error.message : `The record ${id} could not be read from disk.`;
}
