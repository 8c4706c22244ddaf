import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AutoBackup } from '../../../electron/backup/auto-backup';
import { restoreBackupInto } from '../../../electron/backup/restore-into';
import { nodeFileSystem } from '../../../electron/vault/storage/file-system';
import { recordPath } from '../../../electron/vault/storage/record-paths';
import { FAST_KDF } from '../../support/temp-folder';
import { useTempFolder } from '../../support/use-temp-folder';
import { PASS, createJournal, newVault, recordsOf, services, settleJournals, snapshot } from './journal-helpers';

const folder = useTempFolder('bf-merge-');
let clock: Date;
const now = () => clock;

beforeEach(async () => {
  clock = new Date('2026-03-01T10:00:00.000Z');
});
afterEach(async () => {
  await settleJournals();
});

/**
 * Journal A and a copy X restored from A's backup, then both edited: X's backup,
 * merged into A, has each of the three cases.
 */
async function divergedJournals() {
  const { vault: a } = await createJournal(join(folder(), 'a'), now);
  const alpha = await a.journal().save({ title: 'Alpha', date: '2026-02-01', body: 'first', tags: [] });
  const bravo = await a.journal().save({ title: 'Bravo', date: '2026-02-02', body: 'second', tags: [] });
  const charlie = await a.journal().save({ title: 'Charlie', date: '2026-02-03', body: 'third', tags: [] });
  const same = await a.journal().save({ title: 'Same', date: '2026-02-04', body: 'unchanged everywhere', tags: [] });
  const base = join(folder(), 'base.bfbackup');
  await services(a, { now }).exportTo(base, 'journal-keys');
  await restoreBackupInto(base, { secret: PASS }, join(folder(), 'x'), { fs: nodeFileSystem, kdf: FAST_KDF });
  const x = newVault(join(folder(), 'x'), now);
  await x.unlock(PASS);

  clock = new Date('2026-03-01T11:00:00.000Z');
  await x.journal().save({ id: alpha.id, title: 'Alpha', date: '2026-02-01', body: 'first, rewritten on the other computer', tags: [] });
  const delta = await x.journal().save({ title: 'Delta', date: '2026-02-05', body: 'only on the other computer', tags: [] });
  const fromX = join(folder(), 'from-x.bfbackup');
  await services(x, { now }).exportTo(fromX, 'journal-keys');

  clock = new Date('2026-03-01T12:00:00.000Z');
  await a.journal().save({ id: bravo.id, title: 'Bravo', date: '2026-02-02', body: 'second, rewritten here later', tags: [] });
  await a.journal().trash(charlie.id);
  await a.journal().purge(charlie.id);
  return { a, x, fromX, ids: { alpha: alpha.id, bravo: bravo.id, charlie: charlie.id, delta: delta.id, same: same.id } };
}

