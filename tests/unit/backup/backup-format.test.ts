import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT_VERSION, CHECKSUM_BYTES, PRELUDE_BYTES } from '../../../electron/backup/format/backup-header';
import { backupPassphraseKeys, journalKeys, type BackupKeys } from '../../../electron/backup/format/backup-keys';
import { sealBackup } from '../../../electron/backup/format/backup-writer';
import type { BackupRecord } from '../../../electron/backup/format/body-lines';
import { CHUNK_TAG_BYTES } from '../../../electron/backup/format/chunk-crypto';
import { sealKeyslot } from '../../../electron/vault/crypto/keyslot';
import { freshKdfParams } from '../../../electron/vault/crypto/kdf';
import { FAST_KDF } from '../../support/temp-folder';
import { BACKUP_PASS, PASS, SMALL_CHUNKS } from './journal-helpers';
import { bodyOffset, flipped, headerJson, readAll, withHeader } from './format-helpers';

const RECOVERY = 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789';
const records: BackupRecord[] = [
  { id: randomUUID(), kind: 'entry', data: { title: 'Ünïcode ✓', date: '2026-01-02', body: 'line one\nline two\u2028' } },
  { id: 'settings', kind: 'settings', data: { autoLockMinutes: 5 } },
  { id: randomUUID(), kind: 'win', data: { text: 'x'.repeat(300) } },
];

async function journalKeysFor(): Promise<BackupKeys> {
  const journalId = randomUUID();
  const dataKey = new Uint8Array(randomBytes(32));
  const keyslots = [
    await sealKeyslot('passphrase', PASS, freshKdfParams((n) => new Uint8Array(randomBytes(n)), FAST_KDF), dataKey, journalId),
    await sealKeyslot('recovery', RECOVERY, freshKdfParams((n) => new Uint8Array(randomBytes(n)), FAST_KDF), dataKey, journalId),
  ];
  return journalKeys({ journalId, keyslots, dataKey });
}

const manifest = { createdAt: '2026-03-01T10:00:00.000Z', app: 'test', journalId: null };
const known = (keys: BackupKeys) => ({ known: [{ keyId: keys.keyId, key: keys.masterKey }] });

