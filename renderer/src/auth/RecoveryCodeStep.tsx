import { useEffect, useRef, useState } from 'react';
import { bounce, messageOf } from '../api';
import { KeepRecoveryCode } from './KeepRecoveryCode';
import { FormError } from '../components/FormError';
import { AppName, AuthScreen } from '../components/AuthCard';

interface RecoveryCodeStepProps {
  code: string;
  onKept: () => void;
  onStartOver: () => void;
}

async function saveToFile(): Promise<string | null> {
  return (await bounce().vault.saveRecoveryCode({})).savedTo;
}

export function RecoveryCodeStep({ code, onKept, onStartOver }: RecoveryCodeStepProps) {
  const [error, setError] = useState<string | null>(null);
  const [startingOver, setStartingOver] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  async function startOver() {
    setError(null);
    setStartingOver(true);
    try {
      await bounce().vault.cancelCreate({});
      onStartOver();
    } catch (failure) {
      setError(messageOf(failure));
      setStartingOver(false);
    }
  }

  return (
    <AuthScreen>
      <section className="auth-card wide">
        <AppName />
        <h1 id="code-heading" ref={heading} tabIndex={-1}>
          Your recovery code
        </h1>
        <p className="lead">
          If you ever forget your passphrase, this code is the only way back into your journal. There is no account and
          no copy anywhere else, so we can't recover it for you.
        </p>
        <KeepRecoveryCode code={code} saveToFile={saveToFile} />
        <p>Once your journal is set up, the code can't be shown again.</p>
        <FormError message={error} />
        <div className="actions split">
          <button type="button" className="button primary" onClick={onKept} disabled={startingOver}>
            I've kept it
          </button>
          <button type="button" className="link-button" onClick={() => void startOver()} disabled={startingOver}>
            Start over with a different passphrase
          </button>
        </div>
      </section>
    </AuthScreen>
  );
}
