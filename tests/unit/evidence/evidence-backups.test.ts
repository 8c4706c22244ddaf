import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { restoreBackupInto } from '../../../electron/backup/restore-into';
import { verifyBackupFile } from '../../../electron/backup/verify-backup';
import { nodeFileSystem } from '../../../electron/vault/storage/file-system';
import { FAST_KDF } from '../../support/temp-folder';
import { useTempFolder } from '../../support/use-temp-folder';
import { PASS, createJournal, newVault, recordsOf, services, settleJournals } from '../backup/journal-helpers';
import { winDraft } from './evidence-helpers';

const folder = useTempFolder('bf-evidence-backup-');
const OLD_BACKUP = join(__dirname, '../../fixtures/old-backups/before-the-vault.bfbackup');
const OLD_PASS = 'old harbour lantern 2026 quiet';
let clock: Date;
const now = () => clock;

beforeEach(() => {
  clock = new Date('2026-03-01T10:00:00.000Z');
});
afterEach(async () => {
  await settleJournals();
});

describe('wins, own steps and practices in backups', () => {
  it('are exported, counted by verify and restored exactly', async () => {
    const { vault } = await createJournal(join(folder(), 'a'), now);
    const journal = vault.journal();
    const entry = await journal.save({ title: 'Lost the pitch', date: '2026-02-01', body: 'They said no.', tags: [] });
    await journal.evidence.wins.save(winDraft({ entryIds: [entry.id] }));
    const trashed = await journal.evidence.wins.save(winDraft({ title: 'For the trash' }));
    await journal.evidence.wins.records.trash(trashed.id);
    await journal.evidence.steps.add({ text: 'Send a text' });
    await journal.evidence.practices.plan({ date: '2026-03-02', attempt: 'Ask for feedback', expected: 6 });
    const before = await recordsOf(vault);
    const file = join(folder(), 'a.bfbackup');
    await services(vault, { now }).exportTo(file, 'journal-keys');
    const report = await verifyBackupFile(file, { secret: PASS });
    expect(report.byKind).toMatchObject({ entry: 1, win: 2, step: 1, practice: 1 });
    expect(report.setAsideCount).toBe(0);

    await restoreBackupInto(file, { secret: PASS }, join(folder(), 'b'), { fs: nodeFileSystem, kdf: FAST_KDF });
    const restored = newVault(join(folder(), 'b'), now);
    await restored.unlock(PASS);
    expect(await recordsOf(restored)).toEqual(before);
    const vaultThere = restored.journal().evidence;
    expect(vaultThere.wins.linkedTo(entry.id)).toHaveLength(1);
    expect(vaultThere.wins.records.trashed().map((win) => win.id)).toEqual([trashed.id]);
    expect(vaultThere.steps.lists().open.map((step) => step.text)).toEqual(['Send a text']);
    expect(vaultThere.practices.waiting().map((practice) => practice.attempt)).toEqual(['Ask for feedback']);
  });

  it('merge concurrent edits to a win: the later edit is current and the other is kept as an earlier version', async () => {
    const { vault: a } = await createJournal(join(folder(), 'a'), now);
    const win = await a.journal().evidence.wins.save(winDraft({ story: 'First telling.' }));
    const base = join(folder(), 'base.bfbackup');
    await services(a, { now }).exportTo(base, 'journal-keys');
    await restoreBackupInto(base, { secret: PASS }, join(folder(), 'x'), { fs: nodeFileSystem, kdf: FAST_KDF });
    const x = newVault(join(folder(), 'x'), now);
    await x.unlock(PASS);

    clock = new Date('2026-03-01T11:00:00.000Z');
    await a.journal().evidence.wins.save({ ...winDraft({ story: 'Told here, on the laptop.' }), id: win.id });
    clock = new Date('2026-03-01T12:00:00.000Z');
    await x.journal().evidence.wins.save({ ...winDraft({ story: 'Told there, on the desktop, later.', area: 'creative' }), id: win.id });
    const fromX = join(folder(), 'from-x.bfbackup');
    await services(x, { now }).exportTo(fromX, 'journal-keys');

    const merged = await services(a, { now }).merge(fromX);
    expect(merged).toMatchObject({ applied: true, updated: 1, earlierVersionsKept: 1 });
    expect(merged.items.updated).toEqual([{ id: win.id, kind: 'win', title: win.title, date: win.date }]);
    const current = a.journal().evidence.wins.records.get(win.id);
    expect(current).toMatchObject({ story: 'Told there, on the desktop, later.', area: 'creative' });
    // Neither telling is lost: the laptop's is an earlier version of the same win.
    const kept = (await recordsOf(a)).filter((record) => record.kind === 'earlier-version');
    expect(kept.map((record) => record.data)).toEqual([expect.objectContaining({ of: { id: win.id, kind: 'win' }, data: expect.objectContaining({ story: 'Told here, on the laptop.' }) })]);

    // Merging the other way round keeps the laptop's telling too, and the same current one.
    const fromA = join(folder(), 'from-a.bfbackup');
    await services(a, { now }).exportTo(fromA, 'journal-keys');
    await services(x, { now }).merge(fromA);
    expect(x.journal().evidence.wins.records.get(win.id).story).toBe('Told there, on the desktop, later.');
  });

  it('a backup made before the vault existed still verifies and restores, and the journal then keeps wins', async () => {
    const copy = join(folder(), 'old.bfbackup');
    await copyFile(OLD_BACKUP, copy);
    const report = await verifyBackupFile(copy, { secret: OLD_PASS });
    expect(report).toMatchObject({ entries: 1, setAsideCount: 0 });
    await restoreBackupInto(copy, { secret: OLD_PASS }, join(folder(), 'restored'), { fs: nodeFileSystem, kdf: FAST_KDF });
    const vault = newVault(join(folder(), 'restored'), now);
    await vault.unlock(OLD_PASS);
    const [entry] = vault.journal().list({}).entries;
    expect(entry).toMatchObject({ title: 'Before the vault', date: '2026-11-20', tags: ['work'] });
    expect(vault.journal().evidence.wins.overview().total).toBe(0);
    const win = await vault.journal().evidence.wins.save(winDraft({ entryIds: [entry!.id] }));
    await vault.lock('user');
    await vault.unlock(OLD_PASS);
    expect(vault.journal().evidence.wins.linkedTo(entry!.id).map((summary) => summary.id)).toEqual([win.id]);
  });
});
