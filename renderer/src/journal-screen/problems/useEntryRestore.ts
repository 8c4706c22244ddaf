import { useRef, useState } from 'react';
import type { DamagedFile } from '../../../../shared/api/contract';
import { MERGE_ONLY_IDS_MAX, type MergeSummary } from '../../../../shared/domain/backup';
import { bounce, codeOf, messageOf } from '../../api';
import { restoredIds, restoreOutcome, restorableIds, restorePreview, absentEntries, type RestorePreview } from './problemWords';
import { useProblems } from './useJournalProblems';
import { useBackupSecret, type ChosenBackup } from '../settings/backup/useBackupSecret';

type RestoreStep =
  | { kind: 'idle' }
  /** A backup that needs its passphrase before it can be read. */
  | { kind: 'chosen'; file: ChosenBackup }
  | { kind: 'preview'; file: ChosenBackup; preview: RestorePreview };

export type RestoreDoing = 'choose' | 'preview' | 'merge';

/**
 * Brings the problem entries back from a backup: choose the file, give its
 * passphrase if it has one of its own, see what would come back, then confirm.
 * Only the problem entries are taken from the backup.
 */
export function useEntryRestore() {
  const { problems, beforeRestore, afterRestore } = useProblems();
  const [step, setStep] = useState<RestoreStep>({ kind: 'idle' });
  const [doing, setDoing] = useState<RestoreDoing | null>(null);
  const secret = useBackupSecret();
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState('');
  // The problems as they were when the restore began, so the outcome speaks of the same entries as the preview.
  const asked = useRef<DamagedFile[]>([]);

  async function work<T>(what: RestoreDoing, call: () => Promise<T>, file: ChosenBackup | null): Promise<T | null> {
    setDoing(what);
    setError(null);
    setNote('');
    try {
      return await call();
    } catch (failure) {
      if (codeOf(failure) === 'WRONG_PASSPHRASE' && file && !file.opensWithThisJournal) {
        setStep({ kind: 'chosen', file });
        secret.wrong(messageOf(failure));
      } else {
        if (codeOf(failure) === 'NOT_FOUND') setStep({ kind: 'idle' });
        setError(messageOf(failure));
      }
      return null;
    } finally {
      setDoing(null);
    }
  }

  function request(file: ChosenBackup) {
    // Past the limit the rest stay listed, and a second restore picks them up.
    const onlyIds = restorableIds(asked.current).slice(0, MERGE_ONLY_IDS_MAX);
    return !file.opensWithThisJournal && secret.value ? { file: file.token, secret: secret.value, onlyIds } : { file: file.token, onlyIds };
  }

  async function preview(file: ChosenBackup) {
    if (secret.missing(file)) return;
    const summary = await work('preview', () => bounce().backup.previewMerge(request(file)), file);
    if (summary) setStep({ kind: 'preview', file, preview: restorePreview(asked.current, summary) });
  }

  async function choose() {
    if (doing) return;
    asked.current = problems;
    const result = await work('choose', () => bounce().backup.choose({}), null);
    if (!result) return;
    if (!result.file) {
      setNote('No file was chosen, so nothing was changed.');
      return;
    }
    secret.clear();
    if (result.file.opensWithThisJournal) await preview(result.file);
    else setStep({ kind: 'chosen', file: result.file });
  }

  /** Entries absent before that open now came back, though a merge only counts them. */
  async function opensNow(): Promise<Set<string>> {
    const opened = new Set<string>();
    for (const { id } of absentEntries(asked.current)) {
      try {
        await bounce().entries.get({ id });
        opened.add(id);
      } catch {
        // Still not there: it stays listed.
      }
    }
    return opened;
  }

  async function merge(file: ChosenBackup) {
    if (!(await beforeRestore())) {
      setError("Your latest changes couldn't be saved, so nothing was restored yet. Your text is still on screen; try again once it is saved.");
      return;
    }
    const summary: MergeSummary | null = await work('merge', () => bounce().backup.merge(request(file)), file);
    if (!summary) return;
    const back = restoredIds(asked.current, summary, await opensNow());
    const words = restoreOutcome(asked.current, back);
    setStep({ kind: 'idle' });
    secret.forget();
    await afterRestore(back, words);
  }

  function cancel() {
    setStep({ kind: 'idle' });
    secret.clear();
    setError(null);
    setNote('Nothing was restored.');
  }

  return {
    step,
    doing,
    busy: doing !== null,
    error,
    note,
    secret,
    choose: () => void choose(),
    preview: (file: ChosenBackup) => void preview(file),
    merge: (file: ChosenBackup) => void merge(file),
    cancel,
  };
}

export type EntryRestore = ReturnType<typeof useEntryRestore>;
