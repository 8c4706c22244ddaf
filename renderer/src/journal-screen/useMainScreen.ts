import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { JournalSettings } from '../../../shared/domain/settings';
import { bounce, messageOf } from '../api';
import { isModKey } from '../lib/platform';
import { stopFraming } from './framing/framingClient';
import { carryOpenEntryAcrossLock } from './journal/lastOpen';
import { hasKeptDrafts, saveKeptDrafts } from './keptDrafts';
import type { MainContextValue, PracticeRequest, WinPrefill } from './MainContext';
import type { Section } from './Sidebar';
import { useJournalProblems } from './problems/useJournalProblems';
import { centreTimelineOn } from './timeline/timelinePlace';
import type { Flush, SaveGuard } from './SaveGuard';
import { useActivityReporter } from './useActivityReporter';

export interface JournalCommand {
  kind: 'new' | 'find' | 'open';
  seq: number;
  /** The entry to open, for 'open'. */
  id?: string;
}

/** Asks the Wins screen to open one win, or to start a new one with words and a link carried over. */
export type WinCommand = { seq: number } & ({ kind: 'open'; id: string } | { kind: 'new'; prefill: WinPrefill });

/**
 * The unlocked journal's own state: the section shown, locking (saving every open
 * editor first), shortcuts and menu commands, settings, and writing kept across a lock.
 */
