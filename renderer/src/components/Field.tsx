import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';
import '../styles/field-tools.css';

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  hint?: ReactNode;
  error?: string | null;
  ref?: Ref<HTMLInputElement>;
  /** Extra content after the input, e.g. a live strength estimate. */
  after?: ReactNode;
  /** A control on the same line as the input, e.g. the passphrase's Show button. */
  beside?: ReactNode;
}

/** A labelled input whose hint and error are read out with it. */
export function Field({ label, hint, error, id, ref, after, beside, className, 'aria-describedby': describedBy, ...input }: FieldProps) {
  const autoId = useId();
  const inputId = id ?? autoId;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  const described = [hintId, describedBy, errorId].filter(Boolean).join(' ') || undefined;
  const field = <input id={inputId} ref={ref} aria-describedby={described} aria-invalid={error ? true : undefined} {...input} />;
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={inputId}>{label}</label>
      {beside ? (
        <div className="input-with-tool">
          {field}
          {beside}
        </div>
      ) : (
        field
      )}
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {after}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
