import { REFLECTION_STEPS, type Reflection, type ReflectionStep } from '../../../../shared/domain/reflection';
import { isAnswered, STEP_TEXT, stepNumber } from './steps';

interface StepNavProps {
  reflection: Reflection;
  step: ReflectionStep;
  finished: boolean;
  onGoTo: (step: ReflectionStep) => void;
}

/** How far along the reflection is, and every step by name, answered ones ticked. */
export function StepNav({ reflection, step, finished, onGoTo }: StepNavProps) {
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
      <ol className="step-list">
        {REFLECTION_STEPS.map((each) => {
          const answered = isAnswered(reflection, each);
          return (
            <li key={each} data-answered={answered || undefined}>
              <button
                type="button"
                className="step-link"
                aria-current={!finished && each === step ? 'step' : undefined}
                title={`${stepNumber(each)}. ${STEP_TEXT[each].short}${answered ? ' (answered)' : ''}`}
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
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
