import { ChangePassphrase } from './ChangePassphrase';
import { NewRecoveryCode } from './NewRecoveryCode';
import { Reencrypt } from './Reencrypt';

/**
 * Settings › Passphrase, and Settings › Recovery code: the keys to this journal.
 * Two sections, so the recovery code is found under its own name.
 */
export function PassphraseAndRecovery() {
  return (
    <>
      <section className="settings-section key-settings" aria-labelledby="keys-heading">
        <h2 id="keys-heading">Passphrase</h2>
        <p>Your passphrase unlocks this journal.</p>
        <ChangePassphrase />
        <Reencrypt />
      </section>
      <section className="settings-section key-settings" aria-labelledby="recovery-code-heading">
        <h2 id="recovery-code-heading">Recovery code</h2>
        <p>Your recovery code is the way back in if you forget your passphrase.</p>
        <NewRecoveryCode />
      </section>
    </>
  );
}
