import '../lib/zodJitless';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { normaliseRecoveryCode } from '../../../shared/domain/recovery-code';
import { bounce, codeOf, messageOf } from '../api';
import { Field } from '../components/Field';
import type { RetryDelay } from '../lib/retryDelay';
import { NewPassphraseFields } from './NewPassphraseFields';
import { useNewPassphrase } from './useNewPassphrase';
import { noteFailedAttempt } from './failedAttempt';
import { WaitNote } from './WaitNote';
import { FormError } from '../components/FormError';
import { AppName, AuthScreen, ProgressNote } from '../components/AuthCard';

interface RecoverScreenProps {
  retry: RetryDelay;
  onRecovered: () => void;
  onBack: () => void;
  onPrepareMain: () => void;
}

const CODE_SHAPE = 'A recovery code has 8 groups of 4 letters and digits, like 7K3M-QX2P-… . Check each group and try again.';

export function RecoverScreen({ retry, onRecovered, onBack, onPrepareMain }: RecoverScreenProps) {
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);
  const form = useNewPassphrase();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const codeInput = useRef<HTMLInputElement>(null);
  const waiting = retry.secondsLeft > 0;

  useEffect(() => {
    codeInput.current?.focus();
  }, []);

  async function recover(event: FormEvent) {
    event.preventDefault();
    if (busy || waiting) return;
    setError(null);
    if (!normaliseRecoveryCode(code)) {
      setCodeError(code.trim() ? CODE_SHAPE : 'Type your recovery code.');
      codeInput.current?.focus();
      return;
    }
    setCodeError(null);
    setBusy(true);
    if (!(await form.check())) {
      setBusy(false);
      return;
    }
    onPrepareMain();
    try {
      await bounce().vault.recover({ recoveryCode: code, newPassphrase: form.passphrase });
      onRecovered();
    } catch (failure) {
      const wrongCode = codeOf(failure) === 'WRONG_RECOVERY_CODE';
      if (wrongCode) setCodeError(messageOf(failure));
      else setError(messageOf(failure));
      await noteFailedAttempt(retry, wrongCode);
      setBusy(false);
      if (wrongCode) codeInput.current?.focus();
    }
  }

  return (
    <AuthScreen>
      <form className="auth-card wide" onSubmit={recover} noValidate>
        <AppName />
        <h1 id="recover-heading">Use your recovery code</h1>
        <p className="lead">
          The recovery code you kept when you made this journal opens it and lets you choose a new passphrase. Capitals,
          spaces and dashes don't matter.
        </p>
        <Field
          ref={codeInput}
          className="code-field"
          label="Recovery code"
          value={code}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={100}
          readOnly={busy}
          onChange={(event) => {
            setCode(event.target.value);
            setCodeError(null);
          }}
          error={codeError}
        />
        <NewPassphraseFields label="New passphrase" readOnly={busy} {...form.fields} />
        <FormError message={error} />
        {codeError && !busy ? (
          <p className="visually-hidden" role="alert">
            {codeError}
          </p>
        ) : null}
        <WaitNote secondsLeft={retry.secondsLeft} />
        <div className="actions split">
          <button type="submit" className="button primary" disabled={busy || waiting}>
            Recover journal
          </button>
          <button type="button" className="link-button" onClick={onBack} disabled={busy}>
            Back to the passphrase
          </button>
        </div>
        <ProgressNote>{busy ? 'Opening your journal and setting the new passphrase…' : ''}</ProgressNote>
        {busy ? <div className="progress-bar" aria-hidden="true" /> : null}
      </form>
    </AuthScreen>
  );
}
