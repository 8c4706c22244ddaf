import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openRecord, paddedLength, RECORD_FORMAT_VERSION, sealRecord } from '../../../electron/vault/crypto/sealed-record';
import { VaultError } from '../../../electron/vault/errors';
import nacl from 'tweetnacl';

const key = new Uint8Array(32).map((_, i) => i);
const nonce = new Uint8Array(24).map((_, i) => 200 - i);
const binding = { id: '6f1c2a9e-3b4d-4e5f-8a7b-1c2d3e4f5a6b', kind: 'entry' };

function expectVaultError(run: () => unknown, code: string, message: RegExp) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(VaultError);
    expect((error as VaultError).code).toBe(code);
    expect((error as VaultError).message).toMatch(message);
    return;
  }
  throw new Error('expected a VaultError');
}

describe('sealed records', () => {
  it('still opens a record written before padding and save counters (the old known-answer vector)', () => {
    const sealed = Uint8Array.from(Buffer.from(KNOWN_RECORD_HEX, 'hex'));
    expect(openRecord(key, sealed, binding)).toEqual({ kind: 'entry', data: { title: 'Vector' }, version: 0 });
  });

  it('keeps the binding, format version and save counter inside the ciphertext, padded with spaces', () => {
    const sealed = sealRecord(key, binding, { body: 'x' }, 7, nonce);
    const plain = Buffer.from(nacl.secretbox.open(sealed.subarray(28), sealed.subarray(4, 28), key)!).toString('utf8');
    expect(JSON.parse(plain)).toEqual({ v: RECORD_FORMAT_VERSION, id: binding.id, kind: 'entry', n: 7, data: { body: 'x' } });
    expect(plain.length).toBe(256);
    expect(plain.trimEnd().length).toBeLessThan(256);
    expect(Buffer.from(sealed).includes(Buffer.from(binding.id))).toBe(false);
    expect(openRecord(key, sealed, binding).version).toBe(7);
  });

  it('pads to size buckets, so sizes no longer give away exact lengths', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), fc.integer({ min: 0, max: 40 }), (body, extra) => {
        const a = sealRecord(key, binding, { body });
        const b = sealRecord(key, binding, { body: body + ' '.repeat(extra) });
        const bucketOf = (n: number) => paddedLength(n);
        // Whatever the body, the file is exactly a bucket plus the fixed overhead.
        expect(bucketOf(a.length - 44)).toBe(a.length - 44);
        // Lengths within one bucket give files of one size.
        if (paddedLength(JSON.stringify({ v: 1, id: binding.id, kind: 'entry', n: 0, data: { body } }).length) ===
          paddedLength(JSON.stringify({ v: 1, id: binding.id, kind: 'entry', n: 0, data: { body: body + ' '.repeat(extra) } }).length)) {
          expect(a.length).toBe(b.length);
        }
      }),
      { numRuns: 200 },
    );
    expect(paddedLength(1)).toBe(256);
    expect(paddedLength(257)).toBe(384);
    expect(paddedLength(385)).toBe(512);
    expect(paddedLength(100_000)).toBe(131_072);
    const trashed = sealRecord(key, binding, { body: 'same words', deletedAt: null });
    const kept = sealRecord(key, binding, { body: 'same words', deletedAt: '2026-01-01T00:00:00.000Z' });
    expect(trashed.length).toBe(kept.length);
  });

  it('rejects every single flipped byte with a clear error and no plaintext', () => {
    const sealed = sealRecord(key, binding, { title: 'Flip me' });
    for (let i = 0; i < sealed.length; i++) {
      const damaged = sealed.slice();
      damaged[i]! ^= 0x01;
      expectVaultError(() => openRecord(key, damaged, binding), 'DAMAGED', /record .* (damaged|not a Bounce Forward record)/);
    }
  });

  it('rejects a truncated record at every length', () => {
    const sealed = sealRecord(key, binding, { title: 'Cut' });
    for (let length = 0; length < sealed.length; length++) {
      expectVaultError(() => openRecord(key, sealed.subarray(0, length), binding), 'DAMAGED', /truncated|damaged|not a Bounce/);
    }
  });

  it('rejects a record moved to another id or read as another kind', () => {
    const sealed = sealRecord(key, binding, { title: 'Mine' });
    expectVaultError(() => openRecord(key, sealed, { ...binding, id: '00000000-0000-4000-8000-000000000000' }), 'DAMAGED', /moved or swapped/);
    expectVaultError(() => openRecord(key, sealed, { ...binding, kind: 'settings' }), 'DAMAGED', /moved or swapped/);
  });

  it('rejects the wrong key', () => {
    const sealed = sealRecord(key, binding, { title: 'Mine' });
    expectVaultError(() => openRecord(new Uint8Array(32), sealed, binding), 'DAMAGED', /integrity check/);
  });

  it('refuses a record from a newer format version', () => {
    const message = Buffer.from(JSON.stringify({ v: RECORD_FORMAT_VERSION + 1, id: binding.id, kind: 'entry', data: {} }));
    const box = nacl.secretbox(message, nonce, key);
    const sealed = Buffer.concat([Buffer.from('BFR1'), nonce, box]);
    expectVaultError(() => openRecord(key, sealed, binding), 'UNSUPPORTED_VERSION', /newer version/);
  });
});

const KNOWN_RECORD_HEX =
  '42465231c8c7c6c5c4c3c2c1c0bfbebdbcbbbab9b8b7b6b5b4b3b2b15ad045a1cd3ca90f753e6b428df7ff0a02e77959816b18116dec219bd22c916fb788bdf156aa7cdc183175591763ec8ab220390ee4f267609ee1846e3874b2cdb01755be24624e2cc285551479e33eb9772090fad80d2f53b49fe5d26ae7db1b3cbaefefe83ba9ce263155b0';
