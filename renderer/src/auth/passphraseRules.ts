import { PASSPHRASE_MIN_CHARS } from '../../../shared/domain/passphrase';
import { estimate, MIN_SCORE } from '../lib/strength';

export { PASSPHRASE_MIN_CHARS };

/** Used if the estimator itself cannot load: length alone, set higher. */
const FALLBACK_MIN_CHARS = 16;

export type PassphraseProblem = { field: 'passphrase' | 'repeat'; message: string };

/**
 * The first thing standing between this new passphrase and a safe journal, said
 * kindly; null when it is good to use.
 */
export async function newPassphraseProblem(passphrase: string, repeat: string): Promise<PassphraseProblem | null> {
  if (passphrase.length < PASSPHRASE_MIN_CHARS) {
    return {
      field: 'passphrase',
      message: `A passphrase needs at least ${PASSPHRASE_MIN_CHARS} characters. This one has ${passphrase.length}.`,
    };
  }
  const strength = await estimate(passphrase).catch(() => null);
  if (strength === null && passphrase.length < FALLBACK_MIN_CHARS) {
    return { field: 'passphrase', message: `Please use at least ${FALLBACK_MIN_CHARS} characters.` };
  }
  if (strength !== null && strength.score < MIN_SCORE) {
    return {
      field: 'passphrase',
      message: `This one could be guessed by someone determined. Adding another word or two that don't usually go together makes a big difference.`,
    };
  }
  if (repeat !== passphrase) {
    return { field: 'repeat', message: "The two passphrases don't match yet. Type the same one in both fields." };
  }
  return null;
}
