import { createHash } from 'node:crypto';
import { BACKUP_MAGIC, CHECKSUM_BYTES, PRELUDE_BYTES } from '../../../electron/backup/format/backup-header';
import type { BackupAccess } from '../../../electron/backup/format/backup-keys';
import { openBackup, readBackupBody } from '../../../electron/backup/format/backup-reader';
import type { BackupRecord } from '../../../electron/backup/format/body-lines';
import { bytesSource } from '../../../electron/backup/format/byte-source';

export async function readAll(bytes: Uint8Array, access: BackupAccess): Promise<{ records: BackupRecord[]; chunks: number }> {
  const source = bytesSource(bytes);
  const opened = await openBackup(source, access);
  const records: BackupRecord[] = [];
  const body = await readBackupBody(source, opened, (record) => {
    records.push(record);
  });
  return { records, chunks: body.chunks };
}

export function headerLength(bytes: Uint8Array): number {
  return new DataView(bytes.buffer, bytes.byteOffset).getUint32(BACKUP_MAGIC.length);
}

export function bodyOffset(bytes: Uint8Array): number {
  return PRELUDE_BYTES + headerLength(bytes) + CHECKSUM_BYTES;
}

export function headerJson(bytes: Uint8Array): Record<string, unknown> {
  return JSON.parse(Buffer.from(bytes.subarray(PRELUDE_BYTES, PRELUDE_BYTES + headerLength(bytes))).toString('utf8'));
}

/** The same body under a rewritten header with a correct checksum, as a newer or hostile writer would make it. */
export function withHeader(bytes: Uint8Array, change: (header: Record<string, unknown>) => Record<string, unknown>): Uint8Array {
  const json = Buffer.from(JSON.stringify(change(headerJson(bytes))));
  const prelude = Buffer.alloc(PRELUDE_BYTES);
  prelude.set(BACKUP_MAGIC);
  prelude.writeUInt32BE(json.length, BACKUP_MAGIC.length);
  const checksum = createHash('sha256').update(prelude).update(json).digest();
  return Buffer.concat([prelude, json, checksum, bytes.subarray(bodyOffset(bytes))]);
}

export function flipped(bytes: Uint8Array, at: number): Uint8Array {
  const copy = Uint8Array.from(bytes);
  copy[at]! ^= 0x01;
  return copy;
}
