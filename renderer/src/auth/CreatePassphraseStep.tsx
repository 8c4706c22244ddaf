import { useEffect, useRef, useState, type FormEvent } from 'react';
import { bounce, messageOf } from '../api';
import type { Created } from './CreateJournal';
import { NewPassphraseFields } from './NewPassphraseFields';
import { newPassphraseProblem, type PassphraseProblem } from './passphraseRules';

export function CreatePassphraseStep({
  note,
  onCreated,
  onRestoreInstead,
}: {
  note?: string | undefined;
  onCreated: (created: Created) => void;
  onRestoreInstead: () => void;
}) {
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<PassphraseProblem | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  const second = useRef<HTMLInputElement>(null);

  useEffect(() => {
    first.current?.focus();
  }, []);

  async function create(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setError(null);
    setBusy(true);
    const found = await newPassphraseProblem(passphrase, repeat);
    setProblem(found);
    if (found) {
      setBusy(false);
      (found.field === 'repeat' ? second : first).current?.focus();
      return;
    }
    try {
      const result = await bounce().vault.create({ passphrase });
      setPassphrase('');
      setRepeat('');
      onCreated({ recoveryCode: result.recoveryCode, confirmGroups: result.confirmGroups });
    } catch (failure) {
      setError(messageOf(failure));
      setBusy(false);
    }
  }

  return (
    <main className="auth-screen">
      <form className="auth-card wide" onSubmit={create} noValidate>
        <p className="app-name">Bounce Forward</p>
        <h1 id="create-heading">Create your journal</h1>
        {note ? <p className="quiet-note">{note}</p> : null}
        <p className="lead">
          Everything you write stays on this computer, encrypted with a passphrase only you know. Choose something long
          that you will remember.
        </p>
        <NewPassphraseFields
          label="Passphrase"
          passphrase={passphrase}
          repeat={repeat}
          onPassphrase={(value) => {
            setPassphrase(value);
            if (problem?.field === 'passphrase') setProblem(null);
          }}
          onRepeat={(value) => {
            setRepeat(value);
            if (problem?.field === 'repeat') setProblem(null);
          }}
          problem={problem}
          readOnly={busy}
          passphraseRef={first}
          repeatRef={second}
        />
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" className="button primary" disabled={busy}>
            Create journal
          </button>
          <p className="progress-note" role="status">
            {busy && !problem ? 'Making your keys…' : ''}
          </p>
        </div>
        {busy ? <div className="progress-bar" aria-hidden="true" /> : null}
        <p className="quiet-note">
          Moving to a new computer?{' '}
          <button type="button" className="link-button" onClick={onRestoreInstead} disabled={busy}>
            Restore from a backup
          </button>
        </p>
      </form>
    </main>
  );
}
