import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupService } from '../../../electron/backup/backup-service';
import { Work } from '../../../electron/backup/work';
import { nodeFileSystem } from '../../../electron/vault/storage/file-system';
import { FAST_KDF } from '../../support/temp-folder';
import type { Vault } from '../../../electron/vault/vault';
import { useTempFolder } from '../../support/use-temp-folder';
import { createJournal, PASS, recordsOf, services, settleJournals, SMALL_CHUNKS, snapshot } from './journal-helpers';
import { cancelPoints, expectStages, watched, type Step } from './work-helpers';

const folder = useTempFolder('bf-work-cancel-');
const scratchService = (scratchParent: string) => new BackupService({ vault, fs: nodeFileSystem, kdf: FAST_KDF, scratchParent });
afterEach(async () => {
  await settleJournals();
});
const ENTRIES = 12;

let vault: Vault;
let backup: string;

/** A journal of a dozen entries and its backup in small chunks, so reading it takes many steps. */
beforeEach(async () => {
  ({ vault } = await createJournal(join(folder(), 'journal')));
  for (let n = 1; n <= ENTRIES; n++) {
    await vault.journal().save({ title: `Day ${n}`, date: `2026-03-${String(n).padStart(2, '0')}`, body: `What happened on day ${n}, in a few words.`, tags: [] });
  }
  await settleJournals();
  backup = join(folder(), 'backup.bfbackup');
  await services(vault, { chunkBytes: SMALL_CHUNKS }).exportTo(backup, 'journal-keys');
});

describe('export', () => {
  it('counts the records it seals, then the records it reads back, each up to its total', async () => {
    const { work, seen } = watched('export');
    const out = join(folder(), 'out');
    await mkdir(out);
    const result = await services(vault).exportTo(join(out, 'b.bfbackup'), 'journal-keys', work);
    expectStages(seen, ['sealing', 'checking']);
    expect(seen.at(-1)).toMatchObject({ stage: 'checking', done: result.records, total: result.records, cancellable: true });
  });

  it('cancelled at any step, leaves no file, hidden or not, and keeps a file already there as it was', async () => {
    const out = join(folder(), 'out');
    await mkdir(out);
    const { work, seen } = watched('export');
    await services(vault).exportTo(join(out, 'first.bfbackup'), 'journal-keys', work);
    const target = join(out, 'first.bfbackup');
    const before = await snapshot(out);
    const journalBefore = await snapshot(vault.journalDir);
    const points = cancelPoints(seen);
    expect(points.length).toBeGreaterThanOrEqual(6);
    for (const point of points) {
      for (const path of [target, join(out, 'second.bfbackup')]) {
        const cancelled = watched('export', point);
        await expect(services(vault).exportTo(path, 'journal-keys', cancelled.work), `${point.stage} ${point.done}`).rejects.toMatchObject({ code: 'CANCELLED' });
        expect(cancelled.cancelAnswers).toEqual([true]);
        expect(await snapshot(out), `${point.stage} ${point.done}`).toEqual(before);
      }
    }
    expect(await snapshot(vault.journalDir)).toEqual(journalBefore);
  });
});

describe('verify', () => {
  it('counts the bytes of the file it has checked, up to its size', async () => {
    const { work, seen } = watched('verify');
    await services(vault).verify(backup, undefined, work);
    expectStages(seen, ['reading']);
    expect(seen.length).toBeGreaterThan(20);
  });

  it('cancelled at any step, stops with the file unchanged', async () => {
    const { work, seen } = watched('verify');
    await services(vault).verify(backup, undefined, work);
    const before = await snapshot(folder());
    for (const point of cancelPoints(seen, 6)) {
      const cancelled = watched('verify', point);
      await expect(services(vault).verify(backup, undefined, cancelled.work)).rejects.toMatchObject({ code: 'CANCELLED' });
      expect(await snapshot(folder())).toEqual(before);
    }
  });
});

