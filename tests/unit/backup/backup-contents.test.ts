import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { journalKeys } from '../../../electron/backup/format/backup-keys';
import { sealBackup } from '../../../electron/backup/format/backup-writer';
import type { BackupRecord } from '../../../electron/backup/format/body-lines';
import type { Vault } from '../../../electron/vault/vault';
import { useTempFolder } from '../../support/use-temp-folder';
import { PASS, createJournal, newVault, recordsOf, services, settleJournals, snapshot } from './journal-helpers';

const folder = useTempFolder('bf-contents-');
afterEach(async () => {
  await settleJournals();
});

const AT = '2026-03-01T10:00:00.000Z';
const entryData = (id: string, over: Record<string, unknown> = {}) => ({
  id, kind: 'page', title: 'From the backup', date: '2026-02-01', body: 'text', tags: [], reflection: null, corrections: [], framing: null,
  createdAt: AT, updatedAt: AT, deletedAt: null, ...over,
});

/** A backup sealed with `vault`'s own keys holding exactly `records`, as a damaged or hostile writer could make it. */
async function backupOf(vault: Vault, name: string, records: BackupRecord[]): Promise<string> {
  const keys = vault.openKeys();
  const { bytes } = sealBackup({ keys: journalKeys(keys), manifest: { createdAt: AT, app: 'test', journalId: keys.journalId }, records });
  keys.dataKey.fill(0);
  const path = join(folder(), name);
  await writeFile(path, bytes);
  return path;
}

async function reopens(vault: Vault): Promise<void> {
  await vault.lock('user');
  await vault.unlock(PASS);
}

const GOOD = '7d1f4a9e-2b3c-4d5e-8f60-718293a4b5c6';
const BAD = '8e2a5b0f-3c4d-4e6f-9a71-8293a4b5c6d7';

describe('a backup holding a record of the wrong shape (item 3)', () => {
  it('names and leaves out the bad record on preview, merge, verify and restore; the journal keeps opening', async () => {
    const { vault } = await createJournal(join(folder(), 'mine'));
    const file = await backupOf(vault, 'bad-field.bfbackup', [
      { id: GOOD, kind: 'entry', data: entryData(GOOD) },
      { id: BAD, kind: 'entry', data: entryData(BAD, { tags: 'work' }) },
    ]);
    const backups = services(vault);
    const preview = await backups.previewMerge(file);
    expect(preview).toMatchObject({ added: 1, setAsideCount: 1, setAside: [{ id: BAD, kind: 'entry', reason: expect.stringContaining('tags') }] });
    expect(preview.items.added.map((item) => item.id)).toEqual([GOOD]);
    expect(await backups.verify(file)).toMatchObject({ records: 1, entries: 1, setAsideCount: 1, setAside: [{ id: BAD }] });

    expect(await backups.merge(file)).toMatchObject({ applied: true, added: 1, setAsideCount: 1 });
    await reopens(vault);
    expect(vault.journal().get(GOOD).title).toBe('From the backup');
    expect((await recordsOf(vault)).some((record) => record.id === BAD)).toBe(false);

    const target = join(folder(), 'restored');
    const restored = await services(vault).restoreInto(file, undefined, target);
    expect(restored).toMatchObject({ records: 1, setAsideCount: 1, setAside: [{ id: BAD }] });
    const reopened = newVault(target);
    await reopened.unlock(PASS);
    expect(reopened.journal().get(GOOD).title).toBe('From the backup');
    expect(await backups.testRestore(file)).toMatchObject({ wouldSucceed: true, records: 1, setAsideCount: 1, message: expect.stringMatching(/left out/) });
  });
});

