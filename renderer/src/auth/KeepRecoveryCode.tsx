import { createPortal } from 'react-dom';
import { RecoveryCode } from './RecoveryCode';
import { useKeepCode } from './useKeepCode';
import '../styles/print.css';
import { FormError } from '../components/FormError';

interface KeepRecoveryCodeProps {
  code: string;
  /** Offered only where the app can write this code to a file (journal creation). */
  saveToFile?: () => Promise<string | null>;
}

/**
 * A recovery code shown once: the code itself, ways to keep it, and a page that
 * prints only the code. Used when a journal is made and whenever a new code is made.
 */
export function KeepRecoveryCode({ code, saveToFile }: KeepRecoveryCodeProps) {
  const keep = useKeepCode(code, saveToFile);
  return (
    <>
      <RecoveryCode code={code} testId="recovery-code" />
      <div className="actions code-actions">
        <button type="button" className="button" onClick={() => void keep.copy()}>
          Copy
        </button>
        <button type="button" className="button" onClick={keep.print}>
          Print
        </button>
        {keep.save ? (
          <button type="button" className="button" onClick={() => void keep.save?.()}>
            Save as file
          </button>
        ) : null}
      </div>
      <p className="quiet-note" role="status">
        {keep.note}
      </p>
      <FormError message={keep.error} />
      <p>
        Keep it somewhere safe and away from this computer: on paper in a drawer, or in a password manager. Anyone who has
        this code and your journal file could open the journal, so keep it private.
      </p>
      {createPortal(
        <section className="print-sheet" aria-hidden="true">
          <h1>Bounce Forward recovery code</h1>
          <RecoveryCode code={code} />
          <p>
            This code opens your Bounce Forward journal if you forget your passphrase. It is the only way back in; nobody else
            has a copy.
          </p>
          <p>Keep this page somewhere safe and private. Anyone with this code and your journal file could read the journal.</p>
        </section>,
        document.body,
      )}
    </>
  );
}
