import nacl from 'tweetnacl';
import { z } from 'zod';
import { VaultError } from '../errors';
import { deriveKeyEncryptionKey, kdfParamsSchema, type KdfParams } from './kdf';

export const KEYSLOT_KINDS = ['passphrase', 'recovery'] as const;
export type KeyslotKind = (typeof KEYSLOT_KINDS)[number];

export const keyslotSchema = z.strictObject({
  kind: z.enum(KEYSLOT_KINDS),
  kdf: kdfParamsSchema,
  nonce: z.base64().refine((s) => Buffer.from(s, 'base64').length === nacl.secretbox.nonceLength, 'bad nonce length'),
  wrappedKey: z.base64().max(256),
});
export type Keyslot = z.infer<typeof keyslotSchema>;

export const DATA_KEY_BYTES = 32;

/**
 * The wrapped plaintext starts with a context naming the journal and the slot,
 * so a slot copied from another journal or into another slot fails to open.
 */
function slotContext(journalId: string, kind: KeyslotKind): Uint8Array {
  return new TextEncoder().encode(`bounce-forward/keyslot/v1/${journalId}/${kind}\0`);
}

export async function sealKeyslot(
  kind: KeyslotKind,
  secret: string,
  kdf: KdfParams,
  dataKey: Uint8Array,
  journalId: string,
): Promise<Keyslot> {
  const kek = await deriveKeyEncryptionKey(secret, kdf);
  const context = slotContext(journalId, kind);
  const plaintext = new Uint8Array(context.length + dataKey.length);
  plaintext.set(context);
  plaintext.set(dataKey, context.length);
  const nonce = nacl.randomBytes(nacl.secretbox.nonceLength);
  const wrapped = nacl.secretbox(plaintext, nonce, kek);
  plaintext.fill(0);
  kek.fill(0);
  return { kind, kdf, nonce: Buffer.from(nonce).toString('base64'), wrappedKey: Buffer.from(wrapped).toString('base64') };
}

/** Returns the data key, or null when the secret is wrong (the only thing that can make a valid slot fail). */
export async function openKeyslot(slot: Keyslot, secret: string, journalId: string): Promise<Uint8Array | null> {
  const kek = await deriveKeyEncryptionKey(secret, slot.kdf);
  const plaintext = nacl.secretbox.open(Buffer.from(slot.wrappedKey, 'base64'), Buffer.from(slot.nonce, 'base64'), kek);
  kek.fill(0);
  if (!plaintext) return null;
  const context = slotContext(journalId, slot.kind);
  const matches =
    plaintext.length === context.length + DATA_KEY_BYTES && context.every((byte, i) => plaintext[i] === byte);
  if (!matches) {
    plaintext.fill(0);
    throw new VaultError('DAMAGED', `The ${slot.kind} keyslot belongs to another journal or slot.`);
  }
  const dataKey = plaintext.slice(context.length);
  plaintext.fill(0);
  return dataKey;
}