describe('merging a backup into the open journal', () => {
  it('previews what it will add, update and keep, writing nothing', async () => {
    const { a, fromX, ids } = await divergedJournals();
    const before = await snapshot(a.journalDir);
    const preview = await services(a, { now }).previewMerge(fromX);
    expect(preview).toMatchObject({ applied: false, added: 2, updated: 1, keptNewer: 1, unchanged: 1, repaired: 0, earlierVersionsKept: 2, moreItems: 0 });
    expect(preview.items.added.map((item) => item.title).sort()).toEqual(['Charlie', 'Delta']);
    expect(preview.items.updated).toEqual([{ id: ids.alpha, kind: 'entry', title: 'Alpha', date: '2026-02-01' }]);
    expect(preview.items.keptNewer).toEqual([{ id: ids.bravo, kind: 'entry', title: 'Bravo', date: '2026-02-02' }]);
    expect(await snapshot(a.journalDir)).toEqual(before);
  });

  it('keeps the same content once, the newer of two versions current and the other as an earlier version', async () => {
    const { a, fromX, ids } = await divergedJournals();
    clock = new Date('2026-03-01T13:00:00.000Z');
    const merged = await services(a, { now }).merge(fromX);
    expect(merged).toMatchObject({ applied: true, added: 2, updated: 1, keptNewer: 1, unchanged: 1 });
    const journal = a.journal();

    // Same id, same content: one copy.
    expect(journal.list({ query: 'unchanged everywhere' }).total).toBe(1);
    expect(journal.earlierVersions(ids.same)).toEqual([]);
    // Same id, the backup's newer: it is current, the journal's old text an earlier version.
    expect(journal.get(ids.alpha).body).toBe('first, rewritten on the other computer');
    expect(journal.earlierVersions(ids.alpha)).toEqual([
      expect.objectContaining({ reason: 'merge', keptAt: '2026-03-01T13:00:00.000Z', entry: expect.objectContaining({ body: 'first' }) }),
    ]);
    // Same id, the journal's newer: it stays, the backup's older text an earlier version.
    expect(journal.get(ids.bravo).body).toBe('second, rewritten here later');
    expect(journal.earlierVersions(ids.bravo).map((version) => version.entry.body)).toEqual(['second']);
    // Only in the backup: added, with its own dates.
    expect(journal.get(ids.charlie)).toMatchObject({ body: 'third', createdAt: '2026-03-01T10:00:00.000Z' });
    expect(journal.get(ids.delta).body).toBe('only on the other computer');

    // Survives a lock: the earlier versions are records of their own.
    await a.lock('user');
    await a.unlock(PASS);
    expect(a.journal().earlierVersions(ids.alpha)).toHaveLength(1);
  });

  it('merging the same backup again changes nothing', async () => {
    const { a, fromX } = await divergedJournals();
    await services(a, { now }).merge(fromX);
    const after = await snapshot(a.journalDir);
    const records = await recordsOf(a);
    const again = await services(a, { now }).merge(fromX);
    expect(again).toMatchObject({ added: 0, updated: 0, earlierVersionsKept: 0 });
    expect(await recordsOf(a)).toEqual(records);
    expect(Object.keys(await snapshot(a.journalDir)).sort()).toEqual(Object.keys(after).sort());
  });

  it('deleting an entry for good deletes its earlier versions with it', async () => {
    const { a, fromX, ids } = await divergedJournals();
    await services(a, { now }).merge(fromX);
    const countOf = async (kind: string) => (await recordsOf(a)).filter((record) => record.kind === kind).length;
    expect(await countOf('earlier-version')).toBe(2);
    await a.journal().trash(ids.alpha);
    await a.journal().purge(ids.alpha);
    expect(await countOf('earlier-version')).toBe(1);
  });

  it("adds everything from another journal's backup, with that journal's passphrase", async () => {
    const { vault: other } = await createJournal(join(folder(), 'other'), now);
    await other.journal().save({ title: 'From elsewhere', date: '2025-05-05', body: 'hello', tags: ['old'] });
    const file = join(folder(), 'other.bfbackup');
    await services(other).exportTo(file, 'journal-keys');
    const { vault: mine } = await createJournal(join(folder(), 'mine'), now);
    await expect(services(mine).previewMerge(file)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE', message: expect.stringMatching(/another journal/) });
    const merged = await services(mine).merge(file, PASS);
    expect(merged).toMatchObject({ added: 1, unchanged: 0 });
    expect(mine.journal().list({ tags: ['old'] }).entries.map((entry) => entry.title)).toEqual(['From elsewhere']);
  });

  it('repairs a record the journal cannot read from the backup, setting the unreadable file aside', async () => {
    const { vault } = await createJournal(join(folder(), 'a'), now);
    const entry = await vault.journal().save({ title: 'Precious', date: '2026-02-01', body: 'the only copy', tags: [] });
    const file = join(folder(), 'a.bfbackup');
    await services(vault).exportTo(file, 'journal-keys');
    await vault.lock('user');
    const damagedBytes = Buffer.from('garbage that is long enough to look like a record at all');
    await writeFile(recordPath(vault.journalDir, entry.id), damagedBytes);
    await vault.unlock(PASS);
    expect(() => vault.journal().get(entry.id)).toThrow();
    expect(await services(vault).previewMerge(file)).toMatchObject({ repaired: 1, added: 0 });
    expect(await services(vault).merge(file)).toMatchObject({ repaired: 1, applied: true });
    expect(vault.journal().get(entry.id).body).toBe('the only copy');
    const setAside = (await readdir(dirname(recordPath(vault.journalDir, entry.id)))).filter((name) => name !== `${entry.id}.bfr`);
    expect(setAside).toHaveLength(1);
    expect(await readFile(join(dirname(recordPath(vault.journalDir, entry.id)), setAside[0]!))).toEqual(damagedBytes);
  });

  it("keeps the journal's own settings", async () => {
    const { vault: other } = await createJournal(join(folder(), 'other'), now);
    await other.journal().updateSettings({ autoLockMinutes: 60 });
    const file = join(folder(), 'other.bfbackup');
    await services(other).exportTo(file, 'journal-keys');
    const { vault: mine } = await createJournal(join(folder(), 'mine'), now);
    await mine.journal().updateSettings({ autoLockMinutes: 5 });
    await services(mine).merge(file, PASS);
    expect(mine.journal().getSettings().autoLockMinutes).toBe(5);
  });

  it("never switches on automatic backups from another computer's backup", async () => {
    const { vault: other } = await createJournal(join(folder(), 'other'), now);
    await new AutoBackup({ vault: other, fs: nodeFileSystem, now }).update({ enabled: true, folder: folder() });
    const file = join(folder(), 'other.bfbackup');
    await services(other).exportTo(file, 'journal-keys');
    const { vault: mine } = await createJournal(join(folder(), 'mine'), now);
    expect(await services(mine).previewMerge(file, PASS)).toMatchObject({ added: 0, unchanged: 0 });
    await services(mine).merge(file, PASS);
    expect(await new AutoBackup({ vault: mine, fs: nodeFileSystem, now }).settings()).toMatchObject({ enabled: false, folder: null });
  });
});
