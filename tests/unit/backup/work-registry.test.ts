import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppServices, type AppServices } from '../../../electron/api/app-services';
import { ProgressThrottle, WorkRegistry } from '../../../electron/backup/work-registry';
import type { WorkProgress } from '../../../shared/domain/work-progress';
import { progressWords, workProgressSchema } from '../../../shared/domain/work-progress';
import { FAST_KDF } from '../../support/temp-folder';
import { useTempFolder } from '../../support/use-temp-folder';

const folder = useTempFolder('bf-work-registry-');

describe('the work registry', () => {
  it('tells listeners a stage in at most 200 steps and a last one, each carrying the operation', async () => {
    const registry = new WorkRegistry();
    const said: WorkProgress[] = [];
    registry.onProgress((progress) => said.push(progress));
    await registry.run('export', 'op-one', async (work) => {
      for (let done = 0; done <= 10_000; done++) await work.step('sealing', 'records', done, 10_000);
    });
    expect(said.length).toBeLessThanOrEqual(201);
    expect(said.length).toBeGreaterThan(150);
    expect(said.every((progress) => progress.operation === 'op-one' && workProgressSchema.safeParse(progress).success)).toBe(true);
    expect(said.at(-1)).toMatchObject({ done: 10_000, total: 10_000 });
  });

  it('answers a cancel as cancelling, too late once committed, or not running', async () => {
    const registry = new WorkRegistry();
    expect(registry.cancel('nothing-here')).toBe('not-running');
    const stopped = registry.run('verify', 'op-two', async (work) => {
      await work.step('reading', 'bytes', 0, 10);
      expect(registry.cancel('op-two')).toBe('cancelling');
      await work.step('reading', 'bytes', 1, 10);
    });
    await expect(stopped).rejects.toMatchObject({ code: 'CANCELLED', message: 'Stopped checking. The backup file is unchanged.' });
    expect(registry.cancel('op-two')).toBe('not-running');
    const said: WorkProgress[] = [];
    registry.onProgress((progress) => said.push(progress));
    await registry.run('merge', 'op-three', async (work) => {
      await work.step('reading', 'bytes', 5, 5);
      work.commit();
      expect(registry.cancel('op-three')).toBe('too-late');
      await work.step('writing', 'records', 1, 1);
    });
    expect(said.map((progress) => progress.cancellable)).toEqual([true, false, false]);
  });

  it('refuses a second run under an id already running', async () => {
    const registry = new WorkRegistry();
    let release!: () => void;
    const first = registry.run('import', 'op-four', () => new Promise<void>((resolve) => (release = resolve)));
    await expect(registry.run('import', 'op-four', async () => undefined)).rejects.toMatchObject({ code: 'BUSY' });
    release();
    await first;
  });

  it('follows work it can only ask about, as steps that cannot be cancelled, ending at the total', async () => {
    const registry = new WorkRegistry();
    const said: WorkProgress[] = [];
    registry.onProgress((progress) => said.push(progress));
    const answers = [{ done: 0, total: 300 }, { done: 120, total: 300 }, { done: 260, total: 300 }, null];
    const { finished } = registry.follow('unlock', 'unlock', () => answers.shift() ?? null, 1);
    await finished;
    expect(said.map(({ done, total, cancellable, stage }) => ({ done, total, cancellable, stage }))).toEqual([
      { done: 0, total: 300, cancellable: false, stage: 'opening' },
      { done: 120, total: 300, cancellable: false, stage: 'opening' },
      { done: 260, total: 300, cancellable: false, stage: 'opening' },
      { done: 300, total: 300, cancellable: false, stage: 'opening' },
    ]);
    expect(registry.cancel('unlock')).toBe('not-running');
    said.length = 0;
    await registry.follow('unlock', 'unlock', () => null, 1).finished;
    expect(said).toEqual([]);
  });

  it('passes the first and last steps of each stage and a change of cancellability', () => {
    const throttle = new ProgressThrottle();
    const step = (done: number, extra: Partial<WorkProgress> = {}): WorkProgress => ({ operation: 'op-five', kind: 'merge', stage: 'reading', unit: 'bytes', done, total: 1000, cancellable: true, ...extra });
    expect(throttle.passes(step(0))).toBe(true);
    expect(throttle.passes(step(1))).toBe(false);
    expect(throttle.passes(step(5))).toBe(true);
    expect(throttle.passes(step(5, { cancellable: false }))).toBe(true);
    expect(throttle.passes(step(0, { stage: 'writing', unit: 'records', total: 3, cancellable: false }))).toBe(true);
    expect(throttle.passes(step(3, { stage: 'writing', unit: 'records', total: 3, cancellable: false }))).toBe(true);
  });

  it('says progress in words a person reads', () => {
    expect(progressWords({ kind: 'export', stage: 'sealing', unit: 'records', done: 2000, total: 10_000 })).toBe('Sealing the backup: 2,000 of 10,000 records');
    expect(progressWords({ kind: 'verify', stage: 'reading', unit: 'bytes', done: 512 * 1024, total: 3 * 1024 * 1024 })).toBe('Checking the backup: 512 KB of 3.0 MB');
    expect(progressWords({ kind: 'import', stage: 'saving', unit: 'entries', done: 1, total: 1 })).toBe('Importing: 1 of 1 entries');
  });
});

