import { useId, useRef, useState } from 'react';
import type { ApiResponse } from '../../../../../shared/api/contract';
import type { BackupReport, MergeSummary, TestRestoreResult } from '../../../../../shared/domain/backup';
import { bounce, codeOf, messageOf } from '../../../api';
import { Field } from '../../../components/Field';
import { formatDay } from '../../../lib/dates';
import { MergePreview, MergeDone } from './MergeSummary';
import { RestoredJournal, type Restored } from './RestoredJournal';
import { formatBytes, formatMoment, plural } from './numbersAndDates';
import { useBackupTask, Working } from './backupTasks';
import { FormError } from '../../../components/FormError';

type Chosen = NonNullable<ApiResponse<'backup.choose'>['file']>;

type Outcome =
  | { kind: 'none' }
  | { kind: 'checked'; report: BackupReport }
  | { kind: 'tested'; result: TestRestoreResult }
  | { kind: 'restore-asked' }
  | { kind: 'restored'; restored: Restored }
  | { kind: 'merge-preview'; summary: MergeSummary }
  | { kind: 'merged'; summary: MergeSummary };

type Doing = 'choose' | 'verify' | 'test' | 'restore' | 'preview' | 'merge';

const DOING: Record<Doing, string> = {
  choose: 'Reading the backup file…',
  verify: 'Checking every part of the backup…',
  test: 'Restoring into a scratch folder to see if it works. Nothing of yours is touched…',
  restore: 'Restoring the backup as a new journal…',
  preview: 'Reading the backup to see what a merge would change. Nothing is written yet…',
  merge: 'Merging the backup into this journal…',
};

function lockedWith(file: Chosen): string {
  if (file.opensWithThisJournal) return "Locked with this journal's keys, so it opens without a passphrase.";
  if (file.header.protection === 'backup-passphrase') return 'Locked with a passphrase of its own.';
  return "Locked with another journal's keys, or this journal's from before it was restored.";
}

