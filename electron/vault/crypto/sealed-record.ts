import nacl from 'tweetnacl';
import { VaultError } from '../errors';

/**
 * A sealed record on disk: "BFR1" | 24-byte nonce | secretbox(plaintext).
 * secretbox has no associated data, so the plaintext itself names the record
 * (id, kind, format version); opening checks them against where the bytes were
 * found, which stops a valid record being moved over another.
 */
export const RECORD_MAGIC = new Uint8Array([0x42, 0x46, 0x52, 0x31]); // "BFR1"
export const RECORD_FORMAT_VERSION = 1;
const HEADER_BYTES = RECORD_MAGIC.length + nacl.secretbox.nonceLength;
/** crypto_secretbox_BOXZEROBYTES and crypto_secretbox_ZEROBYTES of NaCl's low-level box layout. */
const BOX_ZERO_BYTES = 16;
const ZERO_BYTES = 32;

export interface RecordBinding {
  id: string;
  kind: string;
}

export interface OpenedRecord<T> {
  kind: string;
  data: T;
  /** How many times this record has been saved; 0 for records written before versions were kept. */
  version: number;
}

interface SealedPlaintext<T> {
  v: number;
  id: string;
  kind: string;
  /** The save counter the journal's manifest compares against, to notice a file rolled back to an older copy. */
  n?: number;
  data: T;
}

/**
 * Plaintext is padded with trailing spaces (which JSON.parse ignores) up to the
 * next size bucket, so a file's size says only roughly how long it is: not the
 * exact length of a body, not whether it is a page or a reflection, not whether
 * it sits in the trash. Buckets are powers of two and one and a half times
 * powers of two, so padding costs at most half again the size.
 */
export function paddedLength(length: number): number {
  let bucket = 256;
  while (bucket < length) {
    const between = bucket + bucket / 2;
    if (between >= length) return between;
    bucket *= 2;
  }
  return bucket;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export function sealRecord<T>(
  key: Uint8Array,
  binding: RecordBinding,
  data: T,
  version = 0,
  nonce = nacl.randomBytes(nacl.secretbox.nonceLength),
): Uint8Array {
  const plaintext: SealedPlaintext<T> = { v: RECORD_FORMAT_VERSION, id: binding.id, kind: binding.kind, n: version, data };
  const json = encoder.encode(JSON.stringify(plaintext));
  const message = new Uint8Array(paddedLength(json.length)).fill(0x20);
  message.set(json);
  json.fill(0);
  const box = nacl.secretbox(message, nonce, key);
  message.fill(0);
  const out = new Uint8Array(HEADER_BYTES + box.length);
  out.set(RECORD_MAGIC, 0);
  out.set(nonce, RECORD_MAGIC.length);
  out.set(box, HEADER_BYTES);
  return out;
}

/** Opens a record found under `expected.id`; `expected.kind`, when given, must match too. */
export function openRecord<T>(key: Uint8Array, bytes: Uint8Array, expected: { id: string; kind?: string }): OpenedRecord<T> {
  return readPlaintext<T>(openSealedBytes(key, bytes, expected.id), expected);
}

/**
 * The first half of openRecord, which a worker thread can do: checks the file's
 * framing and decrypts it. The plaintext is returned for readPlaintext, which wipes it.
 */
export function openSealedBytes(key: Uint8Array, bytes: Uint8Array, id: string): Uint8Array {
  const where = `record ${id}`;
  if (bytes.length < HEADER_BYTES + nacl.secretbox.overheadLength) {
    throw new VaultError('DAMAGED', `The ${where} is truncated.`);
  }
  for (let i = 0; i < RECORD_MAGIC.length; i++) {
    if (bytes[i] !== RECORD_MAGIC[i]) throw new VaultError('DAMAGED', `The ${where} is not a Bounce Forward record.`);
  }
  const message = secretboxOpen(bytes.subarray(HEADER_BYTES), bytes.subarray(RECORD_MAGIC.length, HEADER_BYTES), key);
  if (!message) throw new VaultError('DAMAGED', `The ${where} is damaged: it failed its integrity check.`);
  return message;
}

/** tweetnacl's low-level functions are part of its API (nacl.lowlevel) but not of its type declarations. */
const lowlevel = (nacl as typeof nacl & { lowlevel: { crypto_secretbox_open(m: Uint8Array, c: Uint8Array, d: number, n: Uint8Array, k: Uint8Array): number } }).lowlevel;
/** The box is copied behind 16 zero bytes here (it is ciphertext, nothing secret), so opening a record allocates once, not twice. */
const boxScratch = new Uint8Array(64 * 1024);

/**
 * nacl.secretbox.open, without its byte-at-a-time copy and second allocation,
 * which at thousands of records cost about as much as the decryption.
 */
function secretboxOpen(box: Uint8Array, nonce: Uint8Array, key: Uint8Array): Uint8Array | null {
  if (key.length !== nacl.secretbox.keyLength || nonce.length !== nacl.secretbox.nonceLength) throw new Error('bad key or nonce size');
  const length = BOX_ZERO_BYTES + box.length;
  // A rare long record gets a box of its own rather than keeping a large scratch alive.
  const padded = length <= boxScratch.length ? boxScratch : new Uint8Array(length);
  padded.fill(0, 0, BOX_ZERO_BYTES);
  padded.set(box, BOX_ZERO_BYTES);
  const message = new Uint8Array(length);
  if (lowlevel.crypto_secretbox_open(message, padded, length, nonce, key) !== 0) return null;
  return message.subarray(ZERO_BYTES);
}

/** The second half: parses decrypted bytes (wiping them) and checks they name the record expected. */
export function readPlaintext<T>(message: Uint8Array, expected: { id: string; kind?: string }): OpenedRecord<T> {
  const where = `record ${expected.id}`;
  let parsed: SealedPlaintext<T>;
  try {
    parsed = JSON.parse(decoder.decode(message)) as SealedPlaintext<T>;
  } catch (cause) {
    throw new VaultError('DAMAGED', `The ${where} decrypted but is not readable.`, { cause });
  } finally {
    message.fill(0);
  }
  if (parsed.v !== RECORD_FORMAT_VERSION) {
    throw new VaultError('UNSUPPORTED_VERSION', `The ${where} was written by a newer version of Bounce Forward.`);
  }
  if (parsed.id !== expected.id || (expected.kind !== undefined && parsed.kind !== expected.kind)) {
    throw new VaultError('DAMAGED', `The ${where} holds another record's content (it was moved or swapped).`);
  }
  const version = typeof parsed.n === 'number' && Number.isSafeInteger(parsed.n) && parsed.n >= 0 ? parsed.n : 0;
  return { kind: parsed.kind, data: parsed.data, version };
}
