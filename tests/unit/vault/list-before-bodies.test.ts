import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { Entry, EntrySummary } from '../../../shared/domain/entry';
import { summaryOfEntry } from '../../../shared/domain/list-order';
import { inlineFramer } from '../../../electron/vault/framing/entry-framer';
import { Journal } from '../../../electron/vault/journal';
import { nodeFileSystem, type FileSystem } from '../../../electron/vault/storage/file-system';
import { previousRecordPath, recordPath } from '../../../electron/vault/storage/record-paths';
import { RecordStore } from '../../../electron/vault/storage/record-store';
import { createFaultyFileSystem, WRITE_OPERATIONS } from '../../support/faulty-fs';
import { useTempFolder } from '../../support/use-temp-folder';

// Promise: a large journal lists its entries from the rows its sealed manifest keeps, before any
// body is read, and those rows are always true to the records: after a crash at any write step,
// what is listed at open is the last acknowledged version of each entry, and once the bodies are
// read it is exactly what the files hold (and the next open lists that straight away). A manifest
// from before rows opens by reading every body, then keeps rows from then on. Problems found
// behind the list are named as soon as the bodies are checked.
const folder = useTempFolder('bf-rows-');
const key = new Uint8Array(32).fill(9);
const open: Journal[] = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((journal) => journal.settle()));
});

/** Opens with bodies read behind the list whatever the size, so a handful of entries exercise it. */
async function opened(dir: string, fs: FileSystem = nodeFileSystem, bodiesLaterFrom = 1): Promise<Journal> {
  const journal = await Journal.open(new RecordStore(fs, dir, key), () => new Date('2026-12-01T10:00:00Z'), inlineFramer(), { manifestExpected: true, bodiesLaterFrom });
  open.push(journal);
  return journal;
}

const rowsOf = (journal: Journal, trash = false): EntrySummary[] => journal.list({ limit: 1000, trash }).entries;
/** The rows the records themselves give, in list order. */
const truthOf = (journal: Journal, trash = false): EntrySummary[] => rowsOf(journal, trash).map((row) => summaryOfEntry(journal.get(row.id)));

/** How many of these entries' files were read. */
function entriesRead(fs: ReturnType<typeof createFaultyFileSystem>, entries: Entry[]): number {
  return entries.filter((entry) => fs.calls.some((call) => call.op === 'readFileSync' && call.path.includes(entry.id))).length;
}

async function seeded(dir: string): Promise<Entry[]> {
  await mkdir(dir, { recursive: true });
  await new RecordStore(nodeFileSystem, dir, key).startManifest();
  const journal = await opened(dir);
  const entries: Entry[] = [];
  for (let i = 0; i < 6; i++) {
    entries.push(await journal.save({ title: `Day ${i}`, date: `2026-03-0${i + 1}`, body: `walked ${i} miles, felt it was my fault`, tags: i % 2 ? ['walk'] : [] }));
  }
  await journal.trash(entries[5]!.id);
  await journal.settle();
  return entries;
}