describe('test restore', () => {
  it('counts the bytes it restores, then the records it reads back, and removes its scratch folder', async () => {
    const scratch = join(folder(), 'scratch');
    await mkdir(scratch);
    const { work, seen } = watched('testRestore');
    const result = await scratchService(scratch).testRestore(backup, PASS, work);
    expect(result.wouldSucceed).toBe(true);
    expectStages(seen, ['reading', 'checking']);
    expect(await readdir(scratch)).toEqual([]);
  });

  it('cancelled at any step, leaves no scratch folder behind', async () => {
    const scratch = join(folder(), 'scratch');
    await mkdir(scratch);
    const { work, seen } = watched('testRestore');
    await scratchService(scratch).testRestore(backup, PASS, work);
    const before = await snapshot(folder());
    for (const point of cancelPoints(seen)) {
      const cancelled = watched('testRestore', point);
      await expect(scratchService(scratch).testRestore(backup, PASS, cancelled.work)).rejects.toMatchObject({ code: 'CANCELLED' });
      expect(await readdir(scratch), `${point.stage} ${point.done}`).toEqual([]);
      expect(await snapshot(folder())).toEqual(before);
    }
  });
});

describe('restore', () => {
  it('cancelled while reading, leaves neither the journal nor its hidden folder', async () => {
    const parent = join(folder(), 'restores');
    await mkdir(parent);
    const { work, seen } = watched('restore');
    await services(vault).restoreInto(backup, PASS, join(parent, 'whole'), work);
    expectStages(seen, ['reading']);
    const before = await snapshot(parent);
    for (const point of cancelPoints(seen, 6)) {
      const cancelled = watched('restore', point);
      await expect(services(vault).restoreInto(backup, PASS, join(parent, 'stopped'), cancelled.work)).rejects.toMatchObject({ code: 'CANCELLED' });
      expect(await snapshot(parent), `${point.stage} ${point.done}`).toEqual(before);
    }
  });

  it('says when it can no longer be stopped, refuses a cancel from then on, and finishes', async () => {
    const parent = join(folder(), 'restores');
    const seen: Step[] = [];
    const answers: boolean[] = [];
    const work: Work = new Work('restore', (step) => {
      seen.push(step);
      if (!step.cancellable && answers.length === 0) answers.push(work.cancel());
    });
    const result = await services(vault).restoreInto(backup, PASS, join(parent, 'late'), work);
    expect(answers).toEqual([false]);
    expect(seen.at(-1)).toMatchObject({ cancellable: false });
    expect(seen.slice(0, -1).every((step) => step.cancellable)).toBe(true);
    expect(result.entries).toBe(ENTRIES);
  });
});

describe('merge', () => {
  it('can be stopped while it reads the backup, with the journal folder exactly as it was', async () => {
    const { work, seen } = watched('merge');
    await services(vault).previewMerge(backup, undefined, undefined, work);
    const before = await snapshot(vault.journalDir);
    for (const point of cancelPoints(seen, 5)) {
      const cancelled = watched('merge', point);
      await expect(services(vault).merge(backup, undefined, undefined, cancelled.work)).rejects.toMatchObject({ code: 'CANCELLED' });
      expect(await snapshot(vault.journalDir)).toEqual(before);
    }
  });

  it('from its first write on, says it can no longer be stopped and refuses a cancel', async () => {
    const other = await createJournal(join(folder(), 'other'));
    await other.vault.journal().save({ title: 'From the other computer', date: '2026-04-01', body: 'Only there.', tags: [] });
    await settleJournals();
    const otherBackup = join(folder(), 'other.bfbackup');
    await services(other.vault).exportTo(otherBackup, 'journal-keys');
    const { work, seen, cancelAnswers } = watched('merge', { stage: 'writing', done: 0 });
    const summary = await services(vault).merge(otherBackup, PASS, undefined, work);
    expect(summary.applied).toBe(true);
    expect(cancelAnswers).toEqual([false]);
    expect(seen.filter((step) => step.stage === 'writing').every((step) => !step.cancellable)).toBe(true);
    expect(seen.filter((step) => step.stage === 'reading').slice(0, -1).every((step) => step.cancellable)).toBe(true);
    expectStages(seen, ['reading', 'writing']);
    expect((await recordsOf(vault)).some((record) => (record.data as { title?: string }).title === 'From the other computer')).toBe(true);
  });
});
