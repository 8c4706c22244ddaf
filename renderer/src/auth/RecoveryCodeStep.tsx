import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { bounce, messageOf } from '../api';
import { RecoveryCode } from './RecoveryCode';
import '../styles/print.css';

interface RecoveryCodeStepProps {
  code: string;
  onKept: () => void;
  onStartOver: () => void;
}

export function RecoveryCodeStep({ code, onKept, onStartOver }: RecoveryCodeStepProps) {
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [startingOver, setStartingOver] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  async function copy() {
    setError(null);
    try {
      await navigator.clipboard.writeText(code);
      setNote("Copied. Paste it somewhere safe, then copy something else so it doesn't stay on the clipboard.");
    } catch {
      setNote('');
      setError("Couldn't copy to the clipboard. You can print it, save it as a file, or write it down.");
    }
  }

  function print() {
    setError(null);
    setNote('');
    window.print();
  }

  async function save() {
    setError(null);
    setNote('');
    try {
      const { savedTo } = await bounce().vault.saveRecoveryCode({});
      if (savedTo) setNote(`Saved to ${savedTo}`);
    } catch (failure) {
      setError(messageOf(failure));
    }
  }

  async function startOver() {
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
    <main className="auth-screen">
      <section className="auth-card wide">
        <p className="app-name">Bounce Forward</p>
        <h1 id="code-heading" ref={heading} tabIndex={-1}>
          Your recovery code
        </h1>
        <p className="lead">
          If you ever forget your passphrase, this code is the only way back into your journal. There is no account and
          no copy anywhere else, so we can't recover it for you.
        </p>
        <RecoveryCode code={code} testId="recovery-code" />
        <div className="actions code-actions">
          <button type="button" className="button" onClick={() => void copy()}>
            Copy
          </button>
          <button type="button" className="button" onClick={print}>
            Print
          </button>
          <button type="button" className="button" onClick={() => void save()}>
            Save as file
          </button>
        </div>
        <p className="quiet-note" role="status">
          {note}
        </p>
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        <p>
          Keep it somewhere safe and away from this computer: on paper in a drawer, or in a password manager. Anyone who
          has this code and your journal file could open the journal, so keep it private.
        </p>
        <p>Once your journal is set up, the code can't be shown again.</p>
        <div className="actions split">
          <button type="button" className="button primary" onClick={onKept} disabled={startingOver}>
            I've kept it
          </button>
          <button type="button" className="link-button" onClick={() => void startOver()} disabled={startingOver}>
            Start over with a different passphrase
          </button>
        </div>
      </section>
      {createPortal(
        <section className="print-sheet" aria-hidden="true">
          <h1>Bounce Forward recovery code</h1>
          <RecoveryCode code={code} />
          <p>
            This code opens your Bounce Forward journal if you forget your passphrase. It is the only way back in; nobody
            else has a copy.
          </p>
          <p>Keep this page somewhere safe and private. Anyone with this code and your journal file could read the journal.</p>
        </section>,
        document.body,
      )}
    </main>
  );
}
