import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AutoBackup } from '../../../electron/backup/auto-backup';
import { verifyBackupFile } from '../../../electron/backup/verify-backup';
import type { Timers } from '../../../electron/vault/auto-lock';
import { nodeFileSystem } from '../../../electron/vault/storage/file-system';
import { filesContaining } from '../../support/find-plaintext';
import { useTempFolder } from '../../support/use-temp-folder';
import { PASS, createJournal, settleJournals } from './journal-helpers';

const folder = useTempFolder('bf-auto-');
let clock: Date;
const pending: (() => void)[] = [];
const fakeTimers: Timers = {
  setTimeout: (callback) => pending.push(callback),
  clearTimeout: () => undefined,
};

beforeEach(async () => {
  clock = new Date('2026-03-01T10:00:00.000Z');
  pending.length = 0;
});
afterEach(async () => {
  await settleJournals();
});

async function setUp() {
  const { vault } = await createJournal(join(folder(), 'journal'), () => clock);
  await vault.journal().save({ title: 'Day one', date: '2026-03-01', body: 'autobackupmarker', tags: [] });
  const auto = new AutoBackup({ vault, fs: nodeFileSystem, now: () => clock, timers: fakeTimers });
  vault.onUnlock(() => auto.afterUnlock());
  vault.onLock(() => auto.stop());
  const target = join(folder(), 'backups');
  await mkdir(target);
  return { vault, auto, target };
}

const backupsIn = async (dir: string) => (await readdir(dir)).filter((name) => name.endsWith('.bfbackup')).sort();

describe('automatic backups', () => {
  it('is off until a folder is chosen and it is turned on', async () => {
    const { auto } = await setUp();
    expect(await auto.settings()).toEqual({ enabled: false, schedule: 'daily', keep: 10, folder: null, last: null, lastSuccessAt: null });
    await expect(auto.update({ enabled: true })).rejects.toMatchObject({ code: 'INVALID_REQUEST', message: expect.stringMatching(/Choose a folder/) });
  });

  it('backs up after every unlock, keeps the newest N, and records the result in the encrypted settings', async () => {
    const { vault, auto, target } = await setUp();
    await writeFile(join(target, 'my-own-notes.txt'), 'not ours to delete');
    await auto.update({ enabled: true, schedule: 'unlock', keep: 2, folder: target });
    for (let i = 0; i < 4; i++) {
      clock = new Date(Date.parse('2026-03-01T10:00:00.000Z') + i * 60_000);
      await vault.lock('user');
      await vault.unlock(PASS);
      await auto.whenIdle();
    }
    expect(await backupsIn(target)).toEqual(['bounce-forward-auto-20260301-100200.bfbackup', 'bounce-forward-auto-20260301-100300.bfbackup']);
    expect(await readdir(target)).toContain('my-own-notes.txt');
    const settings = await auto.settings();
    expect(settings.last).toEqual({
      at: '2026-03-01T10:03:00.000Z',
      ok: true,
      message: 'Backed up 1 entry to bounce-forward-auto-20260301-100300.bfbackup.',
      file: join(target, 'bounce-forward-auto-20260301-100300.bfbackup'),
    });
    expect(await verifyBackupFile(settings.last!.file!, { secret: PASS })).toMatchObject({ entries: 1, byKind: { 'auto-backup': 1 } });
    // The settings and status live inside the encrypted journal, not beside it.
    expect(await filesContaining(join(folder(), 'journal'), 'bounce-forward-auto')).toEqual([]);
    expect(await filesContaining(folder(), 'autobackupmarker')).toEqual([]);
  });

  it('backs up at most once a day on the daily schedule, checking hourly while open', async () => {
    const { vault, auto, target } = await setUp();
    await auto.update({ enabled: true, schedule: 'daily', folder: target });
    await vault.lock('user');
    await vault.unlock(PASS);
    await auto.whenIdle();
    expect(await backupsIn(target)).toHaveLength(1);
    clock = new Date('2026-03-01T20:00:00.000Z');
    pending.shift()!();
    await auto.whenIdle();
    expect(await backupsIn(target)).toHaveLength(1);
    clock = new Date('2026-03-02T10:30:00.000Z');
    pending.shift()!();
    await auto.whenIdle();
    expect(await backupsIn(target)).toHaveLength(2);
  });

  it('records a plain failure when the folder is gone, and runs on request', async () => {
    const { auto } = await setUp();
    await auto.update({ enabled: true, folder: join(folder(), 'unplugged-drive') });
    const after = await auto.runNow();
    expect(after.last).toMatchObject({ ok: false, file: null, message: expect.stringMatching(/was not found\. If it is on a drive that is not connected, connect it; your journal is unchanged\./) });
    expect(after.lastSuccessAt).toBeNull();
  });
});
