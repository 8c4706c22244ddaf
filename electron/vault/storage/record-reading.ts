import { setImmediate as nextTurn } from 'node:timers/promises';
import { readPlaintext } from '../crypto/sealed-record';
import { nodeFileSystem, type FileSystem } from './file-system';
import { readWithLastGoodCopy } from './last-good-copy';
import { openInParallel, PARALLEL_FROM } from './parallel-open';
import { recordPath } from './record-paths';
import type { DamagedRecord, LoadedRecord } from './record-store';

/**
 * Records are read synchronously in small batches, yielding between batches:
 * for thousands of small files that is several times faster than one promise per
 * file, and no batch holds the main process for more than a few milliseconds.
 */
const OPEN_BATCH = 200;

export interface ReadOutcome {
  record?: LoadedRecord;
  damage?: DamagedRecord;
}

/** What reading needs of the store: where the files are, the key, and the ids whose current file was found damaged. */
export interface RecordSource {
  fs: FileSystem;
  journalDir: string;
  key: Uint8Array;
  damagedCurrent: Set<string>;
}

/** One record, the careful way: a damaged current file falls back to its last good copy, and either is named. */
export function readOneRecord(source: RecordSource, id: string): ReadOutcome {
  const file = recordPath(source.journalDir, id);
  const read = readWithLastGoodCopy<unknown>(source.fs, source.key, file, { id });
  if (read.kind === 'missing') return {}; // deleted between listing and reading (a purge): nothing to report
  if (read.kind === 'damaged') {
    if (read.currentDamaged) source.damagedCurrent.add(id);
    return { damage: { id, file, reason: read.problem, recoveredFromPrevious: false, problem: 'damaged' } };
  }
  const record: LoadedRecord = { id, kind: read.record.kind, data: read.record.data, version: read.record.version, clean: !read.fromPrevious };
  if (!read.fromPrevious) return { record };
  if (read.currentDamaged) source.damagedCurrent.add(id);
  return { record, damage: { id, file, reason: read.problem, recoveredFromPrevious: true, problem: 'damaged' } };
}

/** A record's current file, decrypted by the worker; anything wrong with it is read again the careful way, which names it. */
function readDecrypted(source: RecordSource, id: string, plaintext: Uint8Array): ReadOutcome {
  try {
    const read = readPlaintext<unknown>(plaintext, { id });
    return { record: { id, kind: read.kind, data: read.data, version: read.version, clean: true } };
  } catch {
    return readOneRecord(source, id);
  }
}

/** Reads the given records, on two threads when there are many and the files are on the real disk. */
export async function readRecords(source: RecordSource, ids: readonly string[]): Promise<{ opened: LoadedRecord[]; found: DamagedRecord[] }> {
  const opened: LoadedRecord[] = [];
  const found: DamagedRecord[] = [];
  const take = (outcome: ReadOutcome) => {
    if (outcome.record) opened.push(outcome.record);
    if (outcome.damage) found.push(outcome.damage);
  };
  // A worker shares the decrypting only over the real disk: a test's file system seam cannot follow a read into another thread.
  if (source.fs === nodeFileSystem && ids.length >= PARALLEL_FROM) {
    await openInParallel(ids, {
      key: source.key,
      pathOf: (id) => recordPath(source.journalDir, id),
      here: (id) => take(readOneRecord(source, id)),
      decrypted: (id, plaintext) => take(readDecrypted(source, id, plaintext)),
    });
  } else {
    for (let start = 0; start < ids.length; start += OPEN_BATCH) {
      for (const id of ids.slice(start, start + OPEN_BATCH)) take(readOneRecord(source, id));
      await nextTurn();
    }
  }
  return { opened, found };
}
