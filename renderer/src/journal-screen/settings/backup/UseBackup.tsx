import { useId } from 'react';
import { BackupTaskPanel } from './BackupTaskPanel';
import { CheckReport, TestReport } from './BackupReports';
import { ChosenBackupFile, RestoreAsk } from './ChosenBackupFile';
import { MergePreview, MergeDone } from './MergeSummary';
import { RestoredJournal } from './RestoredJournal';
import { useUseBackup, type UseDoing } from './useUseBackup';

const DOING: Record<UseDoing, string> = {
  choose: 'Reading the backup file…',
  verify: 'Checking every part of the backup…',
  test: 'Restoring into a scratch folder to see if it works. Nothing of yours is touched…',
  restore: 'Restoring the backup as a new journal…',
  preview: 'Reading the backup to see what a merge would change. Nothing is written yet…',
  merge: 'Merging the backup into this journal…',
};

/** Choose a backup file, then check it, test a restore, restore it as a new journal or merge it in. */
export function UseBackup({ location }: { location: string }) {
  const id = useId();
  const use = useUseBackup();
  const { file, outcome, doing, task } = use;

  return (
    <div className="backup-block" role="group" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Check or restore a backup</h3>
      <p>
        Choose a backup file to check that it is whole, to restore it as a journal of its own, or to merge what it holds
        into this journal.
      </p>
      <BackupTaskPanel
        choose={
          <div className="actions">
            <button type="button" className="button" disabled={task.busy} onClick={use.choose}>
              {file ? 'Choose a different backup…' : 'Choose a backup file…'}
            </button>
            {use.note ? <span className="quiet-note">{use.note}</span> : null}
          </div>
        }
        chosen={file ? <ChosenBackupFile use={use} file={file} /> : null}
        working={doing && doing !== 'choose' ? DOING[doing] : null}
        work={task.followed}
        error={use.error}
        result={
          <div aria-live="polite">
            {outcome.kind === 'checked' ? <CheckReport report={outcome.report} /> : null}
            {outcome.kind === 'tested' ? <TestReport result={outcome.result} /> : null}
            {outcome.kind === 'restore-asked' && file ? <RestoreAsk use={use} file={file} /> : null}
            {outcome.kind === 'restored' ? <RestoredJournal restored={outcome.restored} location={location} onDone={use.close} /> : null}
            {outcome.kind === 'merge-preview' ? (
              <MergePreview summary={outcome.summary} busy={task.busy} onMerge={use.merge} onCancel={use.cancelMerge} />
            ) : null}
            {outcome.kind === 'merged' ? <MergeDone summary={outcome.summary} /> : null}
          </div>
        }
      />
    </div>
  );
}