/** Choose a backup file, then check it, test a restore, restore it as a new journal or merge it in. */
export function UseBackup({ location }: { location: string }) {
  const id = useId();
  const task = useBackupTask('use');
  const [doing, setDoing] = useState<Doing | null>(null);
  const [file, setFile] = useState<Chosen | null>(null);
  const [secret, setSecret] = useState('');
  const [secretError, setSecretError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const secretInput = useRef<HTMLInputElement>(null);
  const needsSecret = file !== null && !file.opensWithThisJournal;

  async function work<T>(what: Doing, call: () => Promise<T>): Promise<T | null> {
    setDoing(what);
    setError(null);
    setNote('');
    try {
      return await task.run(call);
    } catch (failure) {
      if (codeOf(failure) === 'WRONG_PASSPHRASE' && needsSecret) {
        setSecretError(messageOf(failure));
        secretInput.current?.focus();
      } else if (codeOf(failure) === 'NOT_FOUND' && what !== 'choose') {
        setFile(null);
        setError(messageOf(failure));
      } else {
        setError(messageOf(failure));
      }
      return null;
    } finally {
      setDoing(null);
    }
  }

  /** The chosen file and what opens it, for every call after choosing. */
  function request() {
    if (!file) throw new Error('Choose a backup file first.');
    return needsSecret && secret ? { file: file.token, secret } : { file: file.token };
  }

  /** With a passphrase needed and none typed, says so at the field rather than asking the main process. */
  function secretMissing(): boolean {
    if (needsSecret && !secret) {
      setSecretError(
        file?.header.protection === 'backup-passphrase'
          ? 'Type the passphrase this backup was made with.'
          : 'Type the passphrase or recovery code that journal had when the backup was made.',
      );
      secretInput.current?.focus();
      return true;
    }
    return false;
  }

  async function choose() {
    const result = await work('choose', () => bounce().backup.choose({}));
    if (!result) return;
    if (!result.file) {
      setNote(file ? 'The same backup is still chosen.' : 'No file was chosen.');
      return;
    }
    setFile(result.file);
    setSecret('');
    setSecretError(null);
    setOutcome({ kind: 'none' });
  }

  async function check() {
    if (secretMissing()) return;
    setOutcome({ kind: 'none' });
    const report = await work('verify', () => bounce().backup.verify(request()));
    if (report) setOutcome({ kind: 'checked', report });
  }

  async function test() {
    if (secretMissing()) return;
    setOutcome({ kind: 'none' });
    const result = await work('test', () => bounce().backup.testRestore(request()));
    if (result) setOutcome({ kind: 'tested', result });
  }

  async function restore() {
    if (secretMissing()) return;
    const result = await work('restore', () => bounce().backup.restoreInto({ ...request(), into: 'choose-folder' }));
    if (!result) return;
    if (!result.restoredTo) {
      setNote('No folder was chosen, so nothing was restored.');
      return;
    }
    setOutcome({ kind: 'restored', restored: { ...result, restoredTo: result.restoredTo, protection: file!.header.protection } });
    setSecret('');
  }

  async function preview() {
    if (secretMissing()) return;
    setOutcome({ kind: 'none' });
    const summary = await work('preview', () => bounce().backup.previewMerge(request()));
    if (summary) setOutcome({ kind: 'merge-preview', summary });
  }

  async function merge() {
    const summary = await work('merge', () => bounce().backup.merge(request()));
    if (summary) setOutcome({ kind: 'merged', summary });
  }

  const asking = outcome.kind === 'restore-asked' || outcome.kind === 'merge-preview';

  return (
    <div className="backup-block" role="group" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Check or restore a backup</h3>
      <p>
        Choose a backup file to check that it is whole, to restore it as a journal of its own, or to merge what it holds
        into this journal.
      </p>
      <div className="actions">
        <button type="button" className="button" disabled={task.busy} onClick={() => void choose()}>
          {file ? 'Choose a different backup…' : 'Choose a backup file…'}
        </button>
        {note ? <span className="quiet-note">{note}</span> : null}
      </div>
      {file ? (
        <div className="chosen-file">
          <p className="chosen-name">
            <span className="visually-hidden">Chosen backup: </span>
            <strong>{file.name}</strong>
          </p>
          <p className="chosen-detail">
            {lockedWith(file)} {formatBytes(file.header.bytes)}, format version {file.header.formatVersion}.
          </p>
          {needsSecret ? (
            <Field
              ref={secretInput}
              className="secret-field"
              label={file.header.protection === 'backup-passphrase' ? 'Passphrase for this backup' : 'Passphrase or recovery code for this backup'}
              hint={
                file.header.protection === 'backup-passphrase'
                  ? 'The passphrase chosen when this backup was made.'
                  : 'The passphrase or recovery code its journal had when the backup was made.'
              }
              type="password"
              autoComplete="off"
              spellCheck={false}
              value={secret}
              readOnly={task.running}
              onChange={(event) => {
                setSecret(event.target.value);
                setSecretError(null);
              }}
              error={secretError}
            />
          ) : null}
          <div className="actions">
            <button type="button" className="button" disabled={task.busy || asking} onClick={() => void check()}>
              Check it
            </button>
            <button type="button" className="button" disabled={task.busy || asking} onClick={() => void test()}>
              Test restore
            </button>
            <button
              type="button"
              className="button"
              disabled={task.busy || asking}
              onClick={() => {
                if (secretMissing()) return;
                setError(null);
                setOutcome({ kind: 'restore-asked' });
              }}
            >
              Restore as a new journal…
            </button>
            <button type="button" className="button" disabled={task.busy || asking} onClick={() => void preview()}>
              Merge into this journal…
            </button>
          </div>
        </div>
      ) : null}
      {doing && doing !== 'choose' ? <Working>{DOING[doing]}</Working> : null}
      <FormError message={error} />
      <div aria-live="polite">
        {outcome.kind === 'checked' ? <CheckReport report={outcome.report} /> : null}
        {outcome.kind === 'tested' ? <TestReport result={outcome.result} /> : null}
        {outcome.kind === 'restore-asked' && file ? (
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
              <button type="button" className="button primary" disabled={task.busy} onClick={() => void restore()}>
                Choose a folder and restore…
              </button>
              <button type="button" className="button quiet" disabled={task.busy} onClick={() => setOutcome({ kind: 'none' })}>
                Cancel
              </button>
            </div>
          </div>
        ) : null}
        {outcome.kind === 'restored' ? (
          <RestoredJournal restored={outcome.restored} location={location} onDone={() => setOutcome({ kind: 'none' })} />
        ) : null}
        {outcome.kind === 'merge-preview' ? (
          <MergePreview
            summary={outcome.summary}
            busy={task.busy}
            onMerge={() => void merge()}
            onCancel={() => {
              setOutcome({ kind: 'none' });
              setNote('Nothing was merged.');
            }}
          />
        ) : null}
        {outcome.kind === 'merged' ? <MergeDone summary={outcome.summary} /> : null}
      </div>
    </div>
  );
}

/** "All 12 entries and 3 other items are intact.", with the ones and noughts said naturally. */
function intact(entries: number, records: number): string {
  const others = Math.max(0, records - entries);
  const entryPart = entries === 0 ? null : entries === 1 ? 'The 1 entry' : `All ${plural(entries, 'entry', 'entries')}`;
  const otherPart = others === 0 ? null : plural(others, 'other item');
  if (entryPart && otherPart) return `${entryPart} and ${otherPart} are intact.`;
  if (entryPart) return `${entryPart} ${entries === 1 ? 'is' : 'are'} intact.`;
  if (otherPart) return `It holds no entries; ${others === 1 ? 'the 1 other item is' : `all ${otherPart} are`} intact.`;
  return 'It is intact, and holds no entries yet.';
}

function CheckReport({ report }: { report: BackupReport }) {
  return (
    <div className="backup-result ok">
      <p>
        {intact(report.entries, report.records)}
        {report.createdAt ? ` Made on ${formatMoment(report.createdAt)}` : ' Made on an unknown date'}, format version{' '}
        {report.formatVersion}.
      </p>
      {report.dateRange ? (
        <p className="quiet-note">
          {report.dateRange.first === report.dateRange.last
            ? `${report.entries === 1 ? 'The entry is' : 'Its entries are'} from ${formatDay(report.dateRange.first)}.`
            : `Its entries are from ${formatDay(report.dateRange.first)} to ${formatDay(report.dateRange.last)}.`}
        </p>
      ) : null}
    </div>
  );
}

function TestReport({ result }: { result: TestRestoreResult }) {
  if (result.wouldSucceed) {
    return (
      <div className="backup-result ok">
        <p>{result.message}</p>
        <p className="quiet-note">The test copy has been removed again. Nothing of yours was changed.</p>
      </div>
    );
  }
  return (
    <div className="backup-result problem">
      <p>
        <strong>A restore from this file would not work.</strong> {result.problem?.message ?? result.message}
      </p>
    </div>
  );
}
