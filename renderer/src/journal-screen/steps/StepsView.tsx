import { useId, useState, type RefObject } from 'react';
import { bounce } from '../../api';
import { useLoaded } from '../../lib/useLoaded';
import { formatDay } from '../../lib/dates';
import { StepActions } from './StepActions';
import { settledWords } from './stepWords';
import { FormError } from '../../components/FormError';

/** The small next steps from reflections that are still open, each with Done, Not yet, Let it go. */
export function StepsView({ headingRef }: { headingRef: RefObject<HTMLHeadingElement | null> }) {
  const id = useId();
  const { value: steps, setValue: setSteps, error, load } = useLoaded(async () => (await bounce().steps.list({})).steps);
  const [note, setNote] = useState('');

  return (
    <section className="page-view steps-view" aria-labelledby={`${id}-heading`}>
      <h1 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        Small steps
      </h1>
      <p className="lead">
        The small things you said you'd do at the end of a reflection. Mark one when you get to it, or let it go.
        There's no count and no rush.
      </p>
      <div className="notice-area" aria-live="polite">
        {note ? <p className="quiet-note step-ack">{note}</p> : null}
      </div>
      <FormError message={error} />
      {steps && steps.length === 0 ? (
        <p className="empty-title">Nothing waiting. When a reflection ends with a small next step, it shows up here.</p>
      ) : null}
      {steps && steps.length > 0 ? (
        <ul className="step-items" aria-label="Open small steps">
          {steps.map((step) => (
            <li key={step.entryId} className="step-item">
              <p className="step-text" id={`${id}-${step.entryId}`}>
                {step.text}
              </p>
              <p className="quiet-note">
                From “{step.entryTitle || 'Untitled reflection'}”, {formatDay(step.entryDate)}
              </p>
              <StepActions
                entryId={step.entryId}
                describedBy={`${id}-${step.entryId}`}
                onSettled={(status) => {
                  setNote(settledWords(status, step.text));
                  if (status === 'open') void load();
                  else setSteps((rows) => rows?.filter((row) => row.entryId !== step.entryId) ?? null);
                }}
              />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
