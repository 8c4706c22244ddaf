import { useId, type ReactNode, type RefObject } from 'react';
import type { Practice, PracticeOutcome } from '../../../../shared/domain/practice';
import { formatDay } from '../../lib/dates';
import { CompleteForm } from './CompleteForm';
import { outOfTen } from './practiceWords';

interface WaitingListProps {
  practices: Practice[];
  /** The quiet word about something just done in this list. */
  note: ReactNode;
  headingRef: RefObject<HTMLHeadingElement | null>;
  rowRef: (id: string) => (element: HTMLElement | null) => void;
  completing: string | null;
  onCompleting: (id: string | null) => void;
  onComplete: (practice: Practice, outcome: PracticeOutcome) => Promise<void>;
  onTrash: (practice: Practice) => void;
}

/** Practices planned and not yet tried, soonest first; "How did it go?" opens the form for the "after". */
export function WaitingList({ practices, note, headingRef, rowRef, completing, onCompleting, onComplete, onTrash }: WaitingListProps) {
  const id = useId();
  return (
    <section className="practice-part" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        Waiting to try
      </h2>
      {note}
      {practices.length === 0 ? (
        <p className="quiet-note">Nothing planned right now.</p>
      ) : (
        <ul className="practice-items" aria-label="Practices waiting to be tried">
          {practices.map((practice) => (
            <li key={practice.id} className="practice-item" ref={rowRef(practice.id)}>
              <p className="practice-attempt" id={`${id}-${practice.id}`}>
                {practice.attempt}
              </p>
              <p className="quiet-note">
                Planned for {formatDay(practice.date)}. You expect {outOfTen(practice.expected)}.
              </p>
              {practice.fear.trim() ? <p className="practice-words">What you fear: {practice.fear}</p> : null}
              {completing === practice.id ? (
                <CompleteForm practice={practice} onComplete={(outcome) => onComplete(practice, outcome)} onCancel={() => onCompleting(null)} />
              ) : (
                <div className="actions step-actions">
                  <button type="button" className="button small" aria-describedby={`${id}-${practice.id}`} onClick={() => onCompleting(practice.id)}>
                    How did it go?
                  </button>
                  <button type="button" className="button small quiet" aria-describedby={`${id}-${practice.id}`} onClick={() => onTrash(practice)}>
                    Move to trash
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
