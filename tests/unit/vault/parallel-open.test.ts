import { randomUUID } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openRecord, sealRecord } from '../../../electron/vault/crypto/sealed-record';
import { nodeFileSystem, type FileSystem } from '../../../electron/vault/storage/file-system';
import { openInParallel, PARALLEL_FROM } from '../../../electron/vault/storage/parallel-open';
import { previousRecordPath, recordPath } from '../../../electron/vault/storage/record-paths';
import { RecordStore, type LoadedJournal } from '../../../electron/vault/storage/record-store';
import { useTempFolder } from '../../support/use-temp-folder';

// Promise: a journal large enough to be opened on two threads opens exactly as it would on one,
// every damaged, swapped or missing record named the same way, and every record read once.
const folder = useTempFolder('bf-parallel-', { perFile: true });
const key = new Uint8Array(32).fill(3);
const COUNT = PARALLEL_FROM + 200;

function put(dir: string, path: string, bytes: Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
}

/** Records written straight to disk (sealed as the store seals them), with a few hurt in each way one can be. */
function journalWithProblems(dir: string): void {
  const ids = Array.from({ length: COUNT }, () => randomUUID());
  ids.forEach((id, i) => put(dir, recordPath(dir, id), sealRecord(key, { id, kind: 'note' }, { n: i, words: `words of ${i}` }, 1)));
  const [flipped, swappedFrom, swappedTo, recovered, onlyPrevious] = [ids[5]!, ids[400]!, ids[401]!, ids[COUNT - 3]!, ids[COUNT - 1]!];
  const bytes = sealRecord(key, { id: flipped, kind: 'note' }, { n: -1 }, 2);
  bytes[bytes.length - 1]! ^= 1;
  put(dir, recordPath(dir, flipped), bytes);
  // A valid record moved over another: it opens, but names the wrong record.
  put(dir, recordPath(dir, swappedTo), sealRecord(key, { id: swappedFrom, kind: 'note' }, { n: 400 }, 1));
  put(dir, previousRecordPath(dir, recovered), sealRecord(key, { id: recovered, kind: 'note' }, { n: 'before' }, 1));
  put(dir, recordPath(dir, recovered), new Uint8Array([1, 2, 3]));
  renameSync(recordPath(dir, onlyPrevious), previousRecordPath(dir, onlyPrevious));
}

const sorted = (loaded: LoadedJournal) => ({
  records: [...loaded.records].sort((a, b) => a.id.localeCompare(b.id)),
  damaged: loaded.damaged.map(({ foundAt: _, ...damage }) => damage).sort((a, b) => a.id.localeCompare(b.id)),
});

describe('opening on two threads', () => {
  it('finds the same records and the same problems as one thread', async () => {
    const dir = `${folder()}/journal`;
    journalWithProblems(dir);
    // Any file system but the real one's own object keeps opening on this thread (a test seam cannot follow a read into a worker).
    const oneThread: FileSystem = { ...nodeFileSystem };
    const parallel = sorted(await new RecordStore(nodeFileSystem, dir, key).loadAll());
    const serial = sorted(await new RecordStore(oneThread, dir, key).loadAll());
    expect(parallel).toEqual(serial);
    expect(parallel.records).toHaveLength(COUNT - 2);
    expect(parallel.damaged.map((damage) => damage.reason)).toEqual(
      expect.arrayContaining([expect.stringMatching(/failed its integrity check/u), expect.stringMatching(/holds another record's content/u)]),
    );
    expect(parallel.damaged.filter((damage) => damage.recoveredFromPrevious)).toHaveLength(2);
  });

  it('hands every record over exactly once, decrypted by whichever thread took it', async () => {
    const dir = `${folder()}/plain`;
    const seen = new Map<string, number>();
    const count = (id: string) => seen.set(id, (seen.get(id) ?? 0) + 1);
    const records: string[] = Array.from({ length: 2 * PARALLEL_FROM }, () => randomUUID());
    records.forEach((id, i) => put(dir, recordPath(dir, id), sealRecord(key, { id, kind: 'note' }, { i }, 1)));
    await openInParallel(records, {
      key,
      pathOf: (id) => recordPath(dir, id),
      here: (id) => {
        count(id);
        expect(openRecord(key, nodeFileSystem.readFileSync(recordPath(dir, id)), { id }).data).toEqual({ i: records.indexOf(id) });
      },
      decrypted: (id, plaintext) => {
        count(id);
        expect(JSON.parse(new TextDecoder().decode(plaintext))).toMatchObject({ id, data: { i: records.indexOf(id) } });
      },
    });
    expect(seen.size).toBe(records.length);
    expect([...seen.values()].every((times) => times === 1)).toBe(true);
    expect(key.every((byte) => byte === 3)).toBe(true);
  }, 60_000);
});
