import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AutoBackup } from '../../../electron/backup/auto-backup';
import { nodeFileSystem } from '../../../electron/vault/storage/file-system';
import { useTempFolder } from '../../support/use-temp-folder';
import { createJournal, settleJournals } from './journal-helpers';

const folder = useTempFolder('bf-rotate-');
let clock: Date;
const now = () => clock;
beforeEach(async () => {
  clock = new Date('2026-03-01T10:00:00.000Z');
});
afterEach(async () => {
  await settleJournals();
});

const backupsIn = async (dir: string) => (await readdir(dir)).filter((name) => name.endsWith('.bfbackup')).sort();
const tick = (minutes: number) => {
  clock = new Date(clock.getTime() + minutes * 60_000);
};

async function journalBackingUpTo(name: string, target: string, keep: number): Promise<AutoBackup> {
  const { vault } = await createJournal(join(folder(), name), now);
  await vault.journal().save({ title: name, date: '2026-03-01', body: name, tags: [] });
  const auto = new AutoBackup({ vault, fs: nodeFileSystem, now });
  await auto.update({ enabled: true, schedule: 'unlock', keep, folder: target });
  return auto;
}

describe('automatic backup rotation (item 8)', () => {
  it("two journals backing up into one folder keep each other's backups", async () => {
    const target = join(folder(), 'shared');
    await mkdir(target);
    const a = await journalBackingUpTo('a', target, 1);
    const b = await journalBackingUpTo('b', target, 1);
    await a.runNow();
    tick(1);
    const fromB = await b.runNow();
    tick(1);
    const fromA = await a.runNow();
    expect(fromB.last).toMatchObject({ ok: true });
    expect(fromA.last).toMatchObject({ ok: true });
    expect(await backupsIn(target)).toEqual(['bounce-forward-auto-20260301-100100.bfbackup', 'bounce-forward-auto-20260301-100200.bfbackup']);
  });

  it('a file named with a later time never makes the new backup be removed; only files this journal wrote are rotated', async () => {
    const target = join(folder(), 'backups');
    await mkdir(target);
    const auto = await journalBackingUpTo('mine', target, 2);
    const first = (await auto.runNow()).last!.file!;
    // One of ours renamed to a far-future time, and a stranger's file wearing our naming.
    await copyFile(first, join(target, 'bounce-forward-auto-29991231-235959.bfbackup'));
    await writeFile(join(target, 'bounce-forward-auto-29991231-235958.bfbackup'), 'not a backup at all');
    for (let i = 0; i < 3; i++) {
      tick(1);
      const { last } = await auto.runNow();
      expect(last).toMatchObject({ ok: true });
      expect(await backupsIn(target)).toContain(last!.file!.slice(target.length + 1));
    }
    // Keep 2: the two newest by when they were made (sealed inside), whatever their names say.
    expect(await backupsIn(target)).toEqual([
      'bounce-forward-auto-20260301-100200.bfbackup',
      'bounce-forward-auto-20260301-100300.bfbackup',
      'bounce-forward-auto-29991231-235958.bfbackup',
    ]);
  });
});
