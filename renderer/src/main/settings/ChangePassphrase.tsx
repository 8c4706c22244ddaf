import { useRef, useState, type FormEvent } from 'react';
import { bounce, codeOf, messageOf } from '../../api';
import { NewPassphraseFields } from '../../auth/NewPassphraseFields';
import { useNewPassphrase } from '../../auth/useNewPassphrase';
import { Field } from '../../components/Field';

export function ChangePassphrase() {
  const [current, setCurrent] = useState('');
  const form = useNewPassphrase();
  const [currentError, setCurrentError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);
  const currentInput = useRef<HTMLInputElement>(null);

  async function change(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setError(null);
    setDone('');
    if (!current) {
      setCurrentError('Type your current passphrase.');
      currentInput.current?.focus();
      return;
    }
    setCurrentError(null);
    setBusy(true);
    const usable = await form.check((next) =>
      next === current ? { field: 'passphrase', message: 'The new passphrase is the same as the current one.' } : null,
    );
    if (!usable) {
      setBusy(false);
      return;
    }
    try {
      await bounce().vault.changePassphrase({ current, next: form.passphrase });
      setCurrent('');
      form.clear();
      setDone('Your passphrase is changed. Use the new one next time you unlock. Your recovery code stays the same.');
    } catch (failure) {
      if (codeOf(failure) === 'WRONG_PASSPHRASE') {
        setCurrentError(messageOf(failure));
        currentInput.current?.focus();
      } else {
        setError(messageOf(failure));
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="settings-section">
      <h2 id="passphrase-heading">Passphrase</h2>
      <form onSubmit={change} noValidate className="settings-form">
        <Field
          ref={currentInput}
          label="Current passphrase"
          type="password"
          autoComplete="current-password"
          spellCheck={false}
          value={current}
          readOnly={busy}
          onChange={(event) => {
            setCurrent(event.target.value);
            setCurrentError(null);
          }}
          error={currentError}
        />
        <NewPassphraseFields label="New passphrase" readOnly={busy} {...form.fields} />
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" className="button primary" disabled={busy}>
            Change passphrase
          </button>
          <p className="progress-note" aria-live="polite">
            {busy ? 'Changing your passphrase…' : done}
          </p>
        </div>
      </form>
    </section>
  );
}
