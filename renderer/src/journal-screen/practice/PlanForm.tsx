import { useId, useRef, useState, type FormEvent } from 'react';
import { PRACTICE_LIMITS } from '../../../../shared/domain/practice';
import { messageOf } from '../../api';
import { FormError } from '../../components/FormError';
import { todayIso } from '../../lib/dates';
import { BadnessScale } from './BadnessScale';
import { PRACTICE_IDEAS } from './practiceWords';
import { TextArea } from './TextArea';

export interface PlanFields {
  date: string;
  attempt: string;
  fear: string;
  expected: number;
}

interface PlanFormProps {
  onPlan: (plan: PlanFields) => Promise<void>;
  /** Offer a few ideas to start from (before the first practice). */
  ideas: boolean;
}

/** Before: what I'll try, what I fear will happen, how bad I expect it to be. */
export function PlanForm({ onPlan, ideas }: PlanFormProps) {
  const id = useId();
  const attemptInput = useRef<HTMLInputElement>(null);
  const [attempt, setAttempt] = useState('');
  const [fear, setFear] = useState('');
  const [expected, setExpected] = useState<number | null>(null);
  const [date, setDate] = useState(todayIso);
  const [problems, setProblems] = useState<{ attempt?: string; expected?: string }>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing = {
      ...(attempt.trim() ? {} : { attempt: 'Say in a few words what you will try.' }),
      ...(expected === null ? { expected: 'Choose how bad you expect it to be, from 0 to 10.' } : {}),
    };
    setProblems(missing);
    if (missing.attempt) attemptInput.current?.focus();
    if (expected === null || missing.attempt) return;
    setBusy(true);
    setError(null);
    try {
      await onPlan({ date: date || todayIso(), attempt: attempt.trim(), fear, expected });
      setAttempt('');
      setFear('');
      setExpected(null);
      setDate(todayIso());
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="practice-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Plan a practice</h2>
      {ideas ? (
        <div className="practice-ideas">
          <p id={`${id}-ideas`}>Some places to start, if one fits. Choosing one puts it in the box below, to change as you like.</p>
          <ul className="suggestion-list" aria-labelledby={`${id}-ideas`}>
            {PRACTICE_IDEAS.map((idea) => (
              <li key={idea}>
                <button
                  type="button"
                  className="chip suggestion"
                  onClick={() => {
                    setAttempt(idea);
                    attemptInput.current?.focus();
                  }}
                >
                  {idea}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-attempt`}>What I'll try</label>
        <p className="field-hint" id={`${id}-attempt-hint`}>
          Something small that might not go your way.
        </p>
        <input
          id={`${id}-attempt`}
          ref={attemptInput}
          value={attempt}
          maxLength={PRACTICE_LIMITS.attemptChars}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={problems.attempt ? true : undefined}
          aria-describedby={problems.attempt ? `${id}-attempt-hint ${id}-attempt-error` : `${id}-attempt-hint`}
          onChange={(event) => setAttempt(event.target.value)}
        />
        {problems.attempt ? (
          <p className="field-error" id={`${id}-attempt-error`}>
            {problems.attempt}
          </p>
        ) : null}
      </div>
      <TextArea label="What I fear will happen" value={fear} onChange={setFear} />
      <BadnessScale legend="How bad I expect it to be" value={expected} onChange={setExpected} error={problems.expected ?? null} />
      <div className="field date-field">
        <label htmlFor={`${id}-date`}>When I mean to try it</label>
        <input id={`${id}-date`} type="date" value={date} onChange={(event) => setDate(event.target.value)} />
      </div>
      <FormError message={error} />
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy}>
          Plan it
        </button>
      </div>
    </form>
  );
}
