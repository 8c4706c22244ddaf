import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { DamagedFile } from '../../../../shared/api/contract';
import { bounce, messageOf } from '../../api';

/** The problems the journal found in its files, shared by the notice on the main screen and Settings. */
interface JournalProblems {
  problems: DamagedFile[];
  /** The notice was put away for this unlock; Settings still lists the problems. */
  noticeHidden: boolean;
  hideNotice: () => void;
  /** What the last restore brought back, said once where the person is looking. */
  outcome: string;
  clearOutcome: () => void;
  /** The person has read these: the journal stops reporting them. */
  dismiss: (ids: string[]) => Promise<boolean>;
  dismissError: string | null;
  /** Saves open editors before a restore; false if something could not be saved. */
  beforeRestore: () => Promise<boolean>;
  /** After a restore: the restored problems are dismissed and the views read the journal again. */
  afterRestore: (restored: string[], outcome: string) => Promise<void>;
}

const EMPTY: JournalProblems = {
  problems: [],
  noticeHidden: false,
  hideNotice: () => undefined,
  outcome: '',
  clearOutcome: () => undefined,
  dismiss: async () => false,
  dismissError: null,
  beforeRestore: async () => false,
  afterRestore: async () => undefined,
};

export const JournalProblemsContext = createContext<JournalProblems>(EMPTY);

export function useProblems(): JournalProblems {
  return useContext(JournalProblemsContext);
}

interface Options {
  saveAll: () => Promise<boolean>;
  /** The journal changed under the open views (a restore): they read it again. */
  onJournalChanged: () => void;
}

/** Reads the problems once the journal is open, and keeps them until the person dismisses them. */
export function useJournalProblems({ saveAll, onJournalChanged }: Options): JournalProblems {
  const [problems, setProblems] = useState<DamagedFile[]>([]);
  const [noticeHidden, setNoticeHidden] = useState(false);
  const [outcome, setOutcome] = useState('');
  const [dismissError, setDismissError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      const status = await bounce().vault.status({});
      setProblems(status.damaged ?? []);
    } catch {
      // A failed read leaves the list as it was; the next unlock reads it again.
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const dismiss = useCallback(
    async (ids: string[]) => {
      if (ids.length === 0) return true;
      setDismissError(null);
      try {
        await bounce().vault.dismissProblems({ ids });
      } catch (failure) {
        setDismissError(messageOf(failure));
        return false;
      }
      const gone = new Set(ids);
      setProblems((now) => now.filter((problem) => !gone.has(problem.id)));
      return true;
    },
    [],
  );

  const afterRestore = useCallback(
    async (restored: string[], words: string) => {
      setOutcome(words);
      setNoticeHidden(false);
      onJournalChanged();
      await dismiss(restored);
      await refresh();
    },
    [dismiss, refresh, onJournalChanged],
  );

  return useMemo(
    () => ({
      problems,
      noticeHidden,
      hideNotice: () => setNoticeHidden(true),
      outcome,
      clearOutcome: () => setOutcome(''),
      dismiss,
      dismissError,
      beforeRestore: saveAll,
      afterRestore,
    }),
    [problems, noticeHidden, outcome, dismiss, dismissError, saveAll, afterRestore],
  );
}
