import nacl from 'tweetnacl';
import { VaultError } from '../errors';

/** The old data key sealed under the new one, kept while a re-encryption is unfinished. */
export interface WrappedOldKey {
  nonce: string;
  oldKey: string;
}

export function wrapOldKey(oldKey: Uint8Array, newKey: Uint8Array): WrappedOldKey {
  const nonce = nacl.randomBytes(nacl.secretbox.nonceLength);
  return { nonce: Buffer.from(nonce).toString('base64'), oldKey: Buffer.from(nacl.secretbox(oldKey, nonce, newKey)).toString('base64') };
}

export function unwrapOldKey(wrapped: WrappedOldKey, newKey: Uint8Array): Uint8Array {
  const opened = nacl.secretbox.open(Buffer.from(wrapped.oldKey, 'base64'), Buffer.from(wrapped.nonce, 'base64'), newKey);
  if (!opened) throw new VaultError('DAMAGED', 'The journal header’s note of an unfinished re-encryption is damaged.');
  return opened;
}

export const NONCE_BYTES = nacl.secretbox.nonceLength;

/** Random bytes from the platform's CSPRNG (tweetnacl's, which uses node:crypto). */
export function randomBytes(length: number): Uint8Array {
  return nacl.randomBytes(length);
}

/**
 * An id for one of the journal's singletons (its settings, say), derived from the
 * data key and shaped as a version-4 UUID like entry ids, so only the key holder
 * can tell which file it is.
 */
export function recordIdFor(key: Uint8Array, label: string): string {
  const digest = nacl.hash(new Uint8Array([...new TextEncoder().encode(`bounce-forward record id\u0000${label}\u0000`), ...key]));
  const hex = Buffer.from(digest.subarray(0, 16)).toString('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
