import { useState } from 'react';
import type { BackupProtection } from '../../../../../shared/domain/backup';
import { RecoveryCode } from '../../../auth/RecoveryCode';
import { entriesAndOthers } from './numbersAndDates';

export interface Restored {
  restoredTo: string;
  entries: number;
  records: number;
  recoveryCode: string | null;
  protection: BackupProtection;
}

interface RestoredJournalProps {
  restored: Restored;
  /** This journal's folder, for the steps to open the restored one in its place. */
  location: string;
  onDone: () => void;
}

/** Where the restored journal is, what opens it, how to use it, and its new recovery code when it has one (shown once). */
export function RestoredJournal({ restored, location, onDone }: RestoredJournalProps) {
  const [codeKept, setCodeKept] = useState(false);
  const [copyNote, setCopyNote] = useState('');
  const code = restored.recoveryCode;
  const folderName = location.split(/[\\/]/u).filter(Boolean).pop() ?? 'journal';

  async function copy(text: string) {
    try {
      await navigator.clipboard.writeText(text);
      setCopyNote("Copied. Paste it somewhere safe, then copy something else so it doesn't stay on the clipboard.");
    } catch {
      setCopyNote("Couldn't copy to the clipboard. Write it down instead.");
    }
  }

  return (
    <div className="backup-result ok">
      <h4>The backup is restored as a new journal</h4>
      <p>
        It is in <code>{restored.restoredTo}</code> and holds {entriesAndOthers(restored.entries, restored.records)}.
      </p>
      <p>
        {restored.protection === 'backup-passphrase'
          ? 'It opens with the backup passphrase.'
          : 'It opens with the passphrase or recovery code its journal had when the backup was made.'}{' '}
        This journal was not changed.
      </p>
      {code && !codeKept ? (
        <div className="restored-code">
          <p>
            <strong>Its recovery code, shown only this once.</strong> If the backup passphrase is ever forgotten, this code
            is the only way into the restored journal. Keep it somewhere safe and private.
          </p>
          <RecoveryCode code={code} testId="restored-recovery-code" />
          <div className="actions">
            <button type="button" className="button" onClick={() => void copy(code)}>
              Copy
            </button>
            <button type="button" className="button primary" onClick={() => setCodeKept(true)}>
              I've kept it
            </button>
            <span className="quiet-note" role="status">
              {copyNote}
            </span>
          </div>
        </div>
      ) : null}
      <h5>To open it</h5>
      <ol className="plain-list">
        <li>Quit Bounce Forward.</li>
        <li>
          Move this journal's folder{location ? (
            <>
              {' '}
              (<code>{location}</code>)
            </>
          ) : null}{' '}
          somewhere safe, so you can go back to it.
        </li>
        <li>
          Move the restored folder into its place and name it <q>{folderName}</q>.
        </li>
        <li>Start Bounce Forward. It opens the restored journal.</li>
      </ol>
      {!code || codeKept ? (
        <div className="actions">
          <button type="button" className="button quiet" onClick={onDone}>
            Done
          </button>
        </div>
      ) : null}
    </div>
  );
}
