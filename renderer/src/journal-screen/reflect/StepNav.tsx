import { useRef, useState, type KeyboardEvent } from 'react';
import { REFLECTION_STEPS, type Reflection, type ReflectionStep } from '../../../../shared/domain/reflection';
import { isAnswered, STEP_TEXT, stepNumber } from './steps';

interface StepNavProps {
  reflection: Reflection;
  step: ReflectionStep;
  finished: boolean;
  onGoTo: (step: ReflectionStep) => void;
}

const LAST = REFLECTION_STEPS.length - 1;

/** Where an arrow, Home or End key moves among the steps; null for any other key. */
function movedTo(key: string, from: number): number | null {
  if (key === 'ArrowRight' || key === 'ArrowDown') return from === LAST ? 0 : from + 1;
  if (key === 'ArrowLeft' || key === 'ArrowUp') return from === 0 ? LAST : from - 1;
  if (key === 'Home') return 0;
  if (key === 'End') return LAST;
  return null;
}

/**
 * How far along the reflection is, and every step by name, answered ones ticked.
 * The eight steps are one toolbar: a single Tab stop (the step shown), arrows move
 * between them and Enter or Space opens one, so the keyboard reaches the writing
 * without passing through every step on the way.
 */
export function StepNav({ reflection, step, finished, onGoTo }: StepNavProps) {
  const current = REFLECTION_STEPS.indexOf(step);
  // Which button holds the Tab stop; it follows the arrows, and the step shown when that changes.
  const [stop, setStop] = useState(current);
  const [seenStep, setSeenStep] = useState(step);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  if (seenStep !== step) {
    setSeenStep(step);
    setStop(current);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const next = movedTo(event.key, stop);
    if (next === null) return;
    event.preventDefault();
    setStop(next);
    buttons.current[next]?.focus();
  }

  return (
    <nav className="step-nav-list" aria-label="Reflection steps">
      <p className="step-count" aria-live="polite">
        {finished ? (
          'All eight steps'
        ) : (
          <>
            Step {stepNumber(step)} of {REFLECTION_STEPS.length}
            <span className="step-count-name" aria-hidden="true">
              {' · '}
              {STEP_TEXT[step].short}
            </span>
          </>
        )}
      </p>
      <div className="step-list" role="toolbar" aria-label="Steps" onKeyDown={onKeyDown}>
        {REFLECTION_STEPS.map((each, index) => {
          const answered = isAnswered(reflection, each);
          return (
            <button
              key={each}
              ref={(button) => {
                buttons.current[index] = button;
              }}
              type="button"
              className="step-link"
              tabIndex={index === stop ? 0 : -1}
              data-answered={answered || undefined}
              aria-current={!finished && each === step ? 'step' : undefined}
              title={`${stepNumber(each)}. ${STEP_TEXT[each].short}${answered ? ' (answered)' : ''}`}
              onFocus={() => setStop(index)}
              onClick={() => onGoTo(each)}
            >
              <span className="step-number" aria-hidden="true">
                {answered && !(each === step && !finished) ? '✓' : stepNumber(each)}
              </span>
              <span className="step-name">
                <span className="visually-hidden">Step {stepNumber(each)}: </span>
                {STEP_TEXT[each].short}
                {answered ? <span className="visually-hidden"> (answered)</span> : null}
              </span>
            </button>
          );
        })}
      </div>
    </nav>
  );
}
