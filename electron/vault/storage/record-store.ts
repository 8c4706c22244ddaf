import { dirname, join } from 'node:path';
import { Low } from 'lowdb';
import { recordIdFor } from '../crypto/data-key';
import { isVaultError } from '../errors';
import type { RecordBinding } from '../crypto/sealed-record';
import { ensureFolderDurably } from './durable-write';
import type { FileSystem } from './file-system';
import { damagedRecordPath, previousRecordPath, recordFolder, recordPath, RECORDS_FOLDER } from './record-paths';
import { listRecordFiles, sweepLeftovers } from './record-files';
import { Manifest, type ManifestRead, type ManifestRecord, type SavedMeta } from './manifest';
import { ManifestCheck, MANIFEST_PROBLEM_ID, withSave } from './manifest-check';
import { readOneRecord, readRecords } from './record-reading';
import { storedProblem } from './stored-problem';
import { SealedRecordAdapter } from './sealed-record-adapter';

export { MANIFEST_PROBLEM_ID };

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

/** A legacy journal, or one far behind its manifest, gets one new snapshot instead of thousands of frames. */
const FRAMES_BEFORE_SNAPSHOT = 64;

export interface OpenOptions {
  manifestExpected: boolean;
  now: Date;
  /** Of the records the manifest knows and whose files are there, those to read in the second step. */
  later?: (known: ReadonlyMap<string, ManifestRecord>) => { has(id: string): boolean };
  /** What the manifest should keep of a record to show it before reading it next time (an entry's list row). */
  summaryOf?: (record: LoadedRecord) => unknown;
}

export interface StagedOpen {
  first: LoadedJournal;
  rest(stop: () => boolean): Promise<LoadedJournal | null>;
}

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
  document<T>(binding: RecordBinding, options: { keepPrevious?: boolean; meta?: SavedMeta } = {}): Low<T | null> {
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
  async write<T>(binding: RecordBinding, data: T, meta: SavedMeta = {}, how: { keepPrevious: boolean } = { keepPrevious: true }): Promise<void> {
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
  async note(id: string, kind: string, meta: SavedMeta): Promise<void> {
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
    return this.whole(await this.stage({ reconcile: false, manifestExpected: false, now: new Date() }));
  }

  /**
   * Opens the journal: reads every record, compares it with the manifest, finishes
   * any purge a crash interrupted, acknowledges records newer than the manifest and
   * remembers each problem found until the person dismisses it.
   */
  async open(options: { manifestExpected: boolean; now: Date }): Promise<LoadedJournal> {
    return this.whole(await this.openStaged(options));
  }

  private async whole(staged: StagedOpen): Promise<LoadedJournal> {
    const rest = (await staged.rest(() => false))!;
    return { ...rest, records: [...staged.first.records, ...rest.records] };
  }

  /**
   * Opens the journal in two steps: `first` holds every record except those `later`
   * picks (from records the manifest knows and whose files are there), with the
   * problems known so far; `rest` reads those, finishes the checks of `open` and
   * gives them with every problem. `stop` (a lock) ends the work before it writes.
   */
  async openStaged(options: OpenOptions): Promise<StagedOpen> {
    await sweepLeftovers(this.fs, this.journalDir);
    return this.stage({ reconcile: true, ...options });
  }

  private async stage(options: OpenOptions & { reconcile: boolean }): Promise<StagedOpen> {
    const manifestState = await this.readManifest();
    const ids = [...(await listRecordFiles(this.fs, this.journalDir, this.knownFolders)).keys()];
    const known = new Map<string, ManifestRecord>();
    for (const id of ids) {
      const about = this.manifest.records.get(id);
      if (about) known.set(id, about);
    }
    const later = options.later?.(known) ?? new Set<string>();
    const check = new ManifestCheck(this.manifest, this.journalDir, this.versions, options.summaryOf);
    const source = { fs: this.fs, journalDir: this.journalDir, key: this.key, damagedCurrent: this.damagedCurrent };
    const firstRead = await readRecords(source, ids.filter((id) => !later.has(id)));
    const first = { records: check.judge(firstRead.opened, firstRead.found), damaged: this.problemsWith(check.found), manifest: this.manifest.records };
    const rest = async (stop: () => boolean): Promise<LoadedJournal | null> => {
      const read = await readRecords(source, ids.filter((id) => later.has(id)));
      if (stop()) return null;
      const records = check.judge(read.opened, read.found);
      check.conclude(manifestState, options);
      if (options.reconcile && !stop()) await this.reconcile({ check, snapshot: !manifestState.found || manifestState.damage !== null });
      return { records, damaged: this.problemsWith(check.found), manifest: this.manifest.records };
    };
    return { first, rest };
  }

  /** One record read now, the careful way (what opening would find of it), without noting any problem. */
  readNow(id: string): LoadedRecord | undefined {
    return readOneRecord({ fs: this.fs, journalDir: this.journalDir, key: this.key, damagedCurrent: this.damagedCurrent }, id).record;
  }

  /** Brings the manifest up to what was found; a failure here loses nothing and is retried at the next open. */
  private async reconcile({ check, snapshot }: { check: ManifestCheck; snapshot: boolean }): Promise<void> {
    try {
      for (const id of check.leftovers) await this.removeFiles(id);
      const fresh = check.found.filter((damage) => this.manifest.problems.get(damage.id)?.problem !== damage.problem);
      const saves = check.acknowledge;
      if (snapshot || this.manifest.wantsSnapshot || saves.length + fresh.length > FRAMES_BEFORE_SNAPSHOT) {
        for (const save of saves) this.manifest.records.set(save.id, withSave(this.manifest.records.get(save.id), save));
        for (const damage of fresh) this.manifest.problems.set(damage.id, storedProblem(damage));
        await this.manifest.writeSnapshot();
        return;
      }
      for (const save of saves) await this.manifest.recordSaved(save.id, save.kind, save.version, save.summary === undefined ? {} : { summary: save.summary });
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

}


function isMissing(error: unknown): boolean {
  return !isVaultError(error) && (error as NodeJS.ErrnoException).code === 'ENOENT';
}
