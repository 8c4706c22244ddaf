import { bounce } from '../api';
import type { RetryDelay } from '../lib/retryDelay';

/**
 * After an attempt to open the journal failed: counts it with the main process's own
 * count when it answers, or as one more when the passphrase or code was wrong.
 */
export async function noteFailedAttempt(retry: RetryDelay, wrong: boolean): Promise<void> {
  const known = await bounce()
    .vault.status({})
    .then((status) => status.failedUnlocks)
    .catch(() => undefined);
  if (known !== undefined) retry.noteFailure(known);
  else if (wrong) retry.noteFailure();
}
