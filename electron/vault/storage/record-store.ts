import { dirname, join } from 'node:path';
import { Low } from 'lowdb';
import { recordIdFor } from '../crypto/data-key';
import { isVaultError } from '../errors';
import { readPlaintext, type RecordBinding } from '../crypto/sealed-record';
import { ensureFolderDurably } from './durable-write';
import { nodeFileSystem, type FileSystem } from './file-system';
import { damagedRecordPath, previousRecordPath, recordFolder, recordPath, RECORDS_FOLDER } from './record-paths';
import { readWithLastGoodCopy } from './last-good-copy';
import { listRecordFiles, sweepLeftovers } from './record-files';
import { Manifest, MANIFEST_FILE, type ManifestRead, type ManifestRecord } from './manifest';
import { openInParallel, PARALLEL_FROM } from './parallel-open';
import { storedProblem } from './stored-problem';
import { SealedRecordAdapter } from './sealed-record-adapter';

export interface LoadedRecord {
  id: string;
  kind: string;
  data: unknown;
  /** The record's save counter, as found in the file that was opened. */
  version: number;
  /**
   * True when the record's own current file opened and is not older than the last
   * acknowledged save. Anything else (a last good copy, a rolled-back file) is kept
   * and shown, but nothing automatic, like purging the trash, may act on it.
   */
  clean: boolean;
}

export interface DamagedRecord {
  id: string;
  file: string;
  reason: string;
  /** True when the version saved before the damaged one was opened instead. */
  recoveredFromPrevious?: boolean;
  problem: 'damaged' | 'missing' | 'older';
  kind?: string;
  title?: string;
  foundAt?: string;
}

export interface LoadedJournal {
  records: LoadedRecord[];
  /** Problems found now, and those found earlier that the person has not dismissed. */
  damaged: DamagedRecord[];
  /** What the manifest knows of each record: its title, and when the person trashed it here. */
  manifest: ReadonlyMap<string, ManifestRecord>;
}

/**
 * Records are read synchronously in small batches, yielding between batches:
 * for thousands of small files that is several times faster than one promise per
 * file, and no batch holds the main process for more than a few milliseconds.
 */
const OPEN_BATCH = 200;
/** A legacy journal, or one far behind its manifest, gets one new snapshot instead of thousands of frames. */
const FRAMES_BEFORE_SNAPSHOT = 64;
export const MANIFEST_PROBLEM_ID = 'manifest';

/**
 * The journal's records, one sealed file each, so saving one entry writes one
 * small file whatever the size of the journal. Each save keeps the version before
 * it as `<id>.bfr.prev`, the last good copy a damaged file falls back to, and is
 * acknowledged in the sealed manifest (see manifest.ts), which is how a deleted
 * or rolled-back file is noticed.
 */
export class RecordStore {
  private readonly knownFolders = new Set<string>();
  /**
   * Records whose current file was found damaged at open. Their next save sets the
   * damaged file aside as `.damaged` instead of rotating it into `.prev`, which
   * would overwrite the good copy with the bad one.
   */
  private readonly damagedCurrent = new Set<string>();
  /** The highest save counter seen or acknowledged per record: the next save writes one more. */
  private readonly versions = new Map<string, number>();
  private readonly manifest: Manifest;
  private manifestRead: Promise<ManifestRead> | null = null;

  constructor(
    private readonly fs: FileSystem,
    private readonly journalDir: string,
    private readonly key: Uint8Array,
  ) {
    this.manifest = new Manifest(fs, journalDir, key);
  }

  /**
   * A record id for one of the journal's own singletons (its settings, say) that
   * looks like any entry's: derived from the data key, so only the key holder can
   * tell which file it is.
   */
  opaqueId(label: string): string {
    return recordIdFor(this.key, label);
  }