describe('the list before the bodies', () => {
  it('answers from the manifest rows, which are the rows of the records', async () => {
    const dir = `${folder()}/journal`;
    await seeded(dir);
    const journal = await opened(dir);
    const early = rowsOf(journal);
    const earlyTrash = rowsOf(journal, true);
    expect(early).toHaveLength(5);
    expect(earlyTrash).toHaveLength(1);
    await journal.whenChecked();
    expect(early).toEqual(truthOf(journal));
    expect(earlyTrash).toEqual(truthOf(journal, true));
    expect(journal.tags()).toEqual([{ name: 'walk', count: 2 }]);
    expect(journal.damaged).toEqual([]);
  });

  it('a manifest from before rows opens by reading every body, and keeps rows from then on', async () => {
    const dir = `${folder()}/journal`;
    const entries = await seeded(dir);
    // The same entries as a manifest without rows knows them: written through the store with a title only.
    const old = `${folder()}/old`;
    await mkdir(old);
    const store = new RecordStore(nodeFileSystem, old, key);
    await store.startManifest();
    const reference = await opened(dir);
    await reference.whenChecked();
    for (const entry of entries) await store.write({ id: entry.id, kind: 'entry' }, reference.get(entry.id), { title: entry.title });
    const reads = (fs: ReturnType<typeof createFaultyFileSystem>) => entriesRead(fs, entries);

    const first = createFaultyFileSystem();
    const fallback = await opened(old, first.fs);
    // Every body was read before the list answered: there were no rows to show instead.
    expect(reads(first)).toBe(entries.length);
    expect(rowsOf(fallback)).toEqual(truthOf(reference));
    await fallback.settle();

    const second = createFaultyFileSystem();
    const fast = await opened(old, second.fs);
    expect(reads(second)).toBe(0);
    expect(rowsOf(fast)).toEqual(truthOf(reference));
    expect(rowsOf(fast, true)).toEqual(truthOf(reference, true));
  });

  it('a small journal is read whole before it answers', async () => {
    const dir = `${folder()}/journal`;
    const entries = await seeded(dir);
    const counting = createFaultyFileSystem();
    await opened(dir, counting.fs, 500);
    expect(entriesRead(counting, entries)).toBe(entries.length);
  });

  it('a damaged, a missing and a rolled-back entry behind the list are named once the bodies are checked, and leave the list or show what opened', async () => {
    const dir = `${folder()}/journal`;
    const entries = await seeded(dir);
    const journal = await opened(dir);
    await journal.whenChecked();
    const edited = await journal.save({ id: entries[2]!.id, title: 'Day 2, again', date: '2026-03-03', body: 'second thoughts', tags: [] });
    await journal.settle();
    const [damaged, missing, older] = [entries[0]!, entries[1]!, edited];
    const bytes = await readFile(recordPath(dir, damaged.id));
    bytes[bytes.length - 4]! ^= 1;
    await writeFile(recordPath(dir, damaged.id), bytes);
    await rm(previousRecordPath(dir, damaged.id), { force: true });
    await rm(recordPath(dir, missing.id));
    await rm(previousRecordPath(dir, missing.id), { force: true });
    await cp(previousRecordPath(dir, older.id), recordPath(dir, older.id));

    const reopened = await opened(dir);
    // The list answers from the rows before the files are read.
    expect(rowsOf(reopened).map((row) => row.id)).toContain(damaged.id);
    expect(rowsOf(reopened).find((row) => row.id === older.id)?.title).toBe('Day 2, again');
    await reopened.whenChecked();
    const problems = Object.fromEntries(reopened.damaged.map((problem) => [problem.id, problem.problem]));
    expect(problems).toEqual({ [damaged.id]: 'damaged', [missing.id]: 'missing', [older.id]: 'older' });
    const ids = rowsOf(reopened).map((row) => row.id);
    expect(ids).not.toContain(damaged.id);
    expect(ids).not.toContain(missing.id);
    expect(rowsOf(reopened)).toEqual(truthOf(reopened));
    expect(rowsOf(reopened).find((row) => row.id === older.id)?.title).toBe('Day 2');
  });

  it('a lock while bodies are still being read keeps nothing and writes nothing under a wiped key', async () => {
    const dir = `${folder()}/journal`;
    await seeded(dir);
    const journal = await opened(dir);
    journal.forget();
    await journal.whenChecked();
    await journal.whenOpened();
    expect(journal.list({}).total).toBe(0);
    expect(journal.opening()).toBeNull();
    const again = await opened(dir);
    await again.whenChecked();
    expect(again.damaged).toEqual([]);
    expect(rowsOf(again)).toHaveLength(5);
  });
});

