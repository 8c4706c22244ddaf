import { useId } from 'react';

const STEPS = Array.from({ length: 11 }, (_, value) => value);

interface BadnessScaleProps {
  legend: string;
  value: number | null;
  onChange: (value: number) => void;
  error?: string | null;
}

/**
 * 0 to 10 as eleven radio buttons: each number is a real control with its own
 * name, arrow keys move between them, and nothing is chosen until the person
 * chooses (a preset number would suggest an answer).
 */
export function BadnessScale({ legend, value, onChange, error }: BadnessScaleProps) {
  const id = useId();
  return (
    <fieldset
      className="badness-scale"
      role="radiogroup"
      aria-required="true"
      aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
      aria-invalid={error ? true : undefined}
    >
      <legend>{legend}</legend>
      <p className="field-hint" id={`${id}-hint`}>
        0 is not bad at all, 10 is as bad as it gets.
      </p>
      <div className="scale-row">
        {STEPS.map((step) => (
          <label key={step} className="scale-step" htmlFor={`${id}-${step}`}>
            <input id={`${id}-${step}`} type="radio" name={id} value={step} checked={value === step} onChange={() => onChange(step)} />
            <span>{step}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