  /**
   * A lowdb document over one record: its reads go through the one last-good-copy
   * path, and each write is counted and acknowledged in the manifest like any save.
   */
  document<T>(binding: RecordBinding, options: { keepPrevious?: boolean; meta?: { title?: string; trashedHere?: string | null } } = {}): Low<T | null> {
    const keepOldAs = this.damagedCurrent.has(binding.id)
      ? damagedRecordPath(this.journalDir, binding.id)
      : options.keepPrevious === false
        ? null
        : previousRecordPath(this.journalDir, binding.id);
    const saves = {
      nextVersion: () => this.nextVersion(binding.id),
      saved: async (version: number) => {
        this.versions.set(binding.id, version);
        this.damagedCurrent.delete(binding.id);
        // The record is saved either way: a manifest that missed this frame is caught up
        // by the next snapshot or open, and every way it can lag errs toward keeping
        // (a trash clock that starts later, a newer record acknowledged at open).
        await this.manifest.recordSaved(binding.id, binding.kind, version, options.meta).catch(() => undefined);
      },
    };
    return new Low<T | null>(new SealedRecordAdapter<T | null>(this.fs, recordPath(this.journalDir, binding.id), this.key, binding, keepOldAs, saves), null);
  }

  /**
   * Saves a record durably, then acknowledges it in the manifest; only then is the
   * save complete. A crash between the two leaves a record newer than the manifest,
   * which the next open simply acknowledges. With keepPrevious false the last
   * good copy stays the version before (used when only derived data is added).
   */
  async write<T>(binding: RecordBinding, data: T, meta: { title?: string; trashedHere?: string | null } = {}, how: { keepPrevious: boolean } = { keepPrevious: true }): Promise<void> {
    await this.readManifest();
    await this.ensureFolder(binding.id);
    const document = this.document<T>(binding, { keepPrevious: how.keepPrevious, meta });
    document.data = data;
    await document.write();
  }

  /** A record's folder exists and is durable before its first file goes in. */
  async ensureFolder(id: string): Promise<void> {
    const folder = recordFolder(this.journalDir, id);
    if (this.knownFolders.has(folder)) return;
    await ensureFolderDurably(this.fs, join(this.journalDir, RECORDS_FOLDER));
    await ensureFolderDurably(this.fs, folder);
    this.knownFolders.add(folder);
  }

  /** Changes what the manifest says of a record without rewriting it (when it was found in the trash, say). */
  async note(id: string, kind: string, meta: { title?: string; trashedHere?: string | null }): Promise<void> {
    await this.readManifest();
    await this.manifest.recordSaved(id, kind, this.versions.get(id) ?? this.manifest.records.get(id)?.version ?? 0, meta);
  }

  /**
   * Deletes a record for good, with its previous and set-aside copies. The manifest
   * hears first, so a crash midway leaves files the next open knows to finish
   * deleting rather than bring back; the `.prev` goes before the record, so a crash
   * never leaves a `.prev` without its record that could be taken for a lost file.
   */
  async remove(id: string): Promise<void> {
    await this.readManifest();
    await this.manifest.recordGone(id, this.versions.get(id) ?? this.manifest.records.get(id)?.version ?? 0);
    await this.removeFiles(id);
    this.versions.delete(id);
  }

  /**
   * The person has read about these problems. A missing record is acknowledged as
   * gone and a damaged file nothing could be opened from is set aside as `.damaged`
   * (kept, never deleted), so neither is reported again; an older file is
   * acknowledged as the version to build on.
   */
  async dismissProblems(ids: string[]): Promise<void> {
    await this.readManifest();
    for (const id of ids) {
      const problem = this.manifest.problems.get(id);
      if (!problem) continue;
      if (problem.problem === 'missing') await this.manifest.forget(id);
      if (problem.problem === 'older' && problem.kind) await this.manifest.recordSaved(id, problem.kind, this.versions.get(id) ?? 0);
      if (problem.problem === 'damaged' && !problem.recoveredFromPrevious && id !== MANIFEST_PROBLEM_ID) {
        await this.fs.rename(recordPath(this.journalDir, id), damagedRecordPath(this.journalDir, id)).catch(() => undefined);
        await this.manifest.forget(id);
      }
    }
    await this.manifest.dismiss(ids);
  }

  /** Writes the empty manifest of a new journal. */
  async startManifest(): Promise<void> {
    await this.readManifest();
    await this.manifest.writeSnapshot();
  }

