import { join } from 'node:path';
import { isVaultError, VaultError } from '../errors';
import { openRecord, sealRecord } from '../crypto/sealed-record';
import { replaceFileKeeping, writeFileDurably } from './durable-write';
import { MAX_MANIFEST_LOG_BYTES, type FileSystem } from './file-system';
import { PREVIOUS_SUFFIX } from './record-paths';

/**
 * The journal's sealed manifest: the latest acknowledged save of every record, the
 * person's own trash ledger, and the problems found at open that they have not yet
 * dismissed. With it, a record whose files were deleted, or a file rolled back to
 * an older copy, is noticed and named instead of silently opening as if it never
 * existed or had never changed.
 *
 * On disk it is a sealed snapshot (`manifest.bfr`) plus an append-only log of sealed
 * frames (`manifest-<generation>.log`), so a save appends one small frame rather
 * than rewriting a list of every record. Each frame is sealed under a binding that
 * names its generation, so frames cannot be moved into another log. Several
 * stores may append to one log (the journal, a backup merge, the automatic-backup
 * settings), so frames are not numbered: each says only "at least this version",
 * and replaying one twice or out of order changes nothing.
 */
export const MANIFEST_FILE = 'manifest.bfr';
const MANIFEST_BINDING = { id: 'manifest', kind: 'manifest' } as const;
const FRAME_KIND = 'manifest-frame';
const LENGTH_BYTES = 4;
/** Past this many frames the next open folds the log into a new snapshot. */
const COMPACT_AFTER_FRAMES = 2_000;

export interface ManifestRecord {
  kind: string;
  /** The record's save counter when last acknowledged. */
  version: number;
  /** An entry's title when last saved, so a missing entry can be named. */
  title?: string;
  /** When the person moved this entry to the trash in this journal (the clock automatic purging uses). */
  trashedHere?: string;
  /**
   * An entry's list row as of the save that wrote it (`version`), so the list can be
   * shown before any body is decrypted. Written in the same frame as the save's
   * acknowledgement; trusted only while `version` is still the record's.
   */
  summary?: { version: number; row: unknown };
}

/** What a save tells the manifest beside its version. */
export interface SavedMeta {
  title?: string;
  trashedHere?: string | null;
  summary?: unknown;
}

export interface StoredProblem {
  id: string;
  reason: string;
  recoveredFromPrevious: boolean;
  problem: 'damaged' | 'missing' | 'older';
  kind?: string;
  title?: string;
  foundAt: string;
}

type Frame =
  | { t: 'put'; id: string; kind: string; version: number; title?: string; trashedHere?: string | null; summary?: unknown }
  | { t: 'gone'; id: string; version: number }
  | { t: 'forget'; id: string }
  | { t: 'problem'; problem: StoredProblem }
  | { t: 'dismiss'; ids: string[] };

interface Snapshot {
  generation: number;
  records: [string, ManifestRecord][];
  /** Records deleted for good, with the version they had: files at or below it are leftovers of the purge. */
  gone: [string, number][];
  problems: StoredProblem[];
}

export interface ManifestRead {
  /** False for a journal written before manifests, or when the manifest was deleted. */
  found: boolean;
  /** Why the manifest could not be fully read, when it could not. */
  damage: string | null;
}

export class Manifest {
  private generation = 0;
  private frames = 0;
  readonly records = new Map<string, ManifestRecord>();
  readonly gone = new Map<string, number>();
  readonly problems = new Map<string, StoredProblem>();
  /** Set when the log ends in a torn frame: nothing may be appended after it until a new snapshot. */
  private needsSnapshot = false;
  private appends: Promise<void> = Promise.resolve();

  constructor(
    private readonly fs: FileSystem,
    private readonly journalDir: string,
    private readonly key: Uint8Array,
  ) {}

  private get snapshotPath(): string {
    return join(this.journalDir, MANIFEST_FILE);
  }

  private logPath(generation = this.generation): string {
    return join(this.journalDir, `manifest-${generation}.log`);
  }

