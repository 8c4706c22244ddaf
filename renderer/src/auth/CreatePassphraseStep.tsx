import { useEffect, useState, type FormEvent } from 'react';
import { bounce, messageOf } from '../api';
import type { Created } from './CreateJournal';
import { NewPassphraseFields } from './NewPassphraseFields';
import { useNewPassphrase } from './useNewPassphrase';
import { FormError } from '../components/FormError';
import { AppName, AuthScreen, ProgressNote } from '../components/AuthCard';

export function CreatePassphraseStep({
  note,
  onCreated,
  onRestoreInstead,
}: {
  note?: string | undefined;
  onCreated: (created: Created) => void;
  onRestoreInstead: () => void;
}) {
  const form = useNewPassphrase();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const firstField = form.fields.passphraseRef;

  useEffect(() => {
    firstField.current?.focus();
  }, [firstField]);

  async function create(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setError(null);
    setBusy(true);
    if (!(await form.check())) {
      setBusy(false);
      return;
    }
    try {
      const result = await bounce().vault.create({ passphrase: form.passphrase });
      form.clear();
      onCreated({ recoveryCode: result.recoveryCode, confirmGroups: result.confirmGroups });
    } catch (failure) {
      setError(messageOf(failure));
      setBusy(false);
    }
  }

  return (
    <AuthScreen>
      <form className="auth-card wide" onSubmit={create} noValidate>
        <AppName />
        <h1 id="create-heading">Create your journal</h1>
        {note ? <p className="quiet-note">{note}</p> : null}
        <p className="lead">
          Everything you write stays on this computer, encrypted with a passphrase only you know. Choose something long
          that you will remember.
        </p>
        <NewPassphraseFields label="Passphrase" readOnly={busy} {...form.fields} />
        <FormError message={error} />
        <div className="actions">
          <button type="submit" className="button primary" disabled={busy}>
            Create journal
          </button>
          <ProgressNote>{busy ? 'Making your keys…' : ''}</ProgressNote>
        </div>
        {busy ? <div className="progress-bar" aria-hidden="true" /> : null}
        <p className="quiet-note">
          Moving to a new computer?{' '}
          <button type="button" className="link-button" onClick={onRestoreInstead} disabled={busy}>
            Restore from a backup
          </button>
        </p>
      </form>
    </AuthScreen>
  );
}
