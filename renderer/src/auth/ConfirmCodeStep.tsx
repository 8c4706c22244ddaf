import { useEffect, useRef, useState, type FormEvent } from 'react';
import { bounce, messageOf } from '../api';
import { Field } from '../components/Field';
import { FormError } from '../components/FormError';
import { AppName, AuthScreen, ProgressNote } from '../components/AuthCard';

interface ConfirmCodeStepProps {
  groups: [number, number];
  onShowCode: () => void;
  onConfirmed: () => void;
}

export function ConfirmCodeStep({ groups, onShowCode, onConfirmed }: ConfirmCodeStepProps) {
  const [values, setValues] = useState<[string, string]>(['', '']);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);

  useEffect(() => {
    first.current?.focus();
  }, []);

  async function confirm(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (!values[0].trim() || !values[1].trim()) {
      setError(`Type groups ${groups[0]} and ${groups[1]} from your recovery code.`);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await bounce().vault.confirmRecoveryCode({
        answers: [
          { group: groups[0], value: values[0].trim() },
          { group: groups[1], value: values[1].trim() },
        ],
      });
      onConfirmed();
    } catch (failure) {
      setError(messageOf(failure));
      setBusy(false);
    }
  }

  return (
    <AuthScreen>
      <form className="auth-card wide" onSubmit={confirm} noValidate>
        <AppName />
        <h1 id="confirm-heading">Check your recovery code</h1>
        <p className="lead">
          To make sure it's kept safe, type two groups from your code. Groups are counted from the left, starting at 1.
        </p>
        <div className="group-fields">
          {groups.map((group, index) => (
            <Field
              key={group}
              ref={index === 0 ? first : undefined}
              className="group-field"
              label={`Group ${group}`}
              value={values[index]}
              maxLength={9}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              readOnly={busy}
              onChange={(event) => {
                const next: [string, string] = [...values];
                next[index] = event.target.value;
                setValues(next);
              }}
            />
          ))}
        </div>
        <FormError message={error} />
        <div className="actions split">
          <button type="submit" className="button primary" disabled={busy}>
            Confirm
          </button>
          <button type="button" className="button" onClick={onShowCode} disabled={busy}>
            Show the code again
          </button>
        </div>
        <ProgressNote>{busy ? 'Setting up your journal…' : ''}</ProgressNote>
      </form>
    </AuthScreen>
  );
}