describe('records bound to where they are stored (item 6)', () => {
  it('refuses an entry under a new id that names an existing entry, and an earlier version naming a different entry inside', async () => {
    const { vault } = await createJournal(join(folder(), 'mine'));
    const mine = await vault.journal().save({ title: 'Mine', date: '2026-01-01', body: 'what I wrote', tags: [] });
    const later = '2027-01-01T00:00:00.000Z';
    const file = await backupOf(vault, 'smuggled.bfbackup', [
      { id: BAD, kind: 'entry', data: entryData(mine.id, { title: 'Not mine', updatedAt: later }) },
      {
        id: '0123456789abcdef0123456789abcdef01234567',
        kind: 'earlier-version',
        data: { of: { id: GOOD, kind: 'entry' }, data: entryData(mine.id, { title: 'Not mine either' }), keptAt: AT, reason: 'merge' },
      },
    ]);
    const before = await snapshot(vault.journalDir);
    const preview = await services(vault).previewMerge(file);
    expect(preview).toMatchObject({ added: 0, updated: 0, earlierVersionsKept: 0, setAsideCount: 2 });
    expect(preview.setAside.map((item) => item.id)).toEqual([BAD, '0123456789abcdef0123456789abcdef01234567']);
    await services(vault).merge(file);
    expect(await snapshot(vault.journalDir)).toEqual(before);
    await reopens(vault);
    expect(vault.journal().get(mine.id).title).toBe('Mine');
    expect(vault.journal().earlierVersions(mine.id)).toEqual([]);
  });
});

describe('one check for verify, restore and merge (item 11)', () => {
  it('a backup holding one record twice is refused by all of them, and nothing is written', async () => {
    const { vault } = await createJournal(join(folder(), 'mine'));
    const file = await backupOf(vault, 'twice.bfbackup', [
      { id: GOOD, kind: 'entry', data: entryData(GOOD) },
      { id: GOOD, kind: 'entry', data: entryData(GOOD, { body: 'other text' }) },
    ]);
    const before = await snapshot(folder());
    const backups = services(vault);
    const twice = { code: 'DAMAGED', message: expect.stringMatching(/twice/) };
    await expect(backups.verify(file)).rejects.toMatchObject(twice);
    await expect(backups.previewMerge(file)).rejects.toMatchObject(twice);
    await expect(backups.merge(file)).rejects.toMatchObject(twice);
    await expect(backups.restoreInto(file, undefined, join(folder(), 'restored'))).rejects.toMatchObject(twice);
    expect(await backups.testRestore(file)).toMatchObject({ wouldSucceed: false, problem: twice });
    expect(await snapshot(folder())).toEqual(before);
  });
});

describe('restoring a few entries from a backup (onlyIds)', () => {
  it('looks only at the named records and their earlier versions', async () => {
    const { vault } = await createJournal(join(folder(), 'mine'));
    const wanted = await vault.journal().save({ title: 'Wanted', date: '2026-01-01', body: 'good copy', tags: [] });
    const other = await vault.journal().save({ title: 'Other', date: '2026-01-02', body: 'left alone', tags: [] });
    const file = join(folder(), 'full.bfbackup');
    await services(vault).exportTo(file, 'journal-keys');
    const later = new Date(Date.now() + 60_000).toISOString();
    const extra = await backupOf(vault, 'extra.bfbackup', [
      { id: wanted.id, kind: 'entry', data: { ...wanted, body: 'newer copy', updatedAt: later } },
      { id: other.id, kind: 'entry', data: { ...other, body: 'newer other', updatedAt: later } },
      { id: GOOD, kind: 'entry', data: entryData(GOOD) },
      { id: BAD, kind: 'entry', data: entryData(BAD, { tags: 'broken' }) },
      {
        id: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
        kind: 'earlier-version',
        data: { of: { id: wanted.id, kind: 'entry' }, data: { ...wanted, body: 'oldest copy' }, keptAt: AT, reason: 'merge' },
      },
    ]);
    const backups = services(vault);
    const preview = await backups.previewMerge(extra, undefined, [wanted.id]);
    expect(preview).toMatchObject({ added: 0, updated: 1, keptNewer: 0, unchanged: 0, setAsideCount: 0, earlierVersionsKept: 2 });
    expect(await backups.merge(extra, undefined, [wanted.id])).toMatchObject({ applied: true, updated: 1 });
    expect(vault.journal().get(wanted.id).body).toBe('newer copy');
    expect(vault.journal().earlierVersions(wanted.id).map((version) => version.entry.body).sort()).toEqual(['good copy', 'oldest copy']);
    expect(vault.journal().get(other.id).body).toBe('left alone');
    expect(() => vault.journal().get(GOOD)).toThrow();
    expect(await backups.previewMerge(file, undefined, [other.id])).toMatchObject({ unchanged: 1, added: 0, updated: 0 });
  });
});