export function useMainScreen(notice: string | undefined, onLocked: () => void) {
  const [section, setSection] = useState<Section>('journal');
  const [command, setCommand] = useState<JournalCommand | null>(null);
  const [winCommand, setWinCommand] = useState<WinCommand | null>(null);
  const [practiceRequest, setPracticeRequest] = useState<PracticeRequest | null>(null);
  const [settings, setSettings] = useState<JournalSettings | null>(null);
  const [locking, setLocking] = useState(false);
  const [lockProblem, setLockProblem] = useState<string | null>(null);
  const [banner, setBanner] = useState('');
  // Writing kept in memory across a lock is saved before the journal shows, so lists include it.
  const [restoring, setRestoring] = useState(hasKeptDrafts);
  const [keptProblem, setKeptProblem] = useState(false);
  // A restore from a backup changes entries under the open views; a new key makes them read the journal again.
  const [journalVersion, setJournalVersion] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const flushes = useRef(new Set<Flush>());
  const commandSeq = useRef(0);

  useActivityReporter();

  const guard = useMemo<SaveGuard>(
    () => ({
      register: (flush) => {
        flushes.current.add(flush);
        return () => flushes.current.delete(flush);
      },
    }),
    [],
  );

  /** Saves every open editor; false if something could not be saved (and is still on screen). */
  const saveAll = useCallback(async () => {
    const results = await Promise.all([...flushes.current].map((flush) => flush()));
    return results.every(Boolean);
  }, []);

  const journalChanged = useCallback(() => setJournalVersion((version) => version + 1), []);
  const problems = useJournalProblems({ saveAll, onJournalChanged: journalChanged });

  const lock = useCallback(
    async (evenIfUnsaved = false) => {
      if (locking) return;
      setLocking(true);
      setLockProblem(null);
      if (!evenIfUnsaved && !(await saveAll())) {
        setLockProblem(
          "Your latest changes couldn't be saved, so the journal is still open. If you lock anyway, they wait in this window's memory (never on disk) and are saved when you unlock, unless the app is closed first.",
        );
        setLocking(false);
        return;
      }
      try {
        await bounce().vault.lock({});
        onLocked();
      } catch (failure) {
        setLockProblem(messageOf(failure));
        setLocking(false);
      }
    },
    [locking, saveAll, onLocked],
  );

  const go = useCallback(
    async (next: Section) => {
      if (next !== section && !(await saveAll())) return false;
      setSection(next);
      return true;
    },
    [section, saveAll],
  );

  const journalCommand = useCallback(
    async (kind: JournalCommand['kind'], id?: string) => {
      if (!(await go('journal'))) return;
      commandSeq.current += 1;
      setCommand({ kind, seq: commandSeq.current, ...(id ? { id } : {}) });
    },
    [go],
  );

  const winsCommand = useCallback(
    async (next: { kind: 'open'; id: string } | { kind: 'new'; prefill: WinPrefill }) => {
      if (!(await go('wins'))) return;
      commandSeq.current += 1;
      setWinCommand({ ...next, seq: commandSeq.current });
    },
    [go],
  );

  const practiceCommand = useCallback(
    async (id: string) => {
      if (!(await go('practice'))) return;
      commandSeq.current += 1;
      setPracticeRequest({ id, seq: commandSeq.current });
    },
    [go],
  );

  // Latest handlers for listeners registered once.
  const handlers = useRef({ lock, journalCommand, winsCommand, practiceCommand, go });
  handlers.current = { lock, journalCommand, winsCommand, practiceCommand, go };

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      let action: (() => void) | null = null;
      if (isModKey(event, 'l')) action = () => void handlers.current.lock();
      else if (isModKey(event, 'n')) action = () => void handlers.current.journalCommand('new');
      else if (isModKey(event, 'f')) action = () => void handlers.current.journalCommand('find');
      else if (isModKey(event, ',')) action = () => void handlers.current.go('settings');
      if (!action) return;
      event.preventDefault();
      event.stopPropagation();
      action();
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);

  useEffect(
    () =>
      bounce().on.menu(({ command: menuCommand }) => {
        if (menuCommand === 'new-entry') void handlers.current.journalCommand('new');
        else if (menuCommand === 'find') void handlers.current.journalCommand('find');
        else if (menuCommand === 'preferences') void handlers.current.go('settings');
      }),
    [],
  );

  useEffect(() => {
    bounce()
      .settings.get({})
      .then(setSettings, () => undefined);
  }, []);

  // Set after the first paint so the live region reads it out.
  useEffect(() => {
    if (notice) setBanner(notice);
  }, [notice]);

  const restoreKept = useCallback(async () => {
    setRestoring(true);
    const { saved, failed } = await saveKeptDrafts();
    setRestoring(false);
    setKeptProblem(failed > 0);
    if (failed > 0) {
      setBanner(
        "Some writing from before the journal locked still couldn't be saved. It's kept in this window's memory only, until you try again or close the app.",
      );
    } else if (saved > 0) {
      setBanner('Your writing from just before the journal locked was kept in memory, and it is saved now.');
    }
  }, []);

  useEffect(() => {
    if (hasKeptDrafts()) void restoreKept();
  }, [restoreKept]);

  // Locking ends the framing worker, so no text lingers in it.
  useEffect(() => () => stopFraming(), []);

  // This screen goes only when the journal locks: the entry that was open is opened again after unlocking.
  useEffect(() => () => carryOpenEntryAcrossLock(), []);

  const context = useMemo<MainContextValue>(
    () => ({
      settings,
      openSettings: () => void handlers.current.go('settings'),
      openEntry: (id) => void handlers.current.journalCommand('open', id),
      openWin: (id) => void handlers.current.winsCommand({ kind: 'open', id }),
      recordWin: (prefill) => void handlers.current.winsCommand({ kind: 'new', prefill }),
      openPractice: (id) => void handlers.current.practiceCommand(id),
      openTimeline: (date) => {
        if (date) centreTimelineOn(date);
        void handlers.current.go('timeline');
      },
      practiceRequest,
      onSettings: setSettings,
    }),
    [settings, practiceRequest],
  );

  // A new section (and the journal, just unlocked) puts focus on its heading, so it is read out.
  useEffect(() => {
    heading.current?.focus();
  }, [section, restoring]);

  return { section, command, winCommand, settings, setSettings, locking, lockProblem, setLockProblem, banner, setBanner, restoring, keptProblem, journalVersion, heading, guard, problems, lock, go, restoreKept, context };
}
