import { useId } from 'react';
import type { OwnStep } from '../../../../shared/domain/own-step';
import type { NextStepStatus } from '../../../../shared/domain/reflection';
import { StepActions } from './StepActions';

interface OwnStepListProps {
  steps: OwnStep[];
  rowRef: (id: string) => (element: HTMLElement | null) => void;
  onSettle: (step: OwnStep, status: NextStepStatus) => Promise<void>;
}

/** The person's own open steps, oldest first, each with Done, Not yet, Let it go. */
export function OwnStepList({ steps, rowRef, onSettle }: OwnStepListProps) {
  const id = useId();
  if (steps.length === 0) return null;
  return (
    <ul className="step-items" aria-label="My own small steps">
      {steps.map((step) => (
        <li key={step.id} className="step-item" ref={rowRef(step.id)}>
          <p className="step-text" id={`${id}-${step.id}`}>
            {step.text}
          </p>
          <StepActions describedBy={`${id}-${step.id}`} settle={(status) => onSettle(step, status)} onSettled={() => undefined} />
        </li>
      ))}
    </ul>
  );
}