  /** Reads the snapshot and replays its log; a damaged snapshot falls back to its previous copy. */
  async read(): Promise<ManifestRead> {
    let damage: string | null = null;
    let snapshot: Snapshot | null = null;
    try {
      snapshot = this.openSnapshot(this.snapshotPath);
    } catch (error) {
      if (!isMissingFile(error)) damage = describe(error, 'The journal’s list of records');
    }
    if (!snapshot && damage) {
      try {
        snapshot = this.openSnapshot(`${this.snapshotPath}${PREVIOUS_SUFFIX}`);
        damage += ' An earlier copy of the list was used, so a change made since may not be checked.';
        this.needsSnapshot = true;
      } catch {
        damage += ' Its earlier copy could not be used either.';
      }
    }
    if (!snapshot) return { found: false, damage };
    this.adopt(snapshot);
    const logDamage = await this.replayLog();
    return { found: true, damage: damage ?? logDamage };
  }

  /** Whether the next open should fold the log into a new snapshot. */
  get wantsSnapshot(): boolean {
    return this.needsSnapshot || this.frames >= COMPACT_AFTER_FRAMES;
  }

  async recordSaved(id: string, kind: string, version: number, meta: SavedMeta = {}): Promise<void> {
    const frame: Frame = { t: 'put', id, kind, version };
    if (meta.title !== undefined) frame.title = meta.title;
    if (meta.trashedHere !== undefined) frame.trashedHere = meta.trashedHere;
    if (meta.summary !== undefined) frame.summary = meta.summary;
    await this.append(frame);
  }

  async recordGone(id: string, version: number): Promise<void> {
    await this.append({ t: 'gone', id, version });
  }

  async forget(id: string): Promise<void> {
    await this.append({ t: 'forget', id });
  }

  async noteProblem(problem: StoredProblem): Promise<void> {
    await this.append({ t: 'problem', problem });
  }

  async dismiss(ids: string[]): Promise<void> {
    if (ids.length > 0) await this.append({ t: 'dismiss', ids });
  }

  /**
   * Re-encryption: writes what is known under the new data key as the next
   * generation, and drops the copies sealed under the old one.
   */
  async moveToKey(key: Uint8Array): Promise<void> {
    await this.appends;
    const next: Snapshot = { generation: this.generation + 1, records: [...this.records.entries()], gone: [...this.gone.entries()], problems: [...this.problems.values()] };
    await writeFileDurably(this.fs, this.snapshotPath, sealRecord(key, MANIFEST_BINDING, next));
    this.generation = next.generation;
    this.frames = 0;
    await this.fs.unlink(`${this.snapshotPath}${PREVIOUS_SUFFIX}`).catch(() => undefined);
    await this.removeOldLogs();
  }

  /**
   * Writes everything known as a new snapshot of the next generation, then drops
   * the older logs. A crash before the snapshot's rename leaves the old snapshot
   * and its log, which still replay; after it, the old log is simply ignored.
   */
  async writeSnapshot(): Promise<void> {
    await this.appends;
    await this.snapshotNow();
  }

  /** Only from inside the append chain, or once it is idle: it does not wait for it. */
  private async snapshotNow(): Promise<void> {
    const previous = this.generation;
    const next: Snapshot = {
      generation: previous + 1,
      records: [...this.records.entries()],
      gone: [...this.gone.entries()],
      problems: [...this.problems.values()],
    };
    await replaceFileKeeping(this.fs, this.snapshotPath, sealRecord(this.key, MANIFEST_BINDING, next), `${this.snapshotPath}${PREVIOUS_SUFFIX}`);
    this.generation = next.generation;
    this.frames = 0;
    this.needsSnapshot = false;
    await this.removeOldLogs();
  }

  private async removeOldLogs(): Promise<void> {
    let names: string[];
    try {
      names = await this.fs.readdir(this.journalDir);
    } catch {
      return;
    }
    for (const name of names) {
      const generation = /^manifest-(\d+)\.log$/u.exec(name)?.[1];
      if (generation !== undefined && Number(generation) !== this.generation) {
        await this.fs.unlink(join(this.journalDir, name)).catch(() => undefined);
      }
    }
  }

  private openSnapshot(path: string): Snapshot {
    const opened = openRecord<Snapshot>(this.key, this.fs.readFileSync(path), MANIFEST_BINDING);
    const data = opened.data;
    if (!data || !Number.isSafeInteger(data.generation) || !Array.isArray(data.records) || !Array.isArray(data.gone) || !Array.isArray(data.problems)) {
      throw new VaultError('DAMAGED', 'The journal’s list of records is not in the expected shape.');
    }
    return data;
  }

