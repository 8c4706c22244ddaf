import { useEffect, useRef, useState, type FormEvent } from 'react';
import { confirmationMatches } from '../../../shared/domain/recovery-code';
import { bounce, messageOf } from '../api';
import { Field } from '../components/Field';
import { FormError } from '../components/FormError';
import { AppName, AuthScreen, ProgressNote } from '../components/AuthCard';

interface ConfirmCodeStepProps {
  /** The code shown a moment ago, so a wrong group can be named before anything is sent. */
  code: string;
  groups: [number, number];
  onShowCode: () => void;
  onConfirmed: () => void;
}

const ERROR_ID = 'confirm-code-error';

/** What to say about the groups typed wrong, first to last. */
function mismatchMessage(wrong: number[]): string {
  if (wrong.length === 1) return `Group ${wrong[0]} doesn't match. Check it against the code you kept.`;
  return `Groups ${wrong.join(' and ')} don't match. Check them against the code you kept.`;
}

export function ConfirmCodeStep({ code, groups, onShowCode, onConfirmed }: ConfirmCodeStepProps) {
  const [values, setValues] = useState<[string, string]>(['', '']);
  const [error, setError] = useState<string | null>(null);
  // Which of the two fields the error is about (indexes), so they are marked and the first is focused.
  const [marked, setMarked] = useState<number[]>([]);
  const [busy, setBusy] = useState(false);
  const inputs = useRef<(HTMLInputElement | null)[]>([]);

  useEffect(() => {
    inputs.current[0]?.focus();
  }, []);

  function refuse(message: string, fields: number[]) {
    setError(message);
    setMarked(fields);
    inputs.current[fields[0] ?? 0]?.focus();
  }

  async function confirm(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const empty = [0, 1].filter((index) => !values[index]!.trim());
    if (empty.length > 0) {
      refuse(`Type groups ${groups[0]} and ${groups[1]} from your recovery code.`, empty);
      return;
    }
    const wrong = [0, 1].filter((index) => !confirmationMatches(code, [groups[index]!], [{ group: groups[index]!, value: values[index]! }]));
    if (wrong.length > 0) {
      refuse(mismatchMessage(wrong.map((index) => groups[index]!)), wrong);
      return;
    }
    setBusy(true);
    setError(null);
    setMarked([]);
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
              ref={(input) => {
                inputs.current[index] = input;
              }}
              className="group-field"
              label={`Group ${group}`}
              value={values[index]}
              maxLength={9}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              readOnly={busy}
              aria-invalid={marked.includes(index) || undefined}
              aria-describedby={marked.includes(index) ? ERROR_ID : undefined}
              onChange={(event) => {
                const next: [string, string] = [...values];
                next[index] = event.target.value;
                setValues(next);
                if (!marked.includes(index)) return;
                const still = marked.filter((own) => own !== index);
                setMarked(still);
                // Once every field it named is being retyped, the message no longer describes what is there.
                if (still.length === 0) setError(null);
              }}
            />
          ))}
        </div>
        <FormError message={error} id={ERROR_ID} />
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
