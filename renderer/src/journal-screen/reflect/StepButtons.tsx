import { REFLECTION_STEPS, type ReflectionStep } from '../../../../shared/domain/reflection';
import { stepNumber } from './steps';

interface StepButtonsProps {
  step: ReflectionStep;
  onGoTo: (step: ReflectionStep) => void;
  onFinish: () => void;
}

/** Back and Next (Finish on the last step); every step may be skipped. */
export function StepButtons({ step, onGoTo, onFinish }: StepButtonsProps) {
  const index = stepNumber(step);
  return (
    <div className="step-buttons">
      <p className="quiet-note">Every step is optional; skip any you like.</p>
      <button type="button" className="button" disabled={index === 1} onClick={() => onGoTo(REFLECTION_STEPS[index - 2]!)}>
        Back
      </button>
      {index < REFLECTION_STEPS.length ? (
        <button type="button" className="button primary" onClick={() => onGoTo(REFLECTION_STEPS[index]!)}>
          Next
        </button>
      ) : (
        <button type="button" className="button primary" onClick={onFinish}>
          Finish
        </button>
      )}
    </div>
  );
}
