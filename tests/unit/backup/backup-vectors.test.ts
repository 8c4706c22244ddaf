import { createHash, createHmac } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import argon2 from 'argon2';
import nacl from 'tweetnacl';
import { describe, expect, it } from 'vitest';
import { buildVector, VECTORS } from '../../fixtures/backup-vectors/vectors';
import { readAll } from './format-helpers';

const DIR = join(__dirname, '../../fixtures/backup-vectors');

interface Expected {
  secret: string;
  otherSecret: string | null;
  sha256: string;
  intermediate: { headerSha256: string; passphraseSlotKek: string; masterKey: string; bodyKey: string; chunkNonces: string[] };
  plaintext: string;
}

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

/**
 * A second decryptor written only from docs/backup-format.md, sharing no code
 * with the app: if the document and the app disagree, this fails.
 */
async function decryptFromTheDocument(file: Uint8Array, passphrase: string) {
  expect(Buffer.from(file.subarray(0, 8)).toString('latin1')).toBe('BFBACKUP');
  const length = Buffer.from(file).readUInt32BE(8);
  const headerBytes = file.subarray(12, 12 + length);
  const headerHash = createHash('sha256').update(file.subarray(0, 12 + length)).digest();
  expect(Buffer.from(file.subarray(12 + length, 44 + length)).equals(headerHash)).toBe(true);
  const header = JSON.parse(Buffer.from(headerBytes).toString('utf8'));
  const slot = header.keyslots.find((candidate: { kind: string }) => candidate.kind === 'passphrase');
  const kek = new Uint8Array(
    await argon2.hash(passphrase.normalize('NFC'), {
      type: argon2.argon2id,
      memoryCost: slot.kdf.memoryKiB,
      timeCost: slot.kdf.passes,
      parallelism: slot.kdf.lanes,
      salt: Buffer.from(slot.kdf.salt, 'base64'),
      hashLength: 32,
      raw: true,
    }),
  );
  const opened = nacl.secretbox.open(Buffer.from(slot.wrappedKey, 'base64'), Buffer.from(slot.nonce, 'base64'), kek)!;
  const masterKey = opened.subarray(opened.length - 32);
  const context = Buffer.from(opened.subarray(0, opened.length - 32)).toString('latin1');
  if (header.version === 1) {
    expect(context).toBe(`bounce-forward/keyslot/v1/${header.keyId}/passphrase\0`);
  } else {
    // Version 2: the id is only inside the slot, and the key check proves the key.
    expect(header.version).toBe(2);
    expect(header).not.toHaveProperty('keyId');
    expect(context).toMatch(/^bounce-forward\/keyslot\/v1\/[0-9a-f-]{36}\/passphrase\0$/u);
    const check = createHmac('sha256', masterKey).update('bounce-forward/backup/v2/key-check\0').update(Buffer.from(header.noncePrefix, 'base64')).digest();
    expect(check.toString('base64')).toBe(header.keyCheck);
  }
  const bodyKey = createHmac('sha256', masterKey).update('bounce-forward/backup/v1/body-key\0').update(headerHash).digest();
  const body = file.subarray(44 + length);
  const sealedChunk = header.chunkBytes + 16;
  const count = Math.ceil(body.length / sealedChunk);
  const plain: Buffer[] = [];
  const nonces: string[] = [];
  for (let i = 0; i < count; i++) {
    const nonce = Buffer.alloc(24);
    Buffer.from(header.noncePrefix, 'base64').copy(nonce, 0);
    nonce.writeUIntBE(i, 17, 6); // bytes 16..22 are the 7-byte counter; Buffer writes at most 6, and byte 16 stays 0 here
    nonce[23] = i === count - 1 ? 1 : 0;
    nonces.push(nonce.toString('hex'));
    const chunk = nacl.secretbox.open(body.subarray(i * sealedChunk, (i + 1) * sealedChunk), nonce, bodyKey);
    expect(chunk, `chunk ${i}`).not.toBeNull();
    plain.push(Buffer.from(chunk!));
  }
  return { headerHash: hex(headerHash), kek: hex(kek), masterKey: hex(masterKey), bodyKey: hex(bodyKey), nonces, plaintext: Buffer.concat(plain).toString('utf8') };
}

describe('the known-answer backup vectors', () => {
  for (const vector of VECTORS) {
    it(`opens "${vector.name}" with the app's reader`, async () => {
      const bytes = new Uint8Array(await readFile(join(DIR, vector.file)));
      for (const secret of [vector.secret, vector.otherSecret]) {
        if (!secret) continue;
        const { records } = await readAll(bytes, { secret });
        expect(records).toEqual(vector.records);
      }
    });

    it(`decrypts "${vector.name}" by following the format document alone`, async () => {
      const bytes = new Uint8Array(await readFile(join(DIR, vector.file)));
      const expected = JSON.parse(await readFile(join(DIR, vector.file.replace('.bfbackup', '.json')), 'utf8')) as Expected;
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(expected.sha256);
      const result = await decryptFromTheDocument(bytes, expected.secret);
      expect(result).toEqual({
        headerHash: expected.intermediate.headerSha256,
        kek: expected.intermediate.passphraseSlotKek,
        masterKey: expected.intermediate.masterKey,
        bodyKey: expected.intermediate.bodyKey,
        nonces: expected.intermediate.chunkNonces,
        plaintext: expected.plaintext,
      });
    });

    it(`is rebuilt byte for byte from its inputs: "${vector.name}"`, async () => {
      const { bytes } = await buildVector(vector);
      expect(Buffer.from(bytes).equals(await readFile(join(DIR, vector.file)))).toBe(true);
    });
  }
});
