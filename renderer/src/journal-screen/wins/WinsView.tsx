import { useCallback, useEffect, useId, useRef, useState, type RefObject } from 'react';
import type { LinkedEntry } from '../../../../shared/api/evidence-contract';
import type { Win } from '../../../../shared/domain/win';
import { bounce, messageOf } from '../../api';
import { FormError } from '../../components/FormError';
import { PlusIcon } from '../../components/Icons';
import { todayIso } from '../../lib/dates';
import type { WinPrefill } from '../MainContext';
import type { WinCommand } from '../useMainScreen';
import { useWinsBrowse } from './useWinsBrowse';
import { WinEditor } from './WinEditor';
import { WinsOverview } from './WinsOverview';
import { fieldsOfWin, newWinFields, type WinFields } from './winWords';
import '../../styles/wins.css';

interface Open {
  key: string;
  win: Win | null;
  start: WinFields;
  linked: LinkedEntry[];
}

interface Notice {
  text: string;
  undoId?: string;
}

/**
 * Commands already carried out. The screen is made afresh each time the section is
 * shown, with the last command still passed in; it must not run again then.
 */
const handled = new WeakSet<WinCommand>();

/** What the prefilled entries are called, for the editor's "This grew out of". */
async function describeEntries(ids: readonly string[]): Promise<LinkedEntry[]> {
  const found = await Promise.all(ids.map((id) => bounce().entries.get({ id }).catch(() => null)));
  return found.flatMap((entry) => (entry ? [{ id: entry.id, title: entry.title, date: entry.date, inTrash: entry.deletedAt !== null }] : []));
}

/** The evidence vault: the review screen, and a win's editor in its place while one is open. */
export function WinsView({ headingRef, command }: { headingRef: RefObject<HTMLHeadingElement | null>; command: WinCommand | null }) {
  const id = useId();
  const browse = useWinsBrowse();
  const { reload } = browse;
  const [open, setOpen] = useState<Open | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [viewError, setViewError] = useState<string | null>(null);
  const flushEditor = useRef<(() => Promise<boolean>) | null>(null);
  const lastWin = useRef<string | null>(null);
  const newCount = useRef(0);

  const onFlush = useCallback((flush: (() => Promise<boolean>) | null) => {
    flushEditor.current = flush;
  }, []);
  const saveOpen = useCallback(async () => (flushEditor.current ? flushEditor.current() : true), []);

  const openWin = useCallback(
    async (winId: string) => {
      if (!(await saveOpen())) return;
      setViewError(null);
      try {
        const { win, entries } = await bounce().wins.get({ id: winId });
        setNotice(null);
        lastWin.current = win.id;
        setOpen({ key: win.id, win, start: fieldsOfWin(win), linked: entries });
      } catch (failure) {
        setViewError(messageOf(failure));
      }
    },
    [saveOpen],
  );

  const newWin = useCallback(
    async (prefill: WinPrefill | null) => {
      if (!(await saveOpen())) return;
      newCount.current += 1;
      const key = `new-${newCount.current}`;
      setViewError(null);
      setNotice(null);
      lastWin.current = null;
      const start = newWinFields(prefill, todayIso());
      setOpen({ key, win: null, start, linked: [] });
      if (start.entryIds.length === 0) return;
      const linked = await describeEntries(start.entryIds);
      setOpen((current) => (current?.key === key ? { ...current, linked } : current));
    },
    [saveOpen],
  );

  /** Back to the review screen, the win just edited under the keyboard's focus. */
  const close = useCallback(async () => {
    if (!(await saveOpen())) return;
    setOpen(null);
    reload();
    const back = lastWin.current;
    requestAnimationFrame(() => {
      const row = back ? document.querySelector<HTMLElement>(`[data-win-id="${back}"]`) : null;
      (row ?? headingRef.current)?.focus();
    });
  }, [saveOpen, reload, headingRef]);

  useEffect(() => {
    if (!command || handled.has(command)) return;
    handled.add(command);
    if (command.kind === 'open') void openWin(command.id);
    else void newWin(command.prefill);
  }, [command, openWin, newWin]);

  async function undoTrash(winId: string) {
    try {
      await bounce().trash.restore({ kind: 'win', id: winId });
      setNotice({ text: 'Back among your wins.' });
      reload();
    } catch (failure) {
      setNotice({ text: messageOf(failure), undoId: winId });
    }
  }

  return (
    <section className="page-view wins-view" aria-labelledby={`${id}-heading`}>
      <div className="pane-head wins-head">
        <h1 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
          Wins
        </h1>
        {open ? (
          <button type="button" className="button" onClick={() => void close()}>
            Back to your wins
          </button>
        ) : !browse.overview || browse.empty ? null : (
          <button type="button" className="button primary" onClick={() => void newWin(null)}>
            <PlusIcon />
            Record a win
          </button>
        )}
      </div>
      <div className="notice-area" aria-live="polite">
        {notice ? (
          <div className="notice">
            <p>{notice.text}</p>
            {notice.undoId ? (
              <button type="button" className="button" onClick={() => void undoTrash(notice.undoId!)}>
                Undo
              </button>
            ) : null}
          </div>
        ) : null}
      </div>
      <FormError message={viewError} />
      {open ? (
        <WinEditor
          key={open.key}
          win={open.win}
          start={open.start}
          linked={open.linked}
          onSaved={(win) => {
            lastWin.current = win.id;
          }}
          onTrashed={(winId) => {
            setOpen(null);
            reload();
            setNotice({ text: 'Moved to the trash. You can restore it for 30 days.', undoId: winId });
          }}
          onDiscarded={() => {
            setOpen(null);
            reload();
          }}
          onFlush={onFlush}
        />
      ) : (
        <WinsOverview browse={browse} onOpen={(winId) => void openWin(winId)} onRecord={() => void newWin(null)} />
      )}
    </section>
  );
}
