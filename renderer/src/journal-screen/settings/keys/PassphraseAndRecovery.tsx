import { ChangePassphrase } from './ChangePassphrase';
import { NewRecoveryCode } from './NewRecoveryCode';
import { Reencrypt } from './Reencrypt';

/** Settings › Passphrase and recovery code: the three ways to change the keys to this journal. */
export function PassphraseAndRecovery() {
  return (
    <section className="settings-section key-settings" aria-labelledby="keys-heading">
      <h2 id="keys-heading">Passphrase and recovery code</h2>
      <p>
        Your passphrase unlocks this journal. Your recovery code is the way back in if you forget the passphrase.
      </p>
      <ChangePassphrase />
      <Reencrypt />
      <NewRecoveryCode />
    </section>
  );
}
