import { createHmac } from 'node:crypto';
import nacl from 'tweetnacl';
import { NONCE_PREFIX_BYTES } from './backup-header';

export const CHUNK_TAG_BYTES = nacl.secretbox.overheadLength;
const COUNTER_BYTES = 7;
const BODY_KEY_LABEL = new TextEncoder().encode('bounce-forward/backup/v1/body-key\0');

/**
 * The body key is HMAC-SHA-256(master key, label || header hash): each backup gets
 * its own key (the header holds a random nonce prefix), and changing any header
 * byte changes the key, so the header cannot be swapped under another body.
 */
export function deriveBodyKey(masterKey: Uint8Array, headerHash: Uint8Array): Uint8Array {
  return new Uint8Array(createHmac('sha256', masterKey).update(BODY_KEY_LABEL).update(headerHash).digest());
}

/**
 * nonce = 16-byte prefix || 7-byte big-endian chunk counter || 1 byte (1 on the last
 * chunk, 0 otherwise). The counter stops reordering and dropping; the flag stops
 * truncation at a chunk boundary.
 */
/** One chunk opened under its position's nonce, or null when it fails its tag. */
export function openChunk(sealed: Uint8Array, prefix: Uint8Array, index: number, last: boolean, bodyKey: Uint8Array): Uint8Array | null {
  return nacl.secretbox.open(sealed, chunkNonce(prefix, index, last), bodyKey);
}

export function chunkNonce(prefix: Uint8Array, index: number, last: boolean): Uint8Array {
  if (prefix.length !== NONCE_PREFIX_BYTES) throw new Error('The nonce prefix must be 16 bytes.');
  if (!Number.isSafeInteger(index) || index < 0) throw new Error('Bad chunk index.');
  const nonce = new Uint8Array(nacl.secretbox.nonceLength);
  nonce.set(prefix);
  let rest = index;
  for (let i = NONCE_PREFIX_BYTES + COUNTER_BYTES - 1; i >= NONCE_PREFIX_BYTES; i--) {
    nonce[i] = rest % 256;
    rest = Math.floor(rest / 256);
  }
  nonce[nacl.secretbox.nonceLength - 1] = last ? 1 : 0;
  return nonce;
}

/**
 * Cuts a plaintext stream into fixed-size chunks and seals each. A full chunk is
 * held back until more bytes arrive, because only then is it known not to be the last.
 */
export class ChunkSealer {
  private readonly buffer: Uint8Array;
  private filled = 0;
  private index = 0;
  readonly sealed: Uint8Array[] = [];

  constructor(
    private readonly bodyKey: Uint8Array,
    private readonly prefix: Uint8Array,
    private readonly chunkBytes: number,
  ) {
    this.buffer = new Uint8Array(chunkBytes);
  }

  push(bytes: Uint8Array): void {
    let offset = 0;
    while (offset < bytes.length) {
      if (this.filled === this.chunkBytes) this.emit(false);
      const take = Math.min(this.chunkBytes - this.filled, bytes.length - offset);
      this.buffer.set(bytes.subarray(offset, offset + take), this.filled);
      this.filled += take;
      offset += take;
    }
  }

  finish(): Uint8Array[] {
    this.emit(true);
    this.buffer.fill(0);
    return this.sealed;
  }

  private emit(last: boolean): void {
    const nonce = chunkNonce(this.prefix, this.index, last);
    this.sealed.push(nacl.secretbox(this.buffer.subarray(0, this.filled), nonce, this.bodyKey));
    this.index += 1;
    this.filled = 0;
  }
}
