import { createContext, useCallback, useContext, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { progressWords, type WorkKind, type WorkProgress } from '../../../../../shared/domain/work-progress';
import { bounce } from '../../../api';

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

/** Long work this window started and follows: how far it has got, and a way to ask it to stop. */
export interface FollowedWork {
  progress: WorkProgress | null;
  /** The person asked it to stop and it has not answered yet. */
  stopping: boolean;
  cancel: () => void;
}

/**
 * One kind of backup work (making a backup, checking one, importing...). `running`
 * while its own task runs; `blocked` while another one does. The task gets an
 * operation id to pass along, so its progress can be shown and it can be cancelled.
 */
export function useBackupTask(name: string) {
  const { current, begin, end } = useContext(WorkContext);
  const operation = useRef<string | null>(null);
  const [progress, setProgress] = useState<WorkProgress | null>(null);
  const [stopping, setStopping] = useState(false);
  const startedFrom = useRef<HTMLElement | null>(null);
  const running = current === name;

  useEffect(
    () =>
      bounce().on.progress((next) => {
        if (next.operation === operation.current) setProgress(next);
      }),
    [],
  );

  // The button that started the work was disabled while it ran, which takes the focus away; it gets it back.
  useEffect(() => {
    if (running || !startedFrom.current) return;
    const active = document.activeElement;
    if ((!active || active === document.body) && startedFrom.current.isConnected) startedFrom.current.focus();
    startedFrom.current = null;
  }, [running]);

  const run = useCallback(
    async <T,>(task: (operation: string) => Promise<T>): Promise<T> => {
      const id = `${name}-${crypto.randomUUID()}`;
      operation.current = id;
      startedFrom.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setProgress(null);
      setStopping(false);
      begin(name);
      try {
        return await task(id);
      } finally {
        operation.current = null;
        setProgress(null);
        setStopping(false);
        end(name);
      }
    },
    [begin, end, name],
  );

  const cancel = useCallback(() => {
    const id = operation.current;
    if (!id) return;
    setStopping(true);
    void bounce()
      .work.cancel({ operation: id })
      .then(({ state }) => {
        if (state !== 'cancelling') setStopping(false);
      })
      .catch(() => setStopping(false));
  }, []);

  const followed: FollowedWork = { progress, stopping, cancel };
  return { running, blocked: current !== null && !running, busy: current !== null, run, followed };
}

/** Said once work is past the point where stopping would leave everything as it was. */
const PAST_STOPPING: Partial<Record<WorkKind, string>> = {
  restore: 'The restored journal is being put in place, so this can no longer be stopped. It takes a moment.',
  merge: 'The backup is being written into this journal now, so this can no longer be stopped. Nothing already here is lost.',
};

/**
 * A sentence saying what is happening, with a real bar counting items done of
 * all of them once the work says how far it has got (a calm, indeterminate bar
 * until then), a Cancel while stopping is safe, and a plain note once it is not.
 */
export function Working({ children, work }: { children: ReactNode; work?: FollowedWork }) {
  const id = useId();
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const started = Date.now();
    const timer = window.setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const progress = work?.progress ?? null;
  return (
    <div className="backup-working">
      <p className="progress-note" role="status" id={`${id}-doing`}>
        {children}
        {seconds >= 5 ? <span aria-hidden="true"> ({seconds} seconds so far)</span> : null}
      </p>
      {progress ? (
        <>
          <progress className="work-progress" max={Math.max(progress.total, 1)} value={progress.done} aria-labelledby={`${id}-doing`} aria-describedby={`${id}-count`} />
          <p className="progress-count" id={`${id}-count`}>
            {progressWords(progress)}
          </p>
        </>
      ) : (
        <div className="progress-bar" aria-hidden="true" />
      )}
      {progress && !progress.cancellable && PAST_STOPPING[progress.kind] ? <p className="quiet-note">{PAST_STOPPING[progress.kind]}</p> : null}
      {work && progress?.cancellable ? (
        <div className="actions work-actions">
          <button type="button" className="button quiet" disabled={work.stopping} onClick={work.cancel}>
            {work.stopping ? 'Stopping…' : 'Cancel'}
          </button>
        </div>
      ) : null}
    </div>
  );
}
