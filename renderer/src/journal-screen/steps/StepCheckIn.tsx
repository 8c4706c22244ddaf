import { useEffect, useId, useRef, useState } from 'react';
import { bounce } from '../../api';
import { useMain } from '../MainContext';
import { StepActions } from './StepActions';
import { isDue, reflectionStepAck, type Acknowledgement, type OpenStep } from './stepWords';

/**
 * After unlocking: "Did you get to '…'?" for the oldest small step that is more
 * than a day old and was not asked about in the last day. One question, once.
 */
export function StepCheckIn({ onOpenSteps }: { onOpenSteps: () => void }) {
  const id = useId();
  const { recordWin } = useMain();
  const [step, setStep] = useState<OpenStep | null>(null);
  const [more, setMore] = useState(0);
  const [answer, setAnswer] = useState<Acknowledgement | null>(null);
  const [closed, setClosed] = useState(false);
  const answerText = useRef<HTMLParagraphElement>(null);

  // The answered buttons are gone; the acknowledgement takes the focus, so it is read and the next control is one Tab away.
  useEffect(() => {
    if (answer) answerText.current?.focus();
  }, [answer]);

  useEffect(() => {
    let live = true;
    bounce()
      .steps.list({})
      .then(({ steps }) => {
        if (!live) return;
        const due = steps.filter((each) => isDue(each));
        setStep(due[0] ?? null);
        setMore(Math.max(0, due.length - 1));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  if (closed || (!step && !answer)) return null;

  return (
    <div className="notice step-check-in" role="region" aria-labelledby={`${id}-question`}>
      {answer ? (
        <div className="check-in-body">
          <p id={`${id}-question`} ref={answerText} tabIndex={-1}>
            {answer.text}
          </p>
          {answer.win ? (
            <button
              type="button"
              className="button small"
              onClick={() => {
                setClosed(true);
                recordWin(answer.win!);
              }}
            >
              Keep it as a win
            </button>
          ) : null}
        </div>
      ) : step ? (
        <div className="check-in-body">
          <p id={`${id}-question`}>Did you get to “{step.text}”?</p>
          <StepActions
            settle={(status) => bounce().steps.settle({ entryId: step.entryId, status })}
            onSettled={(status) => {
              setAnswer(reflectionStepAck(status, step));
              setStep(null);
            }}
          />
          {more > 0 ? (
            <button type="button" className="link-button" onClick={onOpenSteps}>
              See all small steps
            </button>
          ) : null}
        </div>
      ) : null}
      <button type="button" className="button quiet" onClick={() => setClosed(true)}>
        {answer ? 'Dismiss' : 'Not now'}
      </button>
    </div>
  );
}
