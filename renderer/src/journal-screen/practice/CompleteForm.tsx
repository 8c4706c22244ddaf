import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Practice, PracticeOutcome } from '../../../../shared/domain/practice';
import { messageOf } from '../../api';
import { FormError } from '../../components/FormError';
import { todayIso } from '../../lib/dates';
import { BadnessScale } from './BadnessScale';
import { outOfTen } from './practiceWords';
import { TextArea } from './TextArea';

interface CompleteFormProps {
  practice: Practice;
  onComplete: (outcome: PracticeOutcome) => Promise<void>;
  onCancel: () => void;
}

/** After: what actually happened, how bad it really was, what I learned. Opens with focus on its first answer. */
export function CompleteForm({ practice, onComplete, onCancel }: CompleteFormProps) {
  const id = useId();
  const first = useRef<HTMLDivElement>(null);
  const [happened, setHappened] = useState('');
  const [actual, setActual] = useState<number | null>(null);
  const [learned, setLearned] = useState('');
  const [date, setDate] = useState(todayIso);
  const [missing, setMissing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    first.current?.querySelector('textarea')?.focus();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (actual === null) {
      setMissing('Choose how bad it really was, from 0 to 10.');
      return;
    }
    setMissing(null);
    setBusy(true);
    setError(null);
    try {
      await onComplete({ date: date || todayIso(), happened, actual, learned });
    } catch (failure) {
      setError(messageOf(failure));
      setBusy(false);
    }
  }

  return (
    <form className="practice-form complete-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>How did it go?</h3>
      <p className="quiet-note">Before, you expected {outOfTen(practice.expected)}.</p>
      <div ref={first}>
        <TextArea label="What actually happened" value={happened} onChange={setHappened} />
      </div>
      <BadnessScale legend="How bad it really was" value={actual} onChange={setActual} error={missing} />
      <TextArea label="What I learned" value={learned} onChange={setLearned} />
      <div className="field date-field">
        <label htmlFor={`${id}-date`}>When I tried it</label>
        <input id={`${id}-date`} type="date" value={date} onChange={(event) => setDate(event.target.value)} />
      </div>
      <FormError message={error} />
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy}>
          Save how it went
        </button>
        <button type="button" className="button quiet" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
