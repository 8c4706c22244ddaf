import argon2 from 'argon2';
import { z } from 'zod';
import { VaultError } from '../errors';

/**
 * Argon2id parameters travel in the readable header so they can be raised later.
 * The caps refuse a hostile header (a journal's or a backup's) before any memory is
 * allocated for it: twice what the app writes (DEFAULT_KDF), so one attempt on a
 * hostile file costs about four times a normal unlock, not seconds and a gigabyte.
 * Raising DEFAULT_KDF means raising these with it.
 */
export const KDF_CAPS = { memoryKiB: 128 * 1024, passes: 6, lanes: 4 } as const;

export const kdfParamsSchema = z.strictObject({
  name: z.literal('argon2id'),
  memoryKiB: z.number().int().min(8 * 1024).max(KDF_CAPS.memoryKiB),
  passes: z.number().int().min(1).max(KDF_CAPS.passes),
  lanes: z.number().int().min(1).max(KDF_CAPS.lanes),
  salt: z.base64().refine((s) => Buffer.from(s, 'base64').length === 16, 'The salt must be 16 bytes.'),
});
export type KdfParams = z.infer<typeof kdfParamsSchema>;

export const DEFAULT_KDF = { name: 'argon2id', memoryKiB: 64 * 1024, passes: 3, lanes: 1 } as const;

export function freshKdfParams(randomBytes: (n: number) => Uint8Array, base: Omit<KdfParams, 'salt'> = DEFAULT_KDF): KdfParams {
  return { ...base, salt: Buffer.from(randomBytes(16)).toString('base64') };
}

/**
 * Passphrase (or recovery code) → 32-byte key-encryption key.
 * argon2 runs on libuv's thread pool, so the main process keeps answering while it works.
 */
export async function deriveKeyEncryptionKey(secret: string, params: KdfParams): Promise<Uint8Array> {
  const checked = kdfParamsSchema.safeParse(params);
  if (!checked.success) {
    throw new VaultError('DAMAGED', 'The journal header asks for key-derivation settings outside safe limits.');
  }
  const hash = await argon2.hash(secret.normalize('NFC'), {
    type: argon2.argon2id,
    memoryCost: params.memoryKiB,
    timeCost: params.passes,
    parallelism: params.lanes,
    salt: Buffer.from(params.salt, 'base64'),
    hashLength: 32,
    raw: true,
  });
  return new Uint8Array(hash.buffer, hash.byteOffset, hash.byteLength);
}
