import { useState } from 'react';
import type { NextStepStatus } from '../../../../shared/domain/reflection';
import { bounce, messageOf } from '../../api';
import { FormError } from '../../components/FormError';

interface StepActionsProps {
  entryId: string;
  /** What the step says, for the buttons' descriptions. */
  describedBy?: string;
  onSettled: (status: NextStepStatus) => void;
}

/** Done, Not yet, Let it go: the three answers to "did you get to it?". */
export function StepActions({ entryId, describedBy, onSettled }: StepActionsProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function settle(status: NextStepStatus) {
    setBusy(true);
    setError(null);
    try {
      await bounce().steps.settle({ entryId, status });
      onSettled(status);
    } catch (failure) {
      setError(messageOf(failure));
      setBusy(false);
    }
  }

  return (
    <>
      <div className="actions step-actions">
        <button type="button" className="button small" disabled={busy} aria-describedby={describedBy} onClick={() => void settle('done')}>
          Done
        </button>
        <button type="button" className="button small" disabled={busy} aria-describedby={describedBy} onClick={() => void settle('open')}>
          Not yet
        </button>
        <button type="button" className="button small quiet" disabled={busy} aria-describedby={describedBy} onClick={() => void settle('let-go')}>
          Let it go
        </button>
      </div>
      <FormError message={error} />
    </>
  );
}
