import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Practice, PracticeOutcome } from '../../../../shared/domain/practice';
import { bounce, messageOf } from '../../api';
import { useLoaded } from '../../lib/useLoaded';
import { useMain } from '../MainContext';
import { useRowFocus } from '../steps/useRowFocus';
import type { PlanFields } from './PlanForm';
import { chartRows, isCompleted } from './practiceWords';

/** The last "How did it go?" request from elsewhere that this screen answered; a later visit does not answer it again. */
let answeredRequest = 0;

/** Soonest first, as the journal lists them. */
function byPlan(a: Practice, b: Practice): number {
  return a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

/** The one tried last at the top. */
function byTriedNewest(a: Practice, b: Practice): number {
  return (b.outcome?.date ?? '').localeCompare(a.outcome?.date ?? '') || b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id);
}

export interface PracticeNotice {
  text: string;
  /** The part of the screen it is said in: where the person just acted. */
  where: 'plan' | 'waiting' | 'done';
  /** The practice just moved to the trash, which Undo brings back. */
  undo: Practice | null;
}

/** Everything the Practice screen does: plan, complete, trash and undo, and which completion form is open. */
export function usePracticeView(headings: { waiting: RefObject<HTMLElement | null>; done: RefObject<HTMLElement | null> }) {
  const { practiceRequest } = useMain();
  const { value, setValue, error, load } = useLoaded(() => bounce().practices.list({}));
  const [completing, setCompleting] = useState<string | null>(null);
  const [notice, setNotice] = useState<PracticeNotice | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const waitingFocus = useRowFocus(headings.waiting);
  const doneFocus = useRowFocus(headings.done);
  // A heading to move to once the list it names has changed under the control that had focus.
  const focusNext = useRef<RefObject<HTMLElement | null> | null>(null);

  const practices = useMemo(() => value?.practices ?? [], [value]);
  const waiting = useMemo(() => practices.filter((practice) => !isCompleted(practice)).sort(byPlan), [practices]);
  const done = useMemo(() => practices.filter(isCompleted).sort(byTriedNewest), [practices]);
  const rows = useMemo(() => chartRows(practices), [practices]);

  // Another screen's "How did it go?" opens that practice's form once the list is here.
  useEffect(() => {
    if (!value || !practiceRequest || practiceRequest.seq <= answeredRequest) return;
    answeredRequest = practiceRequest.seq;
    if (waiting.some((practice) => practice.id === practiceRequest.id)) setCompleting(practiceRequest.id);
  }, [value, practiceRequest, waiting]);

  useEffect(() => {
    const heading = focusNext.current?.current;
    focusNext.current = null;
    if (!heading) return;
    heading.focus();
    // The list it names starts there; show it from its top, not just its heading at the bottom edge.
    heading.scrollIntoView({ block: 'start' });
  });

  function replace(saved: Practice) {
    setValue((current) => current && { ...current, practices: [...current.practices.filter((p) => p.id !== saved.id), saved] });
  }

  async function plan(fields: PlanFields) {
    const saved = await bounce().practices.plan(fields);
    replace(saved);
    setNotice({ text: `Planned: “${saved.attempt}”. It waits here and on Small steps until you've tried it.`, where: 'plan', undo: null });
  }

  async function complete(practice: Practice, outcome: PracticeOutcome) {
    const saved = await bounce().practices.complete({ id: practice.id, outcome });
    setCompleting(null);
    replace(saved);
    focusNext.current = headings.done;
    setNotice({ text: `Saved how “${saved.attempt}” went.`, where: 'done', undo: null });
  }

  async function trash(practice: Practice) {
    setProblem(null);
    try {
      await bounce().practices.trash({ id: practice.id });
    } catch (failure) {
      setProblem(messageOf(failure));
      return;
    }
    const focus = isCompleted(practice) ? doneFocus : waitingFocus;
    focus.leaving((isCompleted(practice) ? done : waiting).map((row) => row.id), practice.id);
    if (completing === practice.id) setCompleting(null);
    setValue((current) => current && { ...current, practices: current.practices.filter((p) => p.id !== practice.id) });
    setNotice({ text: `“${practice.attempt}” is in the trash.`, where: isCompleted(practice) ? 'done' : 'waiting', undo: practice });
  }

  async function undo(practice: Practice) {
    setProblem(null);
    try {
      await bounce().trash.restore({ kind: 'practice', id: practice.id });
      await load();
      focusNext.current = isCompleted(practice) ? headings.done : headings.waiting;
      setNotice({ text: `“${practice.attempt}” is back.`, where: isCompleted(practice) ? 'done' : 'waiting', undo: null });
    } catch (failure) {
      setProblem(messageOf(failure));
    }
  }

  return {
    loaded: value !== null,
    error: error ?? problem,
    waiting,
    done,
    rows,
    becameWins: value?.becameWins ?? [],
    completing,
    setCompleting,
    notice,
    waitingRow: waitingFocus.rowRef,
    doneRow: doneFocus.rowRef,
    plan,
    complete,
    trash,
    undo,
  };
}