/** Each change a person makes to an entry, from a fresh open of the seeded journal. */
const CHANGES: { name: string; run: (journal: Journal, entries: Entry[]) => Promise<unknown> }[] = [
  { name: 'edit the words', run: (journal, [entry]) => journal.save({ id: entry!.id, title: 'Day 0, rewritten', date: '2026-02-27', body: 'It was not all on me.', tags: ['later'] }) },
  { name: 'save a new entry', run: (journal) => journal.save({ title: 'New', date: '2026-03-09', body: 'a new page', tags: ['new'] }) },
  { name: 'move to the trash', run: (journal, [, entry]) => journal.trash(entry!.id) },
  { name: 'restore from the trash', run: (journal, entries) => journal.restore(entries[5]!.id) },
  { name: 'delete for good', run: (journal, entries) => journal.purge(entries[5]!.id) },
];

describe('rows stay true to the records through a crash at every write step', () => {
  for (const change of CHANGES) {
    it(`${change.name}: at open the rows are an acknowledged version, after the bodies exactly the records, and the next open lists them at once`, async () => {
      const seed = `${folder()}/seed`;
      const entries = await seeded(seed);
      const before = await opened(seed);
      // Framing an open works out (an entry trashed before its framing landed) is saved now, so every copy starts from here.
      await before.settle();
      const rowsBefore = new Map([...rowsOf(before), ...rowsOf(before, true)].map((row) => [row.id, row]));

      // How many write calls the change (with the framing saved after it) makes when nothing fails.
      const counting = createFaultyFileSystem();
      const countDir = `${folder()}/count`;
      await cp(seed, countDir, { recursive: true });
      const countJournal = await opened(countDir, counting.fs);
      await countJournal.whenChecked();
      const start = counting.calls.length;
      await change.run(countJournal, entries);
      await countJournal.settle();
      const steps = counting.calls.slice(start).filter((call) => WRITE_OPERATIONS.includes(call.op)).length;
      expect(steps).toBeGreaterThan(2);
      // A new entry's id differs from run to run: it is known by its place among ids the seed did not have.
      const idOf = (id: string) => (rowsBefore.has(id) ? id : 'new');
      const rowsAfter = new Map([...rowsOf(countJournal), ...rowsOf(countJournal, true)].map((row) => [idOf(row.id), { ...row, id: idOf(row.id) }]));

      for (let at = 0; at <= steps; at++) {
        const dir = `${folder()}/crash-${at}`;
        await cp(seed, dir, { recursive: true });
        // A crash at write call `at`: that call and every one after it never reach the disk.
        const faulty = createFaultyFileSystem();
        const journal = await opened(dir, faulty.fs);
        await journal.whenChecked();
        faulty.fail({ op: WRITE_OPERATIONS, code: 'EIO', after: at });
        await change.run(journal, entries).catch(() => undefined);
        await journal.settle();

        const reopened = await opened(dir);
        const early = [...rowsOf(reopened), ...rowsOf(reopened, true)];
        for (const row of early) {
          // Acknowledged versions: before the change, the change saved without framing yet (its framing is a later save), and after.
          const after = rowsAfter.get(idOf(row.id));
          const known = [rowsBefore.get(row.id), after && { ...after, framing: null }, after].filter((candidate) => candidate !== undefined);
          expect(known, `crash at write ${at}: ${row.title}`).toContainEqual({ ...row, id: idOf(row.id) });
        }
        await reopened.whenChecked();
        expect(reopened.damaged, `crash at write ${at}`).toEqual([]);
        expect(rowsOf(reopened), `crash at write ${at}`).toEqual(truthOf(reopened));
        // Framing a crash cut off is worked out again at this open and saved with its row.
        await reopened.settle();
        const listed = rowsOf(reopened);
        expect(listed, `crash at write ${at}`).toEqual(truthOf(reopened));
        expect(rowsOf(reopened, true), `crash at write ${at}`).toEqual(truthOf(reopened, true));

        const next = await opened(dir);
        expect(rowsOf(next), `crash at write ${at}, next open`).toEqual(listed);
        await next.whenChecked();
        expect(rowsOf(next), `crash at write ${at}, next open`).toEqual(truthOf(next));
      }
    }, 120_000);
  }
});