describe('cancelling over the API', () => {
  let app: AppServices;
  let savePath: string | null = null;

  beforeEach(() => {
    app = createAppServices({
      journalDir: join(folder(), 'journal'),
      platform: { chooseSavePath: async () => savePath, chooseOpenPath: async () => null, chooseFolder: async () => null },
      kdf: FAST_KDF,
      dispatcher: { checkResponses: true },
    });
  });
  afterEach(async () => {
    await app.vault.lock('quit');
    await app.autoBackup.whenIdle();
  });

  it('after unlocking a large journal, tells how far full-text search has got, ending at every entry', async () => {
    const { recoveryCode, confirmGroups } = await app.vault.create('a long enough passphrase');
    const groups = recoveryCode.split('-');
    await app.vault.confirmRecoveryCode(confirmGroups.map((group) => ({ group, value: groups[group - 1]! })));
    const ENTRIES = 700;
    for (let n = 1; n <= ENTRIES; n++) await app.vault.journal().save({ title: `Entry ${n}`, date: '2026-05-01', body: `Words of entry ${n} about the long walk home.`, tags: [] });
    await app.vault.lock('user');
    const said: WorkProgress[] = [];
    app.work.onProgress((progress) => said.push(progress));
    await app.vault.unlock('a long enough passphrase');
    await app.vault.journal().whenOpened();
    await expect.poll(() => said.at(-1)?.done, { interval: 20 }).toBe(ENTRIES);
    expect(said.length).toBeGreaterThanOrEqual(2);
    expect(said.every((progress) => progress.kind === 'unlock' && progress.stage === 'opening' && !progress.cancellable && progress.total === ENTRIES)).toBe(true);
    for (let index = 1; index < said.length; index++) expect(said[index]!.done).toBeGreaterThanOrEqual(said[index - 1]!.done);
  }, 60_000);

  it('work.cancel stops an export the window started, which answers CANCELLED and leaves no file', async () => {
    const { recoveryCode, confirmGroups } = await app.vault.create('a long enough passphrase');
    const groups = recoveryCode.split('-');
    await app.vault.confirmRecoveryCode(confirmGroups.map((group) => ({ group, value: groups[group - 1]! })));
    for (let n = 1; n <= 5; n++) await app.vault.journal().save({ title: `Entry ${n}`, date: '2026-05-01', body: 'Words.', tags: [] });
    const out = join(folder(), 'out');
    savePath = join(out, 'b.bfbackup');
    await mkdir(out);
    const answers: unknown[] = [];
    app.work.onProgress((progress) => {
      if (progress.stage === 'sealing' && progress.done === 2 && answers.length === 0) {
        answers.push('asked');
        void app.dispatch('work.cancel', { operation: progress.operation }).then((result) => answers.push(result));
      }
    });
    const result = await app.dispatch('backup.export', { to: 'journal-keys', operation: 'export-abc123' });
    expect(result).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(answers).toEqual(['asked', { ok: true, value: { state: 'cancelling' } }]);
    expect(await readdir(out)).toEqual([]);
    expect(await app.dispatch('work.cancel', { operation: 'export-abc123' })).toEqual({ ok: true, value: { state: 'not-running' } });
  });
});
