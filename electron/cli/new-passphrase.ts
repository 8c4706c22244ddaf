import { newPassphraseSchema } from '../../shared/domain/passphrase';
import { newPassphraseProblem } from '../../shared/domain/passphrase-strength';
import { usageError } from './exit-codes';

/**
 * Refuses a new passphrase the window would refuse, with the window's words:
 * a journal made from a terminal deserves the same protection.
 */
export async function checkNewPassphrase(passphrase: string, refusal: string): Promise<void> {
  const problem = (await newPassphraseProblem(passphrase)) ?? (newPassphraseSchema.safeParse(passphrase).error?.issues[0]?.message ?? null);
  if (problem) throw usageError(`${problem} ${refusal}`);
}