  private adopt(snapshot: Snapshot): void {
    this.generation = snapshot.generation;
    for (const [id, record] of snapshot.records) this.records.set(id, record);
    for (const [id, version] of snapshot.gone) this.gone.set(id, version);
    for (const problem of snapshot.problems) this.problems.set(problem.id, problem);
  }

  private async replayLog(): Promise<string | null> {
    let bytes: Uint8Array;
    try {
      bytes = this.fs.readFileSync(this.logPath(), MAX_MANIFEST_LOG_BYTES);
    } catch (error) {
      if (isMissingFile(error)) return null;
      this.needsSnapshot = true;
      return describe(error, 'The journal’s list of recent changes');
    }
    let offset = 0;
    while (offset < bytes.length) {
      const frame = this.frameAt(bytes, offset);
      if (!frame) {
        // A torn last frame is a crash mid-append: nothing after it was acknowledged.
        this.needsSnapshot = true;
        return null;
      }
      this.apply(frame.frame);
      this.frames += 1;
      offset = frame.next;
    }
    return null;
  }

  private frameAt(bytes: Uint8Array, offset: number): { frame: Frame; next: number } | null {
    if (offset + LENGTH_BYTES > bytes.length) return null;
    const length = new DataView(bytes.buffer, bytes.byteOffset + offset, LENGTH_BYTES).getUint32(0);
    const end = offset + LENGTH_BYTES + length;
    if (end > bytes.length) return null;
    try {
      const opened = openRecord<Frame>(this.key, bytes.subarray(offset + LENGTH_BYTES, end), this.frameBinding());
      return { frame: opened.data, next: end };
    } catch {
      return null;
    }
  }

  private frameBinding(): { id: string; kind: string } {
    return { id: `manifest-${this.generation}`, kind: FRAME_KIND };
  }

  private apply(frame: Frame): void {
    switch (frame.t) {
      case 'put': {
        const before = this.records.get(frame.id);
        const next: ManifestRecord = { kind: frame.kind, version: Math.max(frame.version, before?.version ?? 0) };
        const title = frame.title ?? before?.title;
        if (title !== undefined) next.title = title;
        const trashedHere = frame.trashedHere === undefined ? before?.trashedHere : (frame.trashedHere ?? undefined);
        if (trashedHere !== undefined) next.trashedHere = trashedHere;
        // Frames may replay out of order: the row of the highest version wins.
        const summary = frame.summary !== undefined && frame.version >= (before?.summary?.version ?? -1) ? { version: frame.version, row: frame.summary } : before?.summary;
        if (summary !== undefined) next.summary = summary;
        this.records.set(frame.id, next);
        if ((this.gone.get(frame.id) ?? -1) < frame.version) this.gone.delete(frame.id);
        break;
      }
      case 'gone':
        this.records.delete(frame.id);
        this.gone.set(frame.id, Math.max(frame.version, this.gone.get(frame.id) ?? 0));
        break;
      case 'forget':
        this.records.delete(frame.id);
        break;
      case 'problem':
        if (!this.problems.has(frame.problem.id) || this.problems.get(frame.problem.id)!.problem !== frame.problem.problem) {
          this.problems.set(frame.problem.id, frame.problem);
        }
        break;
      case 'dismiss':
        for (const id of frame.ids) this.problems.delete(id);
        break;
    }
  }

  /** This store's frames go out one at a time, each as a single write, which O_APPEND keeps whole beside another writer's. */
  private append(frame: Frame): Promise<void> {
    const run = this.appends.then(async () => {
      if (this.needsSnapshot) {
        this.apply(frame);
        await this.snapshotNow();
        return;
      }
      const sealed = sealRecord(this.key, this.frameBinding(), frame);
      const out = new Uint8Array(LENGTH_BYTES + sealed.length);
      new DataView(out.buffer).setUint32(0, sealed.length);
      out.set(sealed, LENGTH_BYTES);
      try {
        await this.fs.appendSynced(this.logPath(), out);
      } catch (error) {
        // Part of the frame may be on disk: the next append must start a new snapshot.
        this.needsSnapshot = true;
        throw error;
      }
      this.frames += 1;
      this.apply(frame);
    });
    this.appends = run.catch(() => undefined);
    return run;
  }
}

function isMissingFile(error: unknown): boolean {
  return !isVaultError(error) && (error as NodeJS.ErrnoException).code === 'ENOENT';
}

function describe(error: unknown, what: string): string {
  return isVaultError(error) ? `${what} is damaged (${error.message})` : `${what} could not be read from disk.`;
}
