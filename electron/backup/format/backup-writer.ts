import nacl from 'tweetnacl';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, DEFAULT_CHUNK_BYTES, encodeHeader, NONCE_PREFIX_BYTES, type BackupHeader } from './backup-header';
import type { BackupKeys } from './backup-keys';
import { endLine, manifestLine, recordLine, type BackupRecord, type ManifestLine } from './body-lines';
import { ChunkSealer, deriveBodyKey } from './chunk-crypto';

export interface SealBackupOptions {
  keys: BackupKeys;
  manifest: Omit<ManifestLine, 'type'>;
  records: Iterable<BackupRecord>;
  /** Plaintext bytes per chunk; the app always writes 64 KiB, tests use small chunks. */
  chunkBytes?: number;
  randomBytes?: (n: number) => Uint8Array;
}

export interface SealedBackup {
  bytes: Uint8Array;
  records: number;
  chunks: number;
}

/** Builds a whole backup file in memory: the journal it comes from is in memory already. */
export function sealBackup(options: SealBackupOptions): SealedBackup {
  const randomBytes = options.randomBytes ?? nacl.randomBytes;
  const noncePrefix = randomBytes(NONCE_PREFIX_BYTES);
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    version: BACKUP_FORMAT_VERSION,
    protection: options.keys.protection,
    keyId: options.keys.keyId,
    keyslots: options.keys.keyslots,
    chunkBytes: options.chunkBytes ?? DEFAULT_CHUNK_BYTES,
    noncePrefix: Buffer.from(noncePrefix).toString('base64'),
  };
  const encoded = encodeHeader(header);
  const bodyKey = deriveBodyKey(options.keys.masterKey, encoded.hash);
  const sealer = new ChunkSealer(bodyKey, noncePrefix, header.chunkBytes);
  let count = 0;
  let chunks: Uint8Array[];
  try {
    sealer.push(manifestLine(options.manifest));
    for (const record of options.records) {
      const line = recordLine(record);
      sealer.push(line);
      line.fill(0);
      count += 1;
    }
    sealer.push(endLine(count));
    chunks = sealer.finish();
  } finally {
    bodyKey.fill(0);
  }
  const bytes = Buffer.concat([encoded.bytes, ...chunks]);
  return { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), records: count, chunks: chunks.length };
}
