import { createHash } from 'node:crypto';
import nacl from 'tweetnacl';
import { z } from 'zod';
import { backupProtectionSchema, type BackupHeaderInfo } from '../../../shared/domain/backup';
import { keyslotSchema } from '../../vault/crypto/keyslot';
import { VaultError } from '../../vault/errors';
import type { ByteSource } from './byte-source';

/**
 * A backup file is: magic (8) | header length (4, big-endian) | header JSON |
 * SHA-256 of everything before it (32) | sealed chunks. The layout up to and
 * including the checksum is fixed for every format version, so a newer file is
 * recognised as newer rather than as damaged. See docs/backup-format.md.
 */
export const BACKUP_MAGIC = new TextEncoder().encode('BFBACKUP');
export const BACKUP_FORMAT = 'bounce-forward-backup';
/** What this app writes. Version 1 files (the journal id in clear) are still read. */
export const BACKUP_FORMAT_VERSION = 2;
export const KEY_CHECK_BYTES = 32;
export const BACKUP_EXTENSION = '.bfbackup';
export const PRELUDE_BYTES = BACKUP_MAGIC.length + 4;
export const CHECKSUM_BYTES = 32;
export const NONCE_PREFIX_BYTES = 16;
export const DEFAULT_CHUNK_BYTES = 64 * 1024;

/** Bounds checked before anything is allocated, so a hostile file cannot ask for gigabytes. */
export const BACKUP_LIMITS = {
  headerBytes: 64 * 1024,
  minChunkBytes: 64,
  maxChunkBytes: 1024 * 1024,
} as const;

const base64Of = (bytes: number) =>
  z.base64().refine((s) => Buffer.from(s, 'base64').length === bytes, `must be ${bytes} bytes`);

const keyslotsMatch = (header: { protection: string; keyslots: { kind: string }[] }) =>
  header.protection === 'journal-keys'
    ? header.keyslots.some((slot) => slot.kind === 'passphrase')
    : header.keyslots.length === 1 && header.keyslots[0]!.kind === 'passphrase';

const commonFields = {
  format: z.literal(BACKUP_FORMAT),
  protection: backupProtectionSchema,
  keyslots: z.array(keyslotSchema).min(1).max(8),
  chunkBytes: z.number().int().min(BACKUP_LIMITS.minChunkBytes).max(BACKUP_LIMITS.maxChunkBytes),
  noncePrefix: base64Of(NONCE_PREFIX_BYTES),
};

/** Version 1: `keyId` is the journal's id (journal-keys) or a random id (backup-passphrase), in clear. */
export const backupHeaderV1Schema = z.strictObject({ ...commonFields, version: z.literal(1), keyId: z.uuid() });

/**
 * Version 2: no id in clear. `keyCheck` = HMAC-SHA-256(master key, label || nonce
 * prefix): only a holder of the key can tell which journal a backup belongs to, and
 * two backups of one journal do not share it. The id the keyslots are bound to is
 * inside each sealed keyslot.
 */
export const backupHeaderV2Schema = z.strictObject({ ...commonFields, version: z.literal(2), keyCheck: base64Of(KEY_CHECK_BYTES) });

export const backupHeaderSchema = z
  .discriminatedUnion('version', [backupHeaderV1Schema, backupHeaderV2Schema])
  .refine(keyslotsMatch, 'The keyslots do not match the protection.');
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

export interface ParsedHeader {
  header: BackupHeader;
  /** SHA-256 of magic, length and header JSON: the checksum, and what the body key is bound to. */
  hash: Uint8Array;
  bodyOffset: number;
  size: number;
}

export function sha256(...parts: Uint8Array[]): Uint8Array {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return new Uint8Array(hash.digest());
}

