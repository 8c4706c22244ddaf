import nacl from 'tweetnacl';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, DEFAULT_CHUNK_BYTES, encodeHeader, NONCE_PREFIX_BYTES, type BackupHeader } from './backup-header';
import { keyCheckOf, type BackupKeys } from './backup-keys';
import { endLine, manifestLine, recordLine, type BackupRecord, type ManifestLine } from './body-lines';
import { ChunkSealer, deriveBodyKey } from './chunk-crypto';

export interface SealBackupOptions {
  keys: BackupKeys;
  manifest: Omit<ManifestLine, 'type'>;
  records: Iterable<BackupRecord>;
  /** Plaintext bytes per chunk; the app always writes 64 KiB, tests use small chunks. */
  chunkBytes?: number;
  randomBytes?: (n: number) => Uint8Array;
  /** Only the known-answer vectors of version 1 still write it; the app writes the current version. */
  formatVersion?: 1 | typeof BACKUP_FORMAT_VERSION;
}

export interface SealedBackup {
  bytes: Uint8Array;
  records: number;
  chunks: number;
}

/** Builds a whole backup file in memory: the journal it comes from is in memory already. */
export function sealBackup(options: SealBackupOptions): SealedBackup {
  const sealing = startSealing(options);
  try {
    for (const record of options.records) sealing.push(record);
    return sealing.finish();
  } finally {
    sealing.wipe();
  }
}

/**
 * The same file, with `step` awaited after each record: how the app seals, so it
 * can show how far it has got, stop when asked, and never hold its event loop.
 */
export async function sealBackupInSteps(
  options: SealBackupOptions & { records: readonly BackupRecord[] },
  step: (done: number, total: number) => Promise<void>,
): Promise<SealedBackup> {
  const sealing = startSealing(options);
  try {
    const total = options.records.length;
    await step(0, total);
    for (let index = 0; index < total; index++) {
      sealing.push(options.records[index]!);
      await step(index + 1, total);
    }
    return sealing.finish();
  } finally {
    sealing.wipe();
  }
}

function startSealing(options: SealBackupOptions) {
  const randomBytes = options.randomBytes ?? nacl.randomBytes;
  const noncePrefix = randomBytes(NONCE_PREFIX_BYTES);
  const common = {
    format: BACKUP_FORMAT,
    protection: options.keys.protection,
    keyslots: options.keys.keyslots,
    chunkBytes: options.chunkBytes ?? DEFAULT_CHUNK_BYTES,
    noncePrefix: Buffer.from(noncePrefix).toString('base64'),
  } as const;
  const header: BackupHeader =
    options.formatVersion === 1
      ? { ...common, version: 1, keyId: options.keys.keyId }
      : { ...common, version: BACKUP_FORMAT_VERSION, keyCheck: Buffer.from(keyCheckOf(options.keys.masterKey, noncePrefix)).toString('base64') };
  const encoded = encodeHeader(header);
  const bodyKey = deriveBodyKey(options.keys.masterKey, encoded.hash);
  const sealer = new ChunkSealer(bodyKey, noncePrefix, header.chunkBytes);
  let count = 0;
  sealer.push(manifestLine(options.manifest));
  return {
    push(record: BackupRecord): void {
      const line = recordLine(record);
      sealer.push(line);
      line.fill(0);
      count += 1;
    },
    finish(): SealedBackup {
      sealer.push(endLine(count));
      const chunks = sealer.finish();
      const bytes = Buffer.concat([encoded.bytes, ...chunks]);
      return { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), records: count, chunks: chunks.length };
    },
    wipe(): void {
      bodyKey.fill(0);
    },
  };
}
