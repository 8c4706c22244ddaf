import { useId } from 'react';
import type { NextStepStatus } from '../../../../shared/domain/reflection';
import { bounce } from '../../api';
import { formatDay } from '../../lib/dates';
import { StepActions } from './StepActions';
import type { OpenStep } from './stepWords';

interface ReflectionStepListProps {
  steps: OpenStep[];
  rowRef: (id: string) => (element: HTMLElement | null) => void;
  onSettled: (step: OpenStep, status: NextStepStatus) => void;
}

/** The small next steps reflections ended with that are still open. */
export function ReflectionStepList({ steps, rowRef, onSettled }: ReflectionStepListProps) {
  const id = useId();
  return (
    <ul className="step-items" aria-label="Open small steps from reflections">
      {steps.map((step) => (
        <li key={step.entryId} className="step-item" ref={rowRef(step.entryId)}>
          <p className="step-text" id={`${id}-${step.entryId}`}>
            {step.text}
          </p>
          <p className="quiet-note">
            From “{step.entryTitle || 'Untitled reflection'}”, {formatDay(step.entryDate)}
          </p>
          <StepActions
            describedBy={`${id}-${step.entryId}`}
            settle={(status) => bounce().steps.settle({ entryId: step.entryId, status })}
            onSettled={(status) => onSettled(step, status)}
          />
        </li>
      ))}
    </ul>
  );
}
