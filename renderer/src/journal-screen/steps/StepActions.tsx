import { useState } from 'react';
import type { NextStepStatus } from '../../../../shared/domain/reflection';
import { messageOf } from '../../api';
import { FormError } from '../../components/FormError';

interface StepActionsProps {
  /** Saves the answer: a reflection's step and the person's own step are kept in different places. */
  settle: (status: NextStepStatus) => Promise<unknown>;
  /** What the step says, for the buttons' descriptions. */
  describedBy?: string;
  onSettled: (status: NextStepStatus) => void;
}

/** Done, Not yet, Let it go: the three answers to "did you get to it?". */
export function StepActions({ settle, describedBy, onSettled }: StepActionsProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function answer(status: NextStepStatus) {
    setBusy(true);
    setError(null);
    try {
      await settle(status);
      setBusy(false);
      onSettled(status);
    } catch (failure) {
      setError(messageOf(failure));
      setBusy(false);
    }
  }

  return (
    <>
      <div className="actions step-actions">
        <button type="button" className="button small" disabled={busy} aria-describedby={describedBy} onClick={() => void answer('done')}>
          Done
        </button>
        <button type="button" className="button small" disabled={busy} aria-describedby={describedBy} onClick={() => void answer('open')}>
          Not yet
        </button>
        <button type="button" className="button small quiet" disabled={busy} aria-describedby={describedBy} onClick={() => void answer('let-go')}>
          Let it go
        </button>
      </div>
      <FormError message={error} />
    </>
  );
}
