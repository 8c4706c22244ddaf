import { useId, type ReactNode, type RefObject } from 'react';
import type { Practice } from '../../../../shared/domain/practice';
import { formatDay } from '../../lib/dates';
import { useMain } from '../MainContext';
import { PracticeChart } from './PracticeChart';
import { expectedVsActual, practiceWin, type ChartRow, type CompletedPractice } from './practiceWords';

interface DoneListProps {
  practices: CompletedPractice[];
  rows: ChartRow[];
  becameWins: { fromId: string; winId: string }[];
  /** The quiet word about something just done in this list. */
  note: ReactNode;
  headingRef: RefObject<HTMLHeadingElement | null>;
  rowRef: (id: string) => (element: HTMLElement | null) => void;
  onTrash: (practice: Practice) => void;
}

/** Practices tried, with expected against actual in a chart (or a table) and in words; each can be kept as a win. */
export function DoneList({ practices, note, rows, becameWins, headingRef, rowRef, onTrash }: DoneListProps) {
  const id = useId();
  const { recordWin, openWin } = useMain();
  const winOf = new Map(becameWins.map((pair) => [pair.fromId, pair.winId]));
  return (
    <section className="practice-part" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        How it went
      </h2>
      {note}
      {practices.length === 0 ? (
        <p className="quiet-note">Once you've tried one, how bad you expected it to be and how bad it was show here, side by side.</p>
      ) : (
        <>
          <PracticeChart rows={rows} />
          <ul className="practice-items" aria-label="Practices tried">
            {practices.map((practice) => {
              const winId = winOf.get(practice.id);
              const describedBy = `${id}-${practice.id}`;
              return (
                <li key={practice.id} className="practice-item" ref={rowRef(practice.id)}>
                  <p className="practice-attempt" id={describedBy}>
                    {practice.attempt}
                  </p>
                  <p className="quiet-note">Tried on {formatDay(practice.outcome.date)}</p>
                  <p className="practice-gap">{expectedVsActual(practice)}</p>
                  {practice.outcome.happened.trim() ? <p className="practice-words">What happened: {practice.outcome.happened}</p> : null}
                  {practice.outcome.learned.trim() ? <p className="practice-words">What you learned: {practice.outcome.learned}</p> : null}
                  <div className="actions step-actions">
                    {winId ? (
                      <>
                        <span className="quiet-note">Became a win</span>
                        <button type="button" className="button small" aria-describedby={describedBy} onClick={() => openWin(winId)}>
                          Open the win
                        </button>
                      </>
                    ) : (
                      <button type="button" className="button small" aria-describedby={describedBy} onClick={() => recordWin(practiceWin(practice))}>
                        Keep it as a win
                      </button>
                    )}
                    <button type="button" className="button small quiet" aria-describedby={describedBy} onClick={() => onTrash(practice)}>
                      Move to trash
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
