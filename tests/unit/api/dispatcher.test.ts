import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppServices, type AppServices } from '../../../electron/api/app-services';
import { apiContract } from '../../../shared/api/contract';
import { API_METHODS } from '../../../shared/api/methods';
import { FAST_KDF } from '../../support/temp-folder';
import { useTempFolder } from '../../support/use-temp-folder';

const folder = useTempFolder();
let services: AppServices;

beforeEach(async () => {
  services = createAppServices({
    journalDir: `${folder()}/journal`,
    platform: { chooseSavePath: async () => `${folder()}/code.txt` },
    kdf: FAST_KDF,
    dispatcher: { checkResponses: true },
  });
});
afterEach(async () => {
  await services.vault.lock('quit');
});

async function unlockedServices() {
  const created = await services.dispatch('vault.create', { passphrase: 'a long enough passphrase' });
  if (!created.ok) throw new Error(created.error.message);
  const { recoveryCode, confirmGroups } = created.value as { recoveryCode: string; confirmGroups: number[] };
  const groups = recoveryCode.split('-');
  const confirmed = await services.dispatch('vault.confirmRecoveryCode', { answers: confirmGroups.map((group) => ({ group, value: groups[group - 1] })) });
  expect(confirmed).toEqual({ ok: true, value: null });
}

describe('the dispatcher', () => {
  it('describes exactly the allowlisted methods', () => {
    expect(Object.keys(apiContract).sort()).toEqual([...API_METHODS].sort());
  });

  it('refuses unknown methods without touching services', async () => {
    for (const method of ['vault.destroy', '__proto__', 'constructor', 42, null, 'entries.list.extra']) {
      expect(await services.dispatch(method, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
  });

  it('validates every request with the contract and names the field', async () => {
    const result = await services.dispatch('vault.create', { passphrase: 'short' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST', message: expect.stringMatching(/at least 10 characters/), issues: [{ path: 'passphrase' }] } });
    expect(await services.dispatch('vault.unlock', { passphrase: 'x', extra: true })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(await services.dispatch('entries.get', { id: '../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect((await services.vault.status()).exists).toBe(false);
  });

  it('refuses requests that are not plain objects, even where no field is needed', async () => {
    for (const request of [new Date(), new Map(), new Set(), /x/, new Error('x'), Promise.resolve({}), [], 'text', 42]) {
      expect(await services.dispatch('vault.lock', request)).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    }
    expect(await services.dispatch('vault.status', Object.create(null))).toMatchObject({ ok: true });
  });

  it('answers LOCKED for entry methods before unlock', async () => {
    expect(await services.dispatch('entries.list', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });

  it('runs a whole session through the contract', async () => {
    await unlockedServices();
    const saved = await services.dispatch('entries.save', { title: 'T', date: '2026-05-01', body: 'B', tags: ['x'] });
    expect(saved.ok).toBe(true);
    const list = await services.dispatch('entries.list', { query: 'B' });
    expect(list).toMatchObject({ ok: true, value: { total: 1 } });
    expect(await services.dispatch('settings.update', { autoLockMinutes: 5 })).toMatchObject({ ok: true, value: { autoLockMinutes: 5 } });
    expect(await services.dispatch('vault.lock', {})).toEqual({ ok: true, value: null });
    expect(await services.dispatch('vault.status', {})).toMatchObject({ ok: true, value: { exists: true, unlocked: false } });
  });

  it('saves the recovery code only while a journal is being created', async () => {
    expect(await services.dispatch('vault.saveRecoveryCode', {})).toMatchObject({ ok: false, error: { code: 'NOTHING_PENDING' } });
    await services.dispatch('vault.create', { passphrase: 'a long enough passphrase' });
    const saved = await services.dispatch('vault.saveRecoveryCode', {});
    expect(saved).toEqual({ ok: true, value: { savedTo: `${folder()}/code.txt` } });
  });

  it('hides unexpected errors behind a plain message', async () => {
    const logged: string[] = [];
    const broken = createAppServices({
      journalDir: `${folder()}/journal`,
      platform: { chooseSavePath: async () => { throw new Error('secret stack detail'); } },
      kdf: FAST_KDF,
      dispatcher: { logError: (method) => logged.push(method) },
    });
    await broken.dispatch('vault.create', { passphrase: 'a long enough passphrase' });
    const result = await broken.dispatch('vault.saveRecoveryCode', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('secret stack detail');
    expect(logged).toEqual(['vault.saveRecoveryCode']);
  });
});
