import { useId } from 'react';
import { PRACTICE_LIMITS } from '../../../../shared/domain/practice';

interface TextAreaProps {
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
}

/** A labelled answer of a few lines, as long as a practice allows. */
export function TextArea({ label, hint, value, onChange }: TextAreaProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        rows={3}
        value={value}
        maxLength={PRACTICE_LIMITS.textChars}
        spellCheck={false}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