/** The header's JSON is written in a fixed key order so equal headers are equal bytes. */
export function encodeHeader(header: BackupHeader): { bytes: Uint8Array; hash: Uint8Array } {
  const ordered = {
    format: header.format,
    version: header.version,
    protection: header.protection,
    ...(header.version === 1 ? { keyId: header.keyId } : { keyCheck: header.keyCheck }),
    keyslots: header.keyslots.map((slot) => ({
      kind: slot.kind,
      kdf: { name: slot.kdf.name, memoryKiB: slot.kdf.memoryKiB, passes: slot.kdf.passes, lanes: slot.kdf.lanes, salt: slot.kdf.salt },
      nonce: slot.nonce,
      wrappedKey: slot.wrappedKey,
    })),
    chunkBytes: header.chunkBytes,
    noncePrefix: header.noncePrefix,
  };
  const json = new TextEncoder().encode(JSON.stringify(ordered));
  if (json.length > BACKUP_LIMITS.headerBytes) throw new Error('Backup header too large.');
  const prelude = new Uint8Array(PRELUDE_BYTES);
  prelude.set(BACKUP_MAGIC);
  new DataView(prelude.buffer).setUint32(BACKUP_MAGIC.length, json.length);
  const hash = sha256(prelude, json);
  const bytes = new Uint8Array(PRELUDE_BYTES + json.length + CHECKSUM_BYTES);
  bytes.set(prelude);
  bytes.set(json, PRELUDE_BYTES);
  bytes.set(hash, PRELUDE_BYTES + json.length);
  return { bytes, hash };
}

const NOT_A_BACKUP = 'This file is not a Bounce Forward backup, so nothing was read from it.';
const CUT_SHORT = 'This backup is incomplete: the file ends early, so it cannot be used. Nothing was changed.';

/**
 * Reads and checks the readable header. Order matters: the checksum first (so a
 * flipped byte reads as damage, never as a wrong passphrase or a newer version),
 * then the version, then every field, KDF caps included, before any key is derived.
 */
export async function readBackupHeader(source: ByteSource): Promise<ParsedHeader> {
  if (source.size === 0) throw new VaultError('NOT_A_BACKUP', 'This file is empty, so it holds no backup. Nothing was changed.');
  const prelude = await source.read(0, Math.min(PRELUDE_BYTES, source.size));
  const magicMatches = prelude.length >= BACKUP_MAGIC.length && BACKUP_MAGIC.every((byte, i) => prelude[i] === byte);
  if (!magicMatches) throw new VaultError('NOT_A_BACKUP', NOT_A_BACKUP);
  if (prelude.length < PRELUDE_BYTES) throw new VaultError('DAMAGED', CUT_SHORT);
  const jsonBytes = new DataView(prelude.buffer, prelude.byteOffset, prelude.byteLength).getUint32(BACKUP_MAGIC.length);
  if (jsonBytes === 0 || jsonBytes > BACKUP_LIMITS.headerBytes) {
    throw new VaultError('DAMAGED', 'This backup is damaged: its header claims an impossible size, so it was not read further.');
  }
  const bodyOffset = PRELUDE_BYTES + jsonBytes + CHECKSUM_BYTES;
  if (source.size < bodyOffset) throw new VaultError('DAMAGED', CUT_SHORT);
  const rest = await source.read(PRELUDE_BYTES, jsonBytes + CHECKSUM_BYTES);
  const json = rest.subarray(0, jsonBytes);
  const hash = sha256(prelude, json);
  if (!nacl.verify(hash, rest.subarray(jsonBytes))) {
    throw new VaultError('DAMAGED', "This backup's header is damaged (its checksum does not match), so it was not opened. Nothing was changed.");
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch (cause) {
    throw new VaultError('DAMAGED', "This backup's header cannot be read. Nothing was changed.", { cause });
  }
  const version = (parsed as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > BACKUP_FORMAT_VERSION) {
    throw new VaultError(
      'UNSUPPORTED_VERSION',
      'This backup was made by a newer version of Bounce Forward. Update the app to open it; the file itself is fine and nothing was changed.',
    );
  }
  const checked = backupHeaderSchema.safeParse(parsed);
  if (!checked.success) {
    const kdfIssue = checked.error.issues.some((issue) => issue.path.includes('kdf'));
    throw new VaultError(
      'DAMAGED',
      kdfIssue
        ? 'This backup asks for key-derivation settings beyond safe limits, so it was not opened. Nothing was changed.'
        : "This backup's header is not as expected, so it was not opened. Nothing was changed.",
    );
  }
  return { header: checked.data, hash, bodyOffset, size: source.size };
}

export function headerInfo(parsed: ParsedHeader): BackupHeaderInfo {
  const { header } = parsed;
  return {
    formatVersion: header.version,
    protection: header.protection,
    keyId: header.version === 1 ? header.keyId : null,
    keyslots: header.keyslots.map((slot) => ({
      kind: slot.kind,
      kdf: { name: slot.kdf.name, memoryKiB: slot.kdf.memoryKiB, passes: slot.kdf.passes, lanes: slot.kdf.lanes },
    })),
    chunkBytes: header.chunkBytes,
    bytes: parsed.size,
  };
}
