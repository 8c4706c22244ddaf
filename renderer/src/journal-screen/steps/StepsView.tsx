import { useId, useRef, type RefObject } from 'react';
import { useMain } from '../MainContext';
import { FormError } from '../../components/FormError';
import { DoneSteps } from './DoneSteps';
import { OwnStepForm } from './OwnStepForm';
import { OwnStepList } from './OwnStepList';
import { ReflectionStepList } from './ReflectionStepList';
import { QuietNote } from './QuietNote';
import { useStepsView } from './useStepsView';
import { WaitingPractices } from './WaitingPractices';
import '../../styles/steps.css';

/**
 * Small steps: the person's own, the ones reflections end with, practices waiting
 * to be tried, and the settled ones. Each answer gets a quiet word and nothing more.
 */
export function StepsView({ headingRef }: { headingRef: RefObject<HTMLHeadingElement | null> }) {
  const id = useId();
  const ownHeading = useRef<HTMLHeadingElement>(null);
  const reflectionHeading = useRef<HTMLHeadingElement>(null);
  const view = useStepsView({ own: ownHeading, reflection: reflectionHeading });
  const { own, reflectionSteps, ack } = view;
  const { recordWin } = useMain();
  const keep = ack?.win ? (
    <button type="button" className="button small" onClick={() => recordWin(ack.win!)}>
      Keep it as a win
    </button>
  ) : null;

  return (
    <section className="page-view steps-view" aria-labelledby={`${id}-heading`}>
      <h1 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        Small steps
      </h1>
      <p className="lead">
        Small, ordinary things you mean to do: your own, and the ones your reflections end with. Mark one when you get
        to it, or let it go. There's no count and no rush.
      </p>
      <FormError message={view.error} />

      <section className="steps-part" aria-labelledby={`${id}-own`}>
        <h2 id={`${id}-own`} ref={ownHeading} tabIndex={-1}>
          Steps of my own
        </h2>
        <OwnStepForm onAdd={view.addOwn} suggest={view.nothingAtAll} />
        <QuietNote text={ack?.where === 'own' ? ack.text : ''} action={keep} />
        {own ? <OwnStepList steps={own.open} rowRef={view.ownRow} onSettle={view.settleOwn} /> : null}
      </section>

      <section className="steps-part" aria-labelledby={`${id}-reflections`}>
        <h2 id={`${id}-reflections`} ref={reflectionHeading} tabIndex={-1}>
          From your reflections
        </h2>
        <QuietNote text={ack?.where === 'reflection' ? ack.text : ''} action={keep} />
        {reflectionSteps && reflectionSteps.length === 0 ? (
          <p className="quiet-note">Nothing waiting. When a reflection ends with a small next step, it shows up here.</p>
        ) : null}
        {reflectionSteps && reflectionSteps.length > 0 ? (
          <ReflectionStepList steps={reflectionSteps} rowRef={view.reflectionRow} onSettled={view.reflectionSettled} />
        ) : null}
      </section>

      {own ? <WaitingPractices practices={own.waiting} /> : null}
      {own ? <DoneSteps steps={own.settled} becameWins={own.becameWins} /> : null}
    </section>
  );
}
