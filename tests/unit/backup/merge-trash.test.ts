import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { restoreBackupInto } from '../../../electron/backup/restore-into';
import { nodeFileSystem } from '../../../electron/vault/storage/file-system';
import { FAST_KDF } from '../../support/temp-folder';
import { useTempFolder } from '../../support/use-temp-folder';
import { PASS, createJournal, newVault, services, settleJournals } from './journal-helpers';

// Issue 9, item 4: a merge never purges. An entry that arrives trashed keeps, as the
// date it went into the trash *here*, the time of the merge.

const DAY = 86_400_000;
const folder = useTempFolder('bf-merge-trash-');
let clock: Date;
const now = () => clock;
const later = (days: number) => {
  clock = new Date(clock.getTime() + days * DAY);
};

beforeEach(async () => {
  clock = new Date('2026-01-01T10:00:00.000Z');
});
afterEach(async () => {
  await settleJournals();
});

describe('merging a copy in which an entry was edited, then trashed long ago', () => {
  it('keeps the entry and the earlier version it promised, and gives it 30 days from the merge', async () => {
    const { vault: a } = await createJournal(join(folder(), 'a'), now);
    const entry = await a.journal().save({ title: 'Letter', date: '2026-01-01', body: 'first words', tags: [] });
    const base = join(folder(), 'base.bfbackup');
    await services(a, { now }).exportTo(base, 'journal-keys');
    await restoreBackupInto(base, { secret: PASS }, join(folder(), 'x'), { fs: nodeFileSystem, kdf: FAST_KDF });
    const x = newVault(join(folder(), 'x'), now);
    await x.unlock(PASS);
    later(1);
    await x.journal().save({ id: entry.id, title: 'Letter', date: '2026-01-01', body: 'first words, rewritten on the other copy', tags: [] });
    await x.journal().trash(entry.id);
    const fromX = join(folder(), 'from-x.bfbackup');
    await services(x, { now }).exportTo(fromX, 'journal-keys');
    await x.lock('quit');

    later(40);
    const merged = await services(a, { now }).merge(fromX);
    expect(merged).toMatchObject({ applied: true, updated: 1, earlierVersionsKept: 1 });
    // The reload right after the merge used to purge both here.
    expect(a.journal().get(entry.id)).toMatchObject({ body: 'first words, rewritten on the other copy' });
    expect(a.journal().get(entry.id).deletedAt).not.toBeNull();
    expect(a.journal().earlierVersions(entry.id)).toEqual([expect.objectContaining({ entry: expect.objectContaining({ body: 'first words' }) })]);
    await a.lock('quit');

    later(29);
    const stillThere = newVault(join(folder(), 'a'), now);
    await stillThere.unlock(PASS);
    expect(stillThere.journal().earlierVersions(entry.id)).toHaveLength(1);
    await stillThere.lock('quit');

    later(2);
    const gone = newVault(join(folder(), 'a'), now);
    await gone.unlock(PASS);
    expect(() => gone.journal().get(entry.id)).toThrow(/no longer exists/);
    expect((await gone.status()).damaged).toBeUndefined();
  });
});
