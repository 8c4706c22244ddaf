import nacl from 'tweetnacl';
import { VaultError } from '../../vault/errors';
import { readBackupHeader, type ParsedHeader } from './backup-header';
import { openBackupKeys, type BackupAccess } from './backup-keys';
import { BodyLineReader, type BackupRecord, type ManifestLine } from './body-lines';
import type { ByteSource } from './byte-source';
import { CHUNK_TAG_BYTES, chunkNonce, deriveBodyKey } from './chunk-crypto';

export interface BodyLayout {
  chunks: number;
  /** Sealed bytes of every chunk but the last. */
  fullChunkBytes: number;
  lastChunkBytes: number;
}

const CUT_SHORT = 'This backup is damaged or incomplete: it ends in the middle of a part, so it cannot be used. Nothing was changed.';

/** Where each chunk lies follows from the file size alone: only the last may be short. */
export function bodyLayout(parsed: ParsedHeader): BodyLayout {
  const bodyBytes = parsed.size - parsed.bodyOffset;
  const fullChunkBytes = parsed.header.chunkBytes + CHUNK_TAG_BYTES;
  if (bodyBytes < CHUNK_TAG_BYTES) throw new VaultError('DAMAGED', CUT_SHORT);
  const whole = Math.floor(bodyBytes / fullChunkBytes);
  const remainder = bodyBytes % fullChunkBytes;
  if (remainder !== 0 && remainder < CHUNK_TAG_BYTES) throw new VaultError('DAMAGED', CUT_SHORT);
  return remainder === 0
    ? { chunks: whole, fullChunkBytes, lastChunkBytes: fullChunkBytes }
    : { chunks: whole + 1, fullChunkBytes, lastChunkBytes: remainder };
}

export interface OpenedBackup {
  parsed: ParsedHeader;
  masterKey: Uint8Array;
  /** The id the keyslots are bound to: for journal-keys, the journal's id. */
  keyId: string;
}

/** Header checks, then the keyslots. Nothing is derived before the header passes. */
export async function openBackup(source: ByteSource, access: BackupAccess): Promise<OpenedBackup> {
  const parsed = await readBackupHeader(source);
  bodyLayout(parsed);
  const { masterKey, keyId } = await openBackupKeys(parsed.header, access);
  return { parsed, masterKey, keyId };
}

export interface BodySummary {
  manifest: ManifestLine;
  records: number;
  chunks: number;
}

/**
 * Decrypts the body chunk by chunk, handing each record on as it is read. Memory is
 * one chunk plus one record line. Only when this resolves is the whole file proven:
 * a caller must not make anything it was handed permanent before then.
 */
export async function readBackupBody(
  source: ByteSource,
  opened: OpenedBackup,
  onRecord: (record: BackupRecord, manifest: ManifestLine) => Promise<void> | void,
  /** Awaited before the first chunk and after each: bytes of the body read so far, of all its bytes. */
  onProgress?: (bytesRead: number, bytes: number) => Promise<void>,
): Promise<BodySummary> {
  const { parsed } = opened;
  const layout = bodyLayout(parsed);
  const prefix = Buffer.from(parsed.header.noncePrefix, 'base64');
  const bodyKey = deriveBodyKey(opened.masterKey, parsed.hash);
  const lines = new BodyLineReader(onRecord);
  try {
    let offset = parsed.bodyOffset;
    const bodyBytes = parsed.size - parsed.bodyOffset;
    await onProgress?.(0, bodyBytes);
    for (let index = 0; index < layout.chunks; index++) {
      const last = index === layout.chunks - 1;
      const length = last ? layout.lastChunkBytes : layout.fullChunkBytes;
      const sealed = await source.read(offset, length);
      offset += length;
      const plain = nacl.secretbox.open(sealed, chunkNonce(prefix, index, last), bodyKey);
      if (!plain) {
        throw new VaultError(
          'DAMAGED',
          `This backup is damaged or incomplete: part ${index + 1} of ${layout.chunks} failed its integrity check, so the backup was not used. Nothing was changed.`,
        );
      }
      await lines.push(plain);
      plain.fill(0);
      await onProgress?.(offset - parsed.bodyOffset, bodyBytes);
    }
    return { ...lines.finish(), chunks: layout.chunks };
  } finally {
    bodyKey.fill(0);
  }
}