describe('the backup file format', () => {
  it('round-trips records with the journal keys (passphrase or recovery code) and with a backup passphrase', async () => {
    const keys = await journalKeysFor();
    const sealed = sealBackup({ keys, manifest, records, chunkBytes: SMALL_CHUNKS });
    expect(sealed.chunks).toBeGreaterThan(10);
    expect((await readAll(sealed.bytes, { secret: PASS })).records).toEqual(records);
    expect((await readAll(sealed.bytes, { secret: RECOVERY.toLowerCase().replaceAll('-', ' ') })).records).toEqual(records);
    expect((await readAll(sealed.bytes, known(keys))).records).toEqual(records);

    const own = await backupPassphraseKeys(BACKUP_PASS, FAST_KDF);
    const separate = sealBackup({ keys: own, manifest, records });
    expect(headerJson(separate.bytes)).toMatchObject({ protection: 'backup-passphrase', keyslots: [{ kind: 'passphrase' }] });
    expect((await readAll(separate.bytes, { secret: BACKUP_PASS })).records).toEqual(records);
    await expect(readAll(separate.bytes, { secret: PASS })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE', message: expect.stringMatching(/backup passphrase isn't right/) });
  });

  it('keeps everything but the header unreadable, and the header free of anything written', async () => {
    const keys = await journalKeysFor();
    const sealed = sealBackup({ keys, manifest, records });
    const text = Buffer.from(sealed.bytes).toString('latin1');
    for (const marker of ['Ünïcode', 'line one', '2026-01-02', 'autoLockMinutes', 'win', 'settings']) expect(text).not.toContain(marker);
    expect(Object.keys(headerJson(sealed.bytes)).sort()).toEqual(['chunkBytes', 'format', 'keyCheck', 'keyslots', 'noncePrefix', 'protection', 'version']);
  });

  it('refuses a wrong passphrase, naming which secret opens it', async () => {
    const keys = await journalKeysFor();
    const sealed = sealBackup({ keys, manifest, records });
    await expect(readAll(sealed.bytes, { secret: 'not the passphrase' })).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
      message: expect.stringMatching(/when the backup was made/),
    });
    await expect(readAll(sealed.bytes, {})).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
  });

  it('detects truncation at every chunk boundary and inside every chunk', async () => {
    const keys = await journalKeysFor();
    const { bytes, chunks } = sealBackup({ keys, manifest, records, chunkBytes: SMALL_CHUNKS });
    const start = bodyOffset(bytes);
    const sealedChunk = SMALL_CHUNKS + CHUNK_TAG_BYTES;
    const cuts = new Set<number>();
    for (let i = 0; i < chunks; i++) {
      cuts.add(start + i * sealedChunk); // boundary
      cuts.add(start + i * sealedChunk + 1);
      cuts.add(start + i * sealedChunk + CHUNK_TAG_BYTES); // right after a tag
      cuts.add(start + i * sealedChunk + Math.floor(sealedChunk / 2));
    }
    for (let cut = 0; cut < start; cut += 7) cuts.add(cut); // inside the header
    cuts.add(bytes.length - 1);
    let checked = 0;
    for (const cut of cuts) {
      if (cut >= bytes.length) continue;
      const error = await readAll(bytes.subarray(0, cut), known(keys)).then(() => null, (caught: unknown) => caught);
      expect(error, `cut at ${cut} of ${bytes.length}`).toMatchObject({ code: expect.stringMatching(/^(DAMAGED|NOT_A_BACKUP)$/) });
      checked += 1;
    }
    expect(checked).toBeGreaterThan(chunks * 3);
  });

  it('detects any single flipped bit, in the header, its checksum, any chunk or any tag', async () => {
    const keys = await journalKeysFor();
    const { bytes } = sealBackup({ keys, manifest, records: records.slice(0, 2), chunkBytes: SMALL_CHUNKS });
    for (let at = 0; at < bytes.length; at++) {
      const error = await readAll(flipped(bytes, at), known(keys)).then(() => null, (caught: unknown) => caught);
      expect(error, `flip at ${at}`).toMatchObject({ code: expect.stringMatching(/^(DAMAGED|NOT_A_BACKUP)$/) });
    }
  });

  it('says damaged, not "wrong passphrase", when the header was damaged', async () => {
    const keys = await journalKeysFor();
    const { bytes } = sealBackup({ keys, manifest, records });
    const inSalt = Buffer.from(bytes).indexOf(Buffer.from('"salt":"')) + 10;
    await expect(readAll(flipped(bytes, inSalt), { secret: PASS })).rejects.toMatchObject({ code: 'DAMAGED', message: expect.stringMatching(/header is damaged/) });
    const inChecksum = bodyOffset(bytes) - 1;
    await expect(readAll(flipped(bytes, inChecksum), { secret: PASS })).rejects.toMatchObject({ code: 'DAMAGED' });
  });

  it('detects chunks swapped, dropped or repeated, and a body moved under another header', async () => {
    const keys = await journalKeysFor();
    const { bytes, chunks } = sealBackup({ keys, manifest, records, chunkBytes: SMALL_CHUNKS });
    const start = bodyOffset(bytes);
    const size = SMALL_CHUNKS + CHUNK_TAG_BYTES;
    const chunk = (i: number) => bytes.subarray(start + i * size, start + (i + 1) * size);
    const head = bytes.subarray(0, start);
    const rest = (from: number) => bytes.subarray(start + from * size);
    const swapped = Buffer.concat([head, chunk(1), chunk(0), rest(2)]);
    const dropped = Buffer.concat([head, chunk(0), rest(2)]);
    const repeated = Buffer.concat([head, chunk(0), chunk(0), rest(1)]);
    const lastTwo = Buffer.concat([bytes.subarray(0, start + (chunks - 2) * size), bytes.subarray(start + (chunks - 1) * size), chunk(chunks - 2)]);
    for (const bad of [swapped, dropped, repeated, lastTwo]) {
      await expect(readAll(bad, known(keys))).rejects.toMatchObject({ code: 'DAMAGED', message: expect.stringMatching(/failed its integrity check|ends/) });
    }
    const other = sealBackup({ keys, manifest, records, chunkBytes: SMALL_CHUNKS });
    const spliced = Buffer.concat([other.bytes.subarray(0, bodyOffset(other.bytes)), bytes.subarray(start)]);
    await expect(readAll(spliced, known(keys))).rejects.toMatchObject({ code: 'DAMAGED' });
  });

  it('says what is wrong with files that are not backups', async () => {
    const keys = await journalKeysFor();
    const { bytes } = sealBackup({ keys, manifest, records });
    await expect(readAll(new Uint8Array(0), {})).rejects.toMatchObject({ code: 'NOT_A_BACKUP', message: expect.stringMatching(/empty/) });
    await expect(readAll(new Uint8Array(randomBytes(4096)), {})).rejects.toMatchObject({ code: 'NOT_A_BACKUP' });
    await expect(readAll(Buffer.from('{"format":"bounce-forward-journal"}'), {})).rejects.toMatchObject({ code: 'NOT_A_BACKUP' });
    const wrongMagic = Uint8Array.from(bytes);
    wrongMagic.set(Buffer.from('BFBACKUQ'));
    await expect(readAll(wrongMagic, {})).rejects.toMatchObject({ code: 'NOT_A_BACKUP', message: expect.stringMatching(/not a Bounce Forward backup/) });
    await expect(readAll(bytes.subarray(0, 5), {})).rejects.toMatchObject({ code: 'NOT_A_BACKUP' });
  });

  it('refuses a backup from a newer format version with a clear message', async () => {
    const keys = await journalKeysFor();
    const { bytes } = sealBackup({ keys, manifest, records });
    const newer = withHeader(bytes, (header) => ({ ...header, version: BACKUP_FORMAT_VERSION + 1, somethingNew: true }));
    await expect(readAll(newer, { secret: PASS })).rejects.toMatchObject({
      code: 'UNSUPPORTED_VERSION',
      message: expect.stringMatching(/newer version of Bounce Forward\. Update the app/),
    });
  });

  it('refuses absurd key-derivation settings and sizes before spending anything on them', async () => {
    const keys = await journalKeysFor();
    const { bytes } = sealBackup({ keys, manifest, records });
    const absurd = withHeader(bytes, (header) => ({
      ...header,
      keyslots: (header.keyslots as { kdf: object }[]).map((slot) => ({ ...slot, kdf: { ...slot.kdf, memoryKiB: 64 * 1024 * 1024, passes: 1000 } })),
    }));
    const started = Date.now();
    await expect(readAll(absurd, { secret: PASS })).rejects.toMatchObject({ code: 'DAMAGED', message: expect.stringMatching(/beyond safe limits/) });
    expect(Date.now() - started).toBeLessThan(1000);
    const hugeChunks = withHeader(bytes, (header) => ({ ...header, chunkBytes: 2 ** 31 }));
    await expect(readAll(hugeChunks, { secret: PASS })).rejects.toMatchObject({ code: 'DAMAGED' });
    const hugeHeader = Uint8Array.from(bytes);
    new DataView(hugeHeader.buffer).setUint32(8, 0xffffffff);
    await expect(readAll(hugeHeader, { secret: PASS })).rejects.toMatchObject({ code: 'DAMAGED', message: expect.stringMatching(/impossible size/) });
    const headerOnly = bytes.subarray(0, PRELUDE_BYTES + (bodyOffset(bytes) - PRELUDE_BYTES - CHECKSUM_BYTES) + CHECKSUM_BYTES);
    await expect(readAll(headerOnly, { secret: PASS })).rejects.toMatchObject({ code: 'DAMAGED' });
  });
});