  /** Every record, read only: for backups and checks, which must not change the folder they read. */
  async loadAll(): Promise<LoadedJournal> {
    return this.load({ reconcile: false, manifestExpected: false, now: new Date() });
  }

  /**
   * Opens the journal: reads every record, compares it with the manifest, finishes
   * any purge a crash interrupted, acknowledges records newer than the manifest and
   * remembers each problem found until the person dismisses it.
   */
  async open(options: { manifestExpected: boolean; now: Date }): Promise<LoadedJournal> {
    await sweepLeftovers(this.fs, this.journalDir);
    return this.load({ reconcile: true, ...options });
  }

  private async load(options: { reconcile: boolean; manifestExpected: boolean; now: Date }): Promise<LoadedJournal> {
    const manifestState = await this.readManifest();
    const files = [...(await listRecordFiles(this.fs, this.journalDir, this.knownFolders)).entries()];
    const opened: LoadedRecord[] = [];
    const found: DamagedRecord[] = [];
    const take = (outcome: { record?: LoadedRecord; damage?: DamagedRecord }) => {
      if (outcome.record) opened.push(outcome.record);
      if (outcome.damage) found.push(outcome.damage);
    };
    // A worker shares the decrypting only over the real disk: a test's file system seam cannot follow a read into another thread.
    if (this.fs === nodeFileSystem && files.length >= PARALLEL_FROM) {
      await openInParallel(
        files.map(([id]) => id),
        {
          key: this.key,
          pathOf: (id) => recordPath(this.journalDir, id),
          here: (id) => take(this.loadOne(id)),
          decrypted: (id, plaintext) => take(this.loadDecrypted(id, plaintext)),
        },
      );
    } else {
      for (let start = 0; start < files.length; start += OPEN_BATCH) {
        for (const [id] of files.slice(start, start + OPEN_BATCH)) take(this.loadOne(id));
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    const stamp = options.now.toISOString();
    const known = this.manifest.records;
    const records: LoadedRecord[] = [];
    const acknowledge: LoadedRecord[] = [];
    const leftovers: string[] = [];
    for (const record of opened) {
      const gone = this.manifest.gone.get(record.id);
      if (gone !== undefined && record.version <= gone) {
        leftovers.push(record.id);
        continue;
      }
      const acknowledged = known.get(record.id);
      this.versions.set(record.id, Math.max(record.version, acknowledged?.version ?? 0));
      if (acknowledged && record.version < acknowledged.version && record.clean) {
        record.clean = false;
        found.push({
          id: record.id,
          file: recordPath(this.journalDir, record.id),
          reason: `The file on disk is an earlier version than the one last saved (saved ${acknowledged.version} times, the file has ${record.version}): the latest changes may be missing.`,
          problem: 'older',
        });
      } else if (!acknowledged || record.version > acknowledged.version) {
        acknowledge.push(record);
      }
      records.push(record);
    }
    const seen = new Set([...opened.map((record) => record.id), ...found.map((damage) => damage.id)]);
    for (const [id, record] of known) {
      if (seen.has(id)) continue;
      found.push({ id, file: recordPath(this.journalDir, id), reason: `The record ${id} is no longer in the journal folder.`, problem: 'missing' });
      this.versions.set(id, record.version);
    }
    if (!manifestState.found && options.manifestExpected) {
      found.push({
        id: MANIFEST_PROBLEM_ID,
        file: MANIFEST_FILE,
        reason: 'The journal’s sealed list of records is missing, so records deleted with it could not be checked for.',
        problem: 'missing',
        kind: 'manifest',
      });
    } else if (manifestState.damage) {
      found.push({ id: MANIFEST_PROBLEM_ID, file: MANIFEST_FILE, reason: manifestState.damage, problem: 'damaged', kind: 'manifest' });
    }
    for (const damage of found) {
      const about = known.get(damage.id);
      if (about) {
        damage.kind ??= about.kind;
        if (about.title !== undefined) damage.title ??= about.title;
      }
      damage.foundAt = this.manifest.problems.get(damage.id)?.problem === damage.problem ? this.manifest.problems.get(damage.id)!.foundAt : stamp;
    }
    if (options.reconcile) await this.reconcile({ acknowledge, leftovers, found, snapshot: !manifestState.found || manifestState.damage !== null });
    return { records, damaged: this.problemsWith(found), manifest: known };
  }

  /** Brings the manifest up to what was found; a failure here loses nothing and is retried at the next open. */
  private async reconcile(work: { acknowledge: LoadedRecord[]; leftovers: string[]; found: DamagedRecord[]; snapshot: boolean }): Promise<void> {
    try {
      for (const id of work.leftovers) await this.removeFiles(id);
      const fresh = work.found.filter((damage) => this.manifest.problems.get(damage.id)?.problem !== damage.problem);
      if (work.snapshot || this.manifest.wantsSnapshot || work.acknowledge.length + fresh.length > FRAMES_BEFORE_SNAPSHOT) {
        for (const record of work.acknowledge) this.manifest.records.set(record.id, { ...this.manifest.records.get(record.id), kind: record.kind, version: record.version });
        for (const damage of fresh) this.manifest.problems.set(damage.id, storedProblem(damage));
        await this.manifest.writeSnapshot();
        return;
      }
      for (const record of work.acknowledge) await this.manifest.recordSaved(record.id, record.kind, record.version);
      for (const damage of fresh) await this.manifest.noteProblem(storedProblem(damage));
    } catch {
      // The journal opens all the same; what was not written is found again next time.
    }
  }

  /** Problems found now first, then older ones still waiting to be dismissed. */
  private problemsWith(found: DamagedRecord[]): DamagedRecord[] {
    const ids = new Set(found.map((damage) => damage.id));
    const earlier = [...this.manifest.problems.values()]
      .filter((problem) => !ids.has(problem.id))
      .map((problem): DamagedRecord => ({ ...problem, file: recordPath(this.journalDir, problem.id) }));
    return [...found, ...earlier];
  }

  private readManifest(): Promise<ManifestRead> {
    this.manifestRead ??= this.manifest.read();
    return this.manifestRead;
  }

  /** One past anything known of the record, a purge included: a record brought back after a purge must outrank the purge. */
  private nextVersion(id: string): number {
    return Math.max(this.versions.get(id) ?? 0, this.manifest.records.get(id)?.version ?? 0, this.manifest.gone.get(id) ?? 0) + 1;
  }

  private async removeFiles(id: string): Promise<void> {
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

  /** A record's current file, decrypted by the worker; anything wrong with it is read again the careful way, which names it. */
  private loadDecrypted(id: string, plaintext: Uint8Array): { record?: LoadedRecord; damage?: DamagedRecord } {
    try {
      const read = readPlaintext<unknown>(plaintext, { id });
      return { record: { id, kind: read.kind, data: read.data, version: read.version, clean: true } };
    } catch {
      return this.loadOne(id);
    }
  }

  private loadOne(id: string): { record?: LoadedRecord; damage?: DamagedRecord } {
    const file = recordPath(this.journalDir, id);
    const read = readWithLastGoodCopy<unknown>(this.fs, this.key, file, { id });
    if (read.kind === 'missing') return {}; // deleted between listing and reading (a purge): nothing to report
    if (read.kind === 'damaged') {
      if (read.currentDamaged) this.damagedCurrent.add(id);
      return { damage: { id, file, reason: read.problem, recoveredFromPrevious: false, problem: 'damaged' } };
    }
    const record: LoadedRecord = { id, kind: read.record.kind, data: read.record.data, version: read.record.version, clean: !read.fromPrevious };
    if (!read.fromPrevious) return { record };
    if (read.currentDamaged) this.damagedCurrent.add(id);
    return { record, damage: { id, file, reason: read.problem, recoveredFromPrevious: true, problem: 'damaged' } };
  }

}


function isMissing(error: unknown): boolean {
  return !isVaultError(error) && (error as NodeJS.ErrnoException).code === 'ENOENT';
}
