import { inlineFramer } from '../../../electron/vault/framing/entry-framer';
import { readFile } from 'node:fs/promises';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { KdfParams } from '../../../electron/vault/crypto/kdf';
import { DEFAULT_KDF } from '../../../electron/vault/crypto/kdf';
import { nodeFileSystem } from '../../../electron/vault/storage/file-system';
import { headerPath } from '../../../electron/vault/storage/header';
import { Vault } from '../../../electron/vault/vault';
import { createJournal, createJournalServices, openVault, PASSPHRASE } from '../../support/journal-fixture';
import { useTempFolder } from '../../support/use-temp-folder';

// Promise: a guess costs a full key derivation. Every wrong passphrase or recovery code runs
// Argon2id with the header's full parameters, and the failure count the UI slows down on grows.
const derivations = vi.hoisted(() => [] as { memoryKiB: number; passes: number; lanes: number; salt: string }[]);
vi.mock('../../../electron/vault/crypto/kdf', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../electron/vault/crypto/kdf')>();
  return {
    ...actual,
    deriveKeyEncryptionKey: (secret: string, params: KdfParams) => {
      derivations.push({ memoryKiB: params.memoryKiB, passes: params.passes, lanes: params.lanes, salt: params.salt });
      return actual.deriveKeyEncryptionKey(secret, params);
    },
  };
});

const folder = useTempFolder('bf-brute-');
let journalDir: string;
beforeEach(async () => {
  journalDir = `${folder()}/journal`;
  derivations.length = 0;
});

async function slotParams(kind: 'passphrase' | 'recovery') {
  const header = JSON.parse(await readFile(headerPath(journalDir), 'utf8')) as { keyslots: { kind: string; kdf: KdfParams }[] };
  const { memoryKiB, passes, lanes, salt } = header.keyslots.find((slot) => slot.kind === kind)!.kdf;
  return { memoryKiB, passes, lanes, salt };
}

describe('brute force', () => {
  it('each wrong passphrase runs the full KDF once and counts; the right one resets the count', async () => {
    await (await createJournal(journalDir)).vault.lock('quit');
    const stored = await slotParams('passphrase');
    const vault = openVault(journalDir);
    derivations.length = 0;
    for (let guess = 1; guess <= 5; guess++) {
      await expect(vault.unlock(`guess number ${guess}`)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
      expect(derivations).toHaveLength(guess);
      expect(derivations.at(-1)).toEqual(stored);
      expect((await vault.status()).failedUnlocks).toBe(guess);
    }
    await vault.unlock(PASSPHRASE);
    expect((await vault.status()).failedUnlocks).toBe(0);
  });

  it('with the real parameters (64 MiB, 3 passes): a wrong guess costs what the header says', async () => {
    const vault = new Vault({ framer: inlineFramer(), fs: nodeFileSystem, journalDir });
    const { recoveryCode, confirmGroups } = await vault.create(PASSPHRASE);
    const groups = recoveryCode.split('-');
    await vault.confirmRecoveryCode(confirmGroups.map((group) => ({ group, value: groups[group - 1]! })));
    await vault.lock('quit');
    derivations.length = 0;
    await expect(new Vault({ framer: inlineFramer(), fs: nodeFileSystem, journalDir }).unlock('not it at all')).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    expect(derivations).toEqual([{ ...(await slotParams('passphrase')) }]);
    expect(derivations[0]).toMatchObject({ memoryKiB: DEFAULT_KDF.memoryKiB, passes: DEFAULT_KDF.passes });
  }, 30_000);

  it('each wrong recovery code runs the KDF once and counts; a malformed one counts without it', async () => {
    await (await createJournal(journalDir)).vault.lock('quit');
    const stored = await slotParams('recovery');
    const vault = openVault(journalDir);
    derivations.length = 0;
    await expect(vault.recover('AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH', 'a new passphrase here')).rejects.toMatchObject({ code: 'WRONG_RECOVERY_CODE' });
    await expect(vault.recover('ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ', 'a new passphrase here')).rejects.toMatchObject({ code: 'WRONG_RECOVERY_CODE' });
    expect(derivations).toEqual([stored, stored]);
    await expect(vault.recover('too short', 'a new passphrase here')).rejects.toMatchObject({ code: 'WRONG_RECOVERY_CODE' });
    expect(derivations).toHaveLength(2);
    expect((await vault.status()).failedUnlocks).toBe(3);
  });

  it('guesses in parallel get no discount: one runs, the rest are turned away without a KDF run', async () => {
    await (await createJournal(journalDir)).vault.lock('quit');
    const vault = openVault(journalDir);
    derivations.length = 0;
    const results = await Promise.allSettled(Array.from({ length: 6 }, (_, i) => vault.unlock(`parallel guess ${i}`)));
    const codes = results.map((result) => (result.status === 'rejected' ? (result.reason as { code: string }).code : 'ok'));
    expect(codes.filter((code) => code === 'WRONG_PASSPHRASE')).toHaveLength(1);
    expect(codes.filter((code) => code === 'BUSY')).toHaveLength(5);
    expect(derivations).toHaveLength(1);
    expect((await vault.status()).failedUnlocks).toBe(1);
  });

  it('the count reaches the window through vault.status', async () => {
    const { services } = await createJournalServices(journalDir);
    await services.dispatch('vault.lock', {});
    for (let guess = 1; guess <= 3; guess++) {
      expect(await services.dispatch('vault.unlock', { passphrase: `wrong ${guess}` })).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
      expect(await services.dispatch('vault.status', {})).toMatchObject({ ok: true, value: { failedUnlocks: guess } });
    }
  });
});
