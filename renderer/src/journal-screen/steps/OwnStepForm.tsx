import { useId, useRef, useState, type FormEvent } from 'react';
import { OWN_STEP_CHARS, STEP_SUGGESTIONS } from '../../../../shared/domain/own-step';
import { messageOf } from '../../api';

interface OwnStepFormProps {
  onAdd: (text: string) => Promise<void>;
  /** Offer a few ordinary first steps (only when there are none at all). */
  suggest: boolean;
}

/** A field for a small step in the person's own words, and, on an empty screen, a few ordinary ones to take. */
export function OwnStepForm({ onAdd, suggest }: OwnStepFormProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function add(words: string, fromField: boolean) {
    if (!words.trim()) {
      setError('Write the step in a few words.');
      input.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onAdd(words.trim());
      if (fromField) setText('');
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
      // Taking a suggestion removes its button; the field is the natural next place.
      input.current?.focus();
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void add(text, true);
  }

  return (
    <>
      <form className="own-step-form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={id}>A small step of my own</label>
          <p className="field-hint" id={`${id}-hint`}>
            Something ordinary you could do today or this week.
          </p>
          <div className="own-step-row">
            <input
              id={id}
              ref={input}
              value={text}
              maxLength={OWN_STEP_CHARS}
              autoComplete="off"
              spellCheck={false}
              aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
              aria-invalid={error ? true : undefined}
              onChange={(event) => {
                setText(event.target.value);
                if (error) setError(null);
              }}
            />
            <button type="submit" className="button" disabled={busy}>
              Add
            </button>
          </div>
          {error ? (
            <p className="field-error" id={`${id}-error`}>
              {error}
            </p>
          ) : null}
        </div>
      </form>
      {suggest ? (
        <div className="step-suggestions">
          <p id={`${id}-ideas`}>Not sure where to start? Any of these can be a step. Choosing one adds it to your list.</p>
          <ul className="suggestion-list" aria-labelledby={`${id}-ideas`}>
            {STEP_SUGGESTIONS.map((idea) => (
              <li key={idea}>
                <button type="button" className="chip suggestion" disabled={busy} onClick={() => void add(idea, false)}>
                  {idea}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
