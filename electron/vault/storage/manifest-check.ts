import type { Manifest, ManifestRead, ManifestRecord } from './manifest';
import { MANIFEST_FILE } from './manifest';
import { recordPath } from './record-paths';
import type { DamagedRecord, LoadedRecord } from './record-store';

export const MANIFEST_PROBLEM_ID = 'manifest';

/** A save the manifest should acknowledge at open: a record newer than it knew, or one whose list row it lacks. */
export interface OpenAcknowledgement {
  id: string;
  kind: string;
  version: number;
  summary?: unknown;
}

/** What the manifest knows of a record once an acknowledgement at open is applied. */
export function withSave(before: ManifestRecord | undefined, save: OpenAcknowledgement): ManifestRecord {
  const next: ManifestRecord = { ...before, kind: save.kind, version: save.version };
  if (save.summary !== undefined) next.summary = { version: save.version, row: save.summary };
  return next;
}

/**
 * The records read at open, held against the manifest's last acknowledged saves,
 * in one step or two: a purged record's leftover files, a file older than its last
 * save, a record newer than the manifest, and, once everything is read, a record
 * the manifest knows that is no longer there.
 */
export class ManifestCheck {
  readonly found: DamagedRecord[] = [];
  readonly acknowledge: OpenAcknowledgement[] = [];
  readonly leftovers: string[] = [];
  private readonly seen = new Set<string>();
  /** The records the manifest knew when reading began: one saved since (between two steps) is not looked for. */
  private readonly expected: string[];

  constructor(
    private readonly manifest: Manifest,
    private readonly journalDir: string,
    private readonly versions: Map<string, number>,
    private readonly summaryOf?: (record: LoadedRecord) => unknown,
  ) {
    this.expected = [...manifest.records.keys()];
  }

  /** The records worth keeping of those read; the problems among them join `found`. */
  judge(opened: LoadedRecord[], found: DamagedRecord[]): LoadedRecord[] {
    const records: LoadedRecord[] = [];
    for (const damage of found) this.note(damage);
    for (const record of opened) {
      this.seen.add(record.id);
      const gone = this.manifest.gone.get(record.id);
      if (gone !== undefined && record.version <= gone) {
        this.leftovers.push(record.id);
        continue;
      }
      const acknowledged = this.manifest.records.get(record.id);
      this.versions.set(record.id, Math.max(record.version, acknowledged?.version ?? 0));
      if (acknowledged && record.version < acknowledged.version && record.clean) {
        record.clean = false;
        this.note({
          id: record.id,
          file: recordPath(this.journalDir, record.id),
          reason: `The file on disk is an earlier version than the one last saved (saved ${acknowledged.version} times, the file has ${record.version}): the latest changes may be missing.`,
          problem: 'older',
        });
      } else if (!acknowledged || record.version > acknowledged.version) {
        this.acknowledge.push(this.saveOf(record));
      } else if (acknowledged.summary?.version !== record.version) {
        // A manifest written before list rows (or by a store that had none to give) learns this one now.
        const save = this.saveOf(record);
        if (save.summary !== undefined) this.acknowledge.push(save);
      }
      records.push(record);
    }
    return records;
  }

  /** Once every record is read: the ones the manifest knows that were not found, and the manifest's own state. */
  conclude(manifestState: ManifestRead, options: { manifestExpected: boolean; now: Date }): void {
    for (const id of this.expected) {
      const record = this.manifest.records.get(id);
      if (!record || this.seen.has(id)) continue;
      this.note({ id, file: recordPath(this.journalDir, id), reason: `The record ${id} is no longer in the journal folder.`, problem: 'missing' });
      this.versions.set(id, record.version);
    }
    if (!manifestState.found && options.manifestExpected) {
      this.note({
        id: MANIFEST_PROBLEM_ID,
        file: MANIFEST_FILE,
        reason: 'The journal’s sealed list of records is missing, so records deleted with it could not be checked for.',
        problem: 'missing',
        kind: 'manifest',
      });
    } else if (manifestState.damage) {
      this.note({ id: MANIFEST_PROBLEM_ID, file: MANIFEST_FILE, reason: manifestState.damage, problem: 'damaged', kind: 'manifest' });
    }
    const stamp = options.now.toISOString();
    for (const damage of this.found) {
      const earlier = this.manifest.problems.get(damage.id);
      damage.foundAt ??= earlier?.problem === damage.problem ? earlier.foundAt : stamp;
    }
  }

  /** A problem, named with what the manifest remembers of the record. */
  private note(damage: DamagedRecord): void {
    this.seen.add(damage.id);
    const about = this.manifest.records.get(damage.id);
    if (about) {
      damage.kind ??= about.kind;
      if (about.title !== undefined) damage.title ??= about.title;
    }
    this.found.push(damage);
  }

  private saveOf(record: LoadedRecord): OpenAcknowledgement {
    const save: OpenAcknowledgement = { id: record.id, kind: record.kind, version: record.version };
    const summary = record.clean ? this.summaryOf?.(record) : undefined;
    if (summary !== undefined) save.summary = summary;
    return save;
  }
}
