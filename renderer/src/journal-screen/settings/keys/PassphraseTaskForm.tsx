import { useId, type FormEvent, type ReactNode } from 'react';
import { ShowPassphrase, useShowPassphrase } from '../../../auth/ShowPassphrase';
import { Field } from '../../../components/Field';
import type { PassphraseTask } from './usePassphraseTask';
import { FormError } from '../../../components/FormError';
import { ProgressNote } from '../../../components/AuthCard';

interface PassphraseTaskFormProps {
  task: PassphraseTask;
  label: 'Current passphrase' | 'Your passphrase';
  onSubmit: () => void;
  submitLabel: string;
  /** Said while the task runs. */
  busyNote: string;
  /** Said once it is done (the same live region), or empty. */
  doneNote?: string;
  /** A note beside the buttons before starting, e.g. how long it can take. */
  hint?: string;
  /** Long work shows the calm indeterminate bar. */
  long?: boolean;
  onCancel?: () => void;
  /** The new passphrase fields, when the task sets one. */
  children?: ReactNode;
}

/** The passphrase in use, any fields the task needs, its errors and its buttons. */
export function PassphraseTaskForm(props: PassphraseTaskFormProps) {
  const { task, label, submitLabel, busyNote, doneNote = '', hint, long = false, onCancel, children } = props;
  const { busy, error, field } = task;
  const id = useId();
  const show = useShowPassphrase();

  function submit(event: FormEvent) {
    event.preventDefault();
    props.onSubmit();
  }

  return (
    <form onSubmit={submit} noValidate className="settings-form">
      <Field
        ref={field.ref}
        id={id}
        label={label}
        type={show.type}
        autoComplete="current-password"
        spellCheck={false}
        value={field.value}
        readOnly={busy}
        onChange={(event) => field.onChange(event.target.value)}
        error={field.error}
        beside={<ShowPassphrase what={label.toLowerCase()} controls={id} {...show.toggle} />}
      />
      {children}
      <FormError message={error} />
      {hint ? <p className="quiet-note">{hint}</p> : null}
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button quiet" onClick={onCancel} disabled={busy}>
            Cancel
          </button>
        ) : null}
        <ProgressNote>{busy ? busyNote : doneNote}</ProgressNote>
      </div>
      {busy && long ? <div className="progress-bar" aria-hidden="true" /> : null}
    </form>
  );
}
