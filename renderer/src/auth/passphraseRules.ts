import { PASSPHRASE_MIN_CHARS } from '../../../shared/domain/passphrase';
import { newPassphraseProblem as passphraseProblem } from '../../../shared/domain/passphrase-strength';

export { PASSPHRASE_MIN_CHARS };

export type PassphraseProblem = { field: 'passphrase' | 'repeat'; message: string };

/**
 * The first thing standing between this new passphrase and a safe journal, said
 * kindly; null when it is good to use. The passphrase itself is judged by the one
 * rule the CLI uses too.
 */
export async function newPassphraseProblem(passphrase: string, repeat: string): Promise<PassphraseProblem | null> {
  const problem = await passphraseProblem(passphrase);
  if (problem) return { field: 'passphrase', message: problem };
  if (repeat !== passphrase) {
    return { field: 'repeat', message: "The two passphrases don't match yet. Type the same one in both fields." };
  }
  return null;
}
