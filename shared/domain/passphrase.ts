import { z } from 'zod';

/** The minimum the vault itself enforces; the UI also asks for a strength estimate. */
export const PASSPHRASE_MIN_CHARS = 10;
export const PASSPHRASE_MAX_CHARS = 1024;

export const newPassphraseSchema = z
  .string()
  .min(PASSPHRASE_MIN_CHARS, `A passphrase needs at least ${PASSPHRASE_MIN_CHARS} characters.`)
  .max(PASSPHRASE_MAX_CHARS, `A passphrase can be at most ${PASSPHRASE_MAX_CHARS} characters.`);

/** An existing passphrase is only bounded, never judged: the KDF decides if it is right. */
export const passphraseSchema = z.string().min(1, 'Type your passphrase.').max(PASSPHRASE_MAX_CHARS);
