import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { journalKeys } from '../../../electron/backup/format/backup-keys';
import { sealBackup } from '../../../electron/backup/format/backup-writer';
import { sealKeyslot } from '../../../electron/vault/crypto/keyslot';
import { DEFAULT_KDF, deriveKeyEncryptionKey, freshKdfParams, KDF_CAPS } from '../../../electron/vault/crypto/kdf';
import { FAST_KDF } from '../../support/temp-folder';
import { readAll, withHeader } from './format-helpers';
import { PASS } from './journal-helpers';

const random = (n: number) => new Uint8Array(randomBytes(n));

describe('the key-derivation caps (item 10)', () => {
  it('allow what the app writes with a small margin, and no more', async () => {
    expect(KDF_CAPS.memoryKiB).toBeGreaterThanOrEqual(DEFAULT_KDF.memoryKiB);
    expect(KDF_CAPS.memoryKiB).toBeLessThanOrEqual(2 * DEFAULT_KDF.memoryKiB);
    expect(KDF_CAPS.passes).toBeGreaterThanOrEqual(DEFAULT_KDF.passes);
    expect(KDF_CAPS.passes).toBeLessThanOrEqual(2 * DEFAULT_KDF.passes);
    const salt = Buffer.from(random(16)).toString('base64');
    for (const over of [{ memoryKiB: KDF_CAPS.memoryKiB + 1 }, { passes: KDF_CAPS.passes + 1 }, { lanes: KDF_CAPS.lanes + 1 }]) {
      await expect(deriveKeyEncryptionKey('x', { ...FAST_KDF, salt, ...over })).rejects.toMatchObject({ code: 'DAMAGED' });
    }
  });

  it('refuse a backup header asking for 256 MiB or 8 passes before deriving anything', async () => {
    const journalId = randomUUID();
    const dataKey = random(32);
    const keyslots = [await sealKeyslot('passphrase', PASS, freshKdfParams(random, FAST_KDF), dataKey, journalId)];
    const { bytes } = sealBackup({ keys: journalKeys({ journalId, keyslots, dataKey }), manifest: { createdAt: '2026-03-01T10:00:00.000Z', app: 't', journalId }, records: [] });
    for (const kdf of [{ memoryKiB: 256 * 1024 }, { passes: 8 }]) {
      const hostile = withHeader(bytes, (header) => ({ ...header, keyslots: (header.keyslots as { kdf: object }[]).map((slot) => ({ ...slot, kdf: { ...slot.kdf, ...kdf } })) }));
      const started = Date.now();
      await expect(readAll(hostile, { secret: PASS })).rejects.toMatchObject({ code: 'DAMAGED', message: expect.stringMatching(/beyond safe limits/) });
      expect(Date.now() - started).toBeLessThan(1000);
    }
  });
});
