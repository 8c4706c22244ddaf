import { useState } from 'react';
import type { BackupReport, MergeSummary, TestRestoreResult } from '../../../../../shared/domain/backup';
import { bounce, codeOf, messageOf } from '../../../api';
import type { Restored } from './RestoredJournal';
import { useBackupTask } from './backupTasks';
import { useBackupSecret, type ChosenBackup } from './useBackupSecret';

type UseOutcome =
  | { kind: 'none' }
  | { kind: 'checked'; report: BackupReport }
  | { kind: 'tested'; result: TestRestoreResult }
  | { kind: 'restore-asked' }
  | { kind: 'restored'; restored: Restored }
  | { kind: 'merge-preview'; summary: MergeSummary }
  | { kind: 'merged'; summary: MergeSummary };

export type UseDoing = 'choose' | 'verify' | 'test' | 'restore' | 'preview' | 'merge';

/** Choose a backup file, then check it, test a restore, restore it as a new journal or merge it in. */
export function useUseBackup() {
  const task = useBackupTask('use');
  const [doing, setDoing] = useState<UseDoing | null>(null);
  const [file, setFile] = useState<ChosenBackup | null>(null);
  const secret = useBackupSecret();
  const [outcome, setOutcome] = useState<UseOutcome>({ kind: 'none' });
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const needsSecret = file !== null && !file.opensWithThisJournal;

  async function work<T>(what: UseDoing, call: (operation: string) => Promise<T>): Promise<T | null> {
    setDoing(what);
    setError(null);
    setNote('');
    try {
      return await task.run(call);
    } catch (failure) {
      if (codeOf(failure) === 'CANCELLED') {
        setNote(messageOf(failure));
      } else if (codeOf(failure) === 'WRONG_PASSPHRASE' && needsSecret) {
        secret.wrong(messageOf(failure));
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
    return needsSecret && secret.value ? { file: file.token, secret: secret.value } : { file: file.token };
  }

  async function choose() {
    const result = await work('choose', () => bounce().backup.choose({}));
    if (!result) return;
    if (!result.file) {
      setNote(file ? 'The same backup is still chosen.' : 'No file was chosen.');
      return;
    }
    setFile(result.file);
    secret.clear();
    setOutcome({ kind: 'none' });
  }

  async function check() {
    if (secret.missing(file)) return;
    setOutcome({ kind: 'none' });
    const report = await work('verify', (operation) => bounce().backup.verify({ ...request(), operation }));
    if (report) setOutcome({ kind: 'checked', report });
  }

  async function test() {
    if (secret.missing(file)) return;
    setOutcome({ kind: 'none' });
    const result = await work('test', (operation) => bounce().backup.testRestore({ ...request(), operation }));
    if (result) setOutcome({ kind: 'tested', result });
  }

  function askRestore() {
    if (secret.missing(file)) return;
    setError(null);
    setOutcome({ kind: 'restore-asked' });
  }

  async function restore() {
    if (secret.missing(file)) return;
    const result = await work('restore', (operation) => bounce().backup.restoreInto({ ...request(), into: 'choose-folder', operation }));
    if (!result) return;
    if (!result.restoredTo) {
      setNote('No folder was chosen, so nothing was restored.');
      return;
    }
    setOutcome({ kind: 'restored', restored: { ...result, restoredTo: result.restoredTo, protection: file!.header.protection } });
    secret.forget();
  }

  async function preview() {
    if (secret.missing(file)) return;
    setOutcome({ kind: 'none' });
    const summary = await work('preview', (operation) => bounce().backup.previewMerge({ ...request(), operation }));
    if (summary) setOutcome({ kind: 'merge-preview', summary });
  }

  async function merge() {
    const summary = await work('merge', (operation) => bounce().backup.merge({ ...request(), operation }));
    if (summary) setOutcome({ kind: 'merged', summary });
  }

  return {
    task,
    doing,
    file,
    secret,
    needsSecret,
    outcome,
    error,
    note,
    /** A restore or a merge is waiting for the person's yes. */
    asking: outcome.kind === 'restore-asked' || outcome.kind === 'merge-preview',
    choose: () => void choose(),
    check: () => void check(),
    test: () => void test(),
    askRestore,
    restore: () => void restore(),
    preview: () => void preview(),
    merge: () => void merge(),
    /** Back to no outcome: a restore not wanted, or a restored journal seen. */
    close: () => setOutcome({ kind: 'none' }),
    cancelMerge: () => {
      setOutcome({ kind: 'none' });
      setNote('Nothing was merged.');
    },
  };
}

export type UseBackupState = ReturnType<typeof useUseBackup>;
