import { BackupSecretField, ChosenBackupName } from './BackupTaskPanel';
import { formatBytes } from './numbersAndDates';
import type { ChosenBackup } from './useBackupSecret';
import type { UseBackupState } from './useUseBackup';

function lockedWith(file: ChosenBackup): string {
  // Never "without a passphrase": that reads as if anyone holding the file could open it.
  if (file.opensWithThisJournal) {
    return "Locked with this journal's keys, so it opens here while this journal is unlocked. Anywhere else it opens only with this journal's passphrase or recovery code, as they were when the backup was made.";
  }
  if (file.header.protection === 'backup-passphrase') return 'Locked with a passphrase of its own.';
  return "Locked with another journal's keys, or this journal's from before it was restored.";
}

/** The chosen backup: what it is and what locks it, its passphrase when it needs one, and what can be done with it. */
export function ChosenBackupFile({ use, file }: { use: UseBackupState; file: ChosenBackup }) {
  const { task, asking } = use;
  return (
    <div className="chosen-file">
      <ChosenBackupName name={file.name} />
      <p className="chosen-detail">
        {lockedWith(file)} {formatBytes(file.header.bytes)}, format version {file.header.formatVersion}.
      </p>
      {use.needsSecret ? <BackupSecretField file={file} secret={use.secret} readOnly={task.running} /> : null}
      <div className="actions">
        <button type="button" className="button" disabled={task.busy || asking} onClick={use.check}>
          Check it
        </button>
        <button type="button" className="button" disabled={task.busy || asking} onClick={use.test}>
          Test restore
        </button>
        <button type="button" className="button" disabled={task.busy || asking} onClick={use.askRestore}>
          Restore as a new journal…
        </button>
        <button type="button" className="button" disabled={task.busy || asking} onClick={use.preview}>
          Merge into this journal…
        </button>
      </div>
    </div>
  );
}

/** Before restoring as a new journal: what that makes, and what will open it. */
export function RestoreAsk({ use, file }: { use: UseBackupState; file: ChosenBackup }) {
  return (
    <div className="backup-confirm">
      <h4>Restore as a new journal</h4>
      <p>
        This makes a second, separate journal from the backup, in a new or empty folder you choose. This journal stays
        exactly as it is.
      </p>
      <p>
        {file.header.protection === 'backup-passphrase'
          ? 'The restored journal opens with the backup passphrase, and gets a new recovery code that is shown once.'
          : 'The restored journal opens with the passphrase or recovery code its journal had when the backup was made.'}
      </p>
      <div className="actions">
        <button type="button" className="button primary" disabled={use.task.busy} onClick={use.restore}>
          Choose a folder and restore…
        </button>
        <button type="button" className="button quiet" disabled={use.task.busy} onClick={use.close}>
          Cancel
        </button>
      </div>
    </div>
  );
}
