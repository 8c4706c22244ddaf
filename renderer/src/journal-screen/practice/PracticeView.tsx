import { useId, useRef, type RefObject } from 'react';
import { FormError } from '../../components/FormError';
import { QuietNote } from '../steps/QuietNote';
import { DoneList } from './DoneList';
import { PlanForm } from './PlanForm';
import { usePracticeView } from './usePracticeView';
import { WaitingList } from './WaitingList';
import '../../styles/practice.css';

/**
 * Practice failing on purpose: a small deliberate risk, planned with how bad it is
 * expected to be, tried, and written down with how bad it really was.
 */
export function PracticeView({ headingRef }: { headingRef: RefObject<HTMLHeadingElement | null> }) {
  const id = useId();
  const waitingHeading = useRef<HTMLHeadingElement>(null);
  const doneHeading = useRef<HTMLHeadingElement>(null);
  const view = usePracticeView({ waiting: waitingHeading, done: doneHeading });
  const none = view.loaded && view.waiting.length === 0 && view.done.length === 0;
  const { notice } = view;
  const noteIn = (where: 'plan' | 'waiting' | 'done') => (
    <QuietNote
      text={notice?.where === where ? notice.text : ''}
      action={
        notice?.undo ? (
          <button type="button" className="button small" onClick={() => void view.undo(notice.undo!)}>
            Undo
          </button>
        ) : null
      }
    />
  );

  return (
    <section className="page-view practice-view" aria-labelledby={`${id}-heading`}>
      <h1 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        Practice
      </h1>
      <p className="lead">
        A place to practise failing on purpose: something small that might not go your way, how bad you expect it to
        be, and afterwards how bad it really was. Fear makes forecasts; writing both numbers down lets you check them
        against what happened.
      </p>
      <FormError message={view.error} />

      {none ? (
        <div className="practice-empty">
          <h2>Your first practice</h2>
          <p>
            A practice is one small, deliberate risk: something you'd usually avoid because it might go wrong, like
            asking for something or showing unfinished work. Start with a little uncomfortable, not frightening. Nothing
            here is graded, and one that goes badly is still a practice.
          </p>
        </div>
      ) : null}

      {view.loaded ? <PlanForm onPlan={view.plan} ideas={none} /> : null}
      {noteIn('plan')}

      {view.loaded ? (
        <WaitingList
          practices={view.waiting}
          note={noteIn('waiting')}
          headingRef={waitingHeading}
          rowRef={view.waitingRow}
          completing={view.completing}
          onCompleting={view.setCompleting}
          onComplete={view.complete}
          onTrash={(practice) => void view.trash(practice)}
        />
      ) : null}

      {view.loaded ? (
        <DoneList
          practices={view.done}
          note={noteIn('done')}
          rows={view.rows}
          becameWins={view.becameWins}
          headingRef={doneHeading}
          rowRef={view.doneRow}
          onTrash={(practice) => void view.trash(practice)}
        />
      ) : null}
    </section>
  );
}
