import { useRef, useState, type FormEvent } from 'react';
import { bounce, codeOf, messageOf } from '../../api';
import { NewPassphraseFields } from '../../auth/NewPassphraseFields';
import { newPassphraseProblem, type PassphraseProblem } from '../../auth/passphraseRules';
import { Field } from '../../components/Field';

export function ChangePassphrase() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [currentError, setCurrentError] = useState<string | null>(null);
  const [problem, setProblem] = useState<PassphraseProblem | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);
  const currentInput = useRef<HTMLInputElement>(null);
  const first = useRef<HTMLInputElement>(null);
  const second = useRef<HTMLInputElement>(null);

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
    const found = await newPassphraseProblem(next, repeat);
    if (!found && next === current) {
      setProblem({ field: 'passphrase', message: 'The new passphrase is the same as the current one.' });
      setBusy(false);
      first.current?.focus();
      return;
    }
    setProblem(found);
    if (found) {
      setBusy(false);
      (found.field === 'repeat' ? second : first).current?.focus();
      return;
    }
    try {
      await bounce().vault.changePassphrase({ current, next });
      setCurrent('');
      setNext('');
      setRepeat('');
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
        <NewPassphraseFields
          label="New passphrase"
          passphrase={next}
          repeat={repeat}
          onPassphrase={(value) => {
            setNext(value);
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
            Change passphrase
          </button>
          <p className="progress-note" aria-live="polite">
            {busy && !problem ? 'Changing your passphrase…' : done}
          </p>
        </div>
      </form>
    </section>
  );
}
