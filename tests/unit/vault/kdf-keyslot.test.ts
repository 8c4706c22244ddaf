import argon2 from 'argon2';
import { describe, expect, it } from 'vitest';
import { deriveKeyEncryptionKey, type KdfParams } from '../../../electron/vault/crypto/kdf';
import { openKeyslot, sealKeyslot } from '../../../electron/vault/crypto/keyslot';
import { VaultError } from '../../../electron/vault/errors';
import { FAST_KDF } from '../../support/temp-folder';

const salt = Buffer.from([...Array(16).keys()]).toString('base64');
const fast: KdfParams = { ...FAST_KDF, salt };
const journalId = '0b7c4f8e-2d1a-4c3b-9e8f-7a6b5c4d3e2f';

describe('key derivation', () => {
  it('uses an Argon2id implementation that matches RFC 9106', async () => {
    const tag = await argon2.hash(Buffer.alloc(32, 1), {
      type: argon2.argon2id, memoryCost: 32, timeCost: 3, parallelism: 4,
      salt: Buffer.alloc(16, 2), secret: Buffer.alloc(8, 3), associatedData: Buffer.alloc(12, 4), hashLength: 32, raw: true,
    });
    expect(tag.toString('hex')).toBe('0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659');
  });

  it('matches the known answer for the vault parameters (64 MiB, 3 passes, 1 lane)', async () => {
    const key = await deriveKeyEncryptionKey('correct horse battery staple', { name: 'argon2id', memoryKiB: 65536, passes: 3, lanes: 1, salt });
    expect(Buffer.from(key).toString('hex')).toBe('0d1a3c6523c8f06e4e0af9c515aa5b5448cfebd6838f2d52c3d8b6ef8ddc3c2e');
  });

  it('refuses absurd parameters from a hostile header before running them', async () => {
    await expect(deriveKeyEncryptionKey('x', { ...fast, memoryKiB: 64 * 1024 * 1024 })).rejects.toMatchObject({ code: 'DAMAGED' });
    await expect(deriveKeyEncryptionKey('x', { ...fast, passes: 10_000 })).rejects.toBeInstanceOf(VaultError);
    await expect(deriveKeyEncryptionKey('x', { ...fast, salt: 'AAAA' })).rejects.toBeInstanceOf(VaultError);
  });

  it('does not block the event loop while deriving', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    await deriveKeyEncryptionKey('passphrase', { name: 'argon2id', memoryKiB: 65536, passes: 3, lanes: 1, salt });
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(3);
  });
});

describe('keyslots', () => {
  const dataKey = new Uint8Array(32).fill(7);

  it('wraps and unwraps the data key', async () => {
    const slot = await sealKeyslot('passphrase', 'a good passphrase', fast, dataKey, journalId);
    expect(await openKeyslot(slot, 'a good passphrase', journalId)).toEqual(dataKey);
    expect(slot.wrappedKey).not.toContain(Buffer.from(dataKey).toString('base64'));
  });

  it('answers null, not an exception, for a wrong secret', async () => {
    const slot = await sealKeyslot('passphrase', 'a good passphrase', fast, dataKey, journalId);
    expect(await openKeyslot(slot, 'a wrong passphrase', journalId)).toBeNull();
  });

  it('refuses a slot copied into another journal or another slot kind', async () => {
    const slot = await sealKeyslot('passphrase', 'a good passphrase', fast, dataKey, journalId);
    await expect(openKeyslot(slot, 'a good passphrase', 'ffffffff-2d1a-4c3b-9e8f-7a6b5c4d3e2f')).rejects.toMatchObject({ code: 'DAMAGED' });
    await expect(openKeyslot({ ...slot, kind: 'recovery' }, 'a good passphrase', journalId)).rejects.toMatchObject({ code: 'DAMAGED' });
  });
});
