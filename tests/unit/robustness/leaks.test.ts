import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppServices } from '../../../electron/api/app-services';
import { recordPath } from '../../../electron/vault/storage/record-paths';
import type { ApiResult } from '../../../shared/api/errors';
import { createFaultyFileSystem } from '../../support/faulty-fs';
import { filesContainingAny } from '../../support/find-plaintext';
import { FAST_KDF } from '../../support/temp-folder';
import { useTempFolder } from '../../support/use-temp-folder';
import { flipByte } from '../../support/tamper';
import { nullPlatform } from '../../support/null-platform';

// Promise: nothing is readable without the passphrase or the recovery code. After a whole
// session (including failures), no file in the journal folder or the temp folder, and no
// log line, holds what was written, the passphrases, the recovery code or the data key.
const folder = useTempFolder('bf-leaks-');
const realTmp = tmpdir();
afterEach(async () => {
  vi.restoreAllMocks();
  process.env.TMPDIR = realTmp;
});

/** Every file under a folder that contains these exact bytes. */
async function filesWithBytes(dir: string, needle: Uint8Array, since = 0): Promise<string[]> {
  const hits: string[] = [];
  const names = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const dirent of names) {
    if (!dirent.isFile()) continue;
    const path = join(dirent.parentPath, dirent.name);
    const { mtimeMs } = await import('node:fs/promises').then((fs) => fs.stat(path)).catch(() => ({ mtimeMs: 0 }));
    if (mtimeMs < since) continue;
    const bytes = await readFile(path).catch(() => null);
    if (bytes?.includes(Buffer.from(needle))) hits.push(path);
  }
  return hits;
}

describe('nothing leaks', () => {
  it('a whole session leaves no text, passphrase, code or key in files, the temp folder or logs', async () => {
    const started = Date.now() - 1000;
    const sessionTmp = join(folder(), 'tmp');
    await mkdir(sessionTmp);
    process.env.TMPDIR = sessionTmp; // anything that asks the OS for a temp folder during the session lands here

    const unique = randomBytes(12).toString('hex');
    const secrets = {
      title: `Zephyr${unique}`,
      body: `quokka${unique} went for a walk`,
      tag: `wombat${unique.slice(0, 12)}`,
      passphrase: `first passphrase ${unique}`,
      wrongGuess: `wrong guess ${unique}`,
      newPassphrase: `second passphrase ${unique}`,
      lastPassphrase: `third passphrase ${unique}`,
    };
    const logged: string[] = [];
    for (const level of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
    }
    const loggedErrors: string[] = [];
    const faulty = createFaultyFileSystem();
    const journalDir = join(folder(), 'journal');
    const services = createAppServices({
      journalDir,
      fs: faulty.fs,
      kdf: FAST_KDF,
      platform: nullPlatform({ chooseSavePath: async () => { throw new Error('the save dialog failed'); } }),
      dispatcher: {
        checkResponses: true,
        logError: (method, error) => void loggedErrors.push(`${method} ${String(error)} ${(error as Error)?.stack ?? ''}`),
      },
    });
    const answers: ApiResult<unknown>[] = [];
    const call = async (method: string, request: unknown = {}) => {
      const result = await services.dispatch(method, request);
      answers.push(result);
      return result as ApiResult<never>;
    };

    const created = (await call('vault.create', { passphrase: secrets.passphrase })) as ApiResult<{ recoveryCode: string; confirmGroups: number[] }>;
    if (!created.ok) throw new Error(created.error.message);
    const { recoveryCode, confirmGroups } = created.value;
    expect(await call('vault.saveRecoveryCode')).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    const groups = recoveryCode.split('-');
    await call('vault.confirmRecoveryCode', { answers: confirmGroups.map((group) => ({ group, value: groups[group - 1] })) });
    const vaultState = (services.vault as unknown as { state: { dataKey: Uint8Array } }).state;
    const dataKey = Uint8Array.from(vaultState.dataKey);
    const liveKey = vaultState.dataKey;

    const saved = (await call('entries.save', { title: secrets.title, date: '2019-07-04', body: secrets.body, tags: [secrets.tag] })) as ApiResult<{ id: string }>;
    if (!saved.ok) throw new Error(saved.error.message);
    await call('entries.save', { id: saved.value.id, title: secrets.title, date: '2019-07-04', body: `${secrets.body} and back`, tags: [secrets.tag] });
    await call('entries.list', { query: secrets.body.slice(0, 20) });
    await call('entries.tags');
    await call('settings.update', { autoLockMinutes: 30 });
    faulty.fail({ op: 'writeNewFileSynced', code: 'ENOSPC', stage: 'write' });
    expect(await call('entries.save', { title: secrets.title, date: '2019-07-05', body: `${secrets.body} unsaved`, tags: [] })).toMatchObject({ ok: false, error: { code: 'DISK' } });
    faulty.clear();
    const other = (await call('entries.save', { title: 'Other', date: '2019-07-06', body: secrets.body, tags: [] })) as ApiResult<{ id: string }>;
    if (!other.ok) throw new Error(other.error.message);
    await call('entries.trash', other.value);
    await call('entries.purge', other.value);
    await call('vault.changePassphrase', { current: secrets.passphrase, next: secrets.newPassphrase });
    await call('vault.lock');
    expect(Array.from(liveKey).every((byte) => byte === 0)).toBe(true); // wiped from memory on lock
    expect(await call('vault.unlock', { passphrase: secrets.wrongGuess })).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    await flipByte(recordPath(journalDir, saved.value.id), 60);
    await call('vault.unlock', { passphrase: secrets.newPassphrase });
    expect(await call('vault.status')).toMatchObject({ ok: true, value: { damaged: [{ id: saved.value.id }] } });
    await call('vault.recover', { recoveryCode, newPassphrase: secrets.lastPassphrase });
    await call('vault.lock');

    const markers = [...Object.values(secrets), recoveryCode, recoveryCode.replaceAll('-', ''), Buffer.from(dataKey).toString('hex'), Buffer.from(dataKey).toString('base64')];
    const nowhere = new Map(markers.map((marker) => [marker, [] as string[]]));
    expect(await filesContainingAny(journalDir, markers)).toEqual(nowhere);
    expect(await filesContainingAny(sessionTmp, markers)).toEqual(nowhere);
    expect(await filesContainingAny(realTmp, markers, started)).toEqual(nowhere);
    for (const marker of markers) {
      for (const line of [...logged, ...loggedErrors]) expect(line).not.toContain(marker);
      for (const answer of answers) if (!answer.ok) expect(JSON.stringify(answer.error)).not.toContain(marker);
    }
    expect(await filesWithBytes(journalDir, dataKey)).toEqual([]);
    expect(await filesWithBytes(realTmp, dataKey, started)).toEqual([]);
    expect(loggedErrors).toHaveLength(1); // the failed save dialog, logged by method only
    // The header is the one readable file, and says nothing about the person.
    expect(Object.keys(JSON.parse(await readFile(join(journalDir, 'journal.json'), 'utf8'))).sort()).toEqual(['format', 'journalId', 'keyslots', 'manifest', 'version']);
    // A whole session with the real key derivation several times over: 18 s alone on two cores, more beside the other test files.
  }, 90_000);
});
