import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

interface BackupWork {
  /** Which piece of backup work is under way, if any. One at a time keeps the journal's files calm. */
  current: string | null;
  begin: (name: string) => void;
  end: (name: string) => void;
}

const WorkContext = createContext<BackupWork>({ current: null, begin: () => undefined, end: () => undefined });

export function BackupWorkProvider({ children }: { children: ReactNode }) {
  const [current, setCurrent] = useState<string | null>(null);
  const begin = useCallback((name: string) => setCurrent((now) => now ?? name), []);
  const end = useCallback((name: string) => setCurrent((now) => (now === name ? null : now)), []);
  const value = useMemo(() => ({ current, begin, end }), [current, begin, end]);
  return <WorkContext.Provider value={value}>{children}</WorkContext.Provider>;
}

/**
 * One kind of backup work (making a backup, checking one, importing...). `running`
 * while its own task runs; `blocked` while another one does.
 */
export function useBackupTask(name: string) {
  const { current, begin, end } = useContext(WorkContext);
  const run = useCallback(
    async <T,>(task: () => Promise<T>): Promise<T> => {
      begin(name);
      try {
        return await task();
      } finally {
        end(name);
      }
    },
    [begin, end, name],
  );
  return { running: current === name, blocked: current !== null && current !== name, busy: current !== null, run };
}

/** A calm, indeterminate bar with a sentence saying what is happening; the seconds appear once it takes a while. */
export function Working({ children }: { children: ReactNode }) {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const started = Date.now();
    const timer = window.setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return (
    <div className="backup-working">
      <p className="progress-note" role="status">
        {children}
        {seconds >= 5 ? <span aria-hidden="true"> ({seconds} seconds so far)</span> : null}
      </p>
      <div className="progress-bar" aria-hidden="true" />
    </div>
  );
}
