import { useId, useRef, useState } from 'react';
import { trashDaysLeft, type EntrySummary } from '../../../../shared/domain/entry';
import { bounce, messageOf } from '../../api';
import { formatDay } from '../../lib/dates';
import { FormError } from '../../components/FormError';

interface TrashRowProps {
  entry: EntrySummary;
  onRestored: () => void;
  onPurged: () => void;
}

function daysLeftText(deletedAt: string | null): string {
  if (!deletedAt) return '';
  const days = trashDaysLeft(deletedAt, new Date());
  if (days === 0) return 'Deleted for good the next time you unlock';
  return days === 1 ? '1 day left' : `${days} days left`;
}

export function TrashRow({ entry, onRestored, onPurged }: TrashRowProps) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const keepButton = useRef<HTMLButtonElement>(null);
  const askButton = useRef<HTMLButtonElement>(null);

  async function restore() {
    setBusy(true);
    setError(null);
    try {
      await bounce().entries.restore({ id: entry.id });
      onRestored();
    } catch (failure) {
      setError(messageOf(failure));
      setBusy(false);
    }
  }

  async function purge() {
    setBusy(true);
    setError(null);
    try {
      await bounce().entries.purge({ id: entry.id });
      onPurged();
    } catch (failure) {
      setError(messageOf(failure));
      setBusy(false);
    }
  }

  return (
    <li className="trash-row">
      <div className="trash-text">
        <p className="entry-date">{formatDay(entry.date)}</p>
        <p className={entry.title ? 'entry-title' : 'entry-title untitled'} id={`${id}-title`}>
          {entry.title || 'Untitled'}
        </p>
        {entry.excerpt ? <p className="entry-excerpt">{entry.excerpt}</p> : null}
        <p className="days-left">{daysLeftText(entry.deletedAt)}</p>
      </div>
      {confirming ? (
        <div className="confirm-delete" role="group" aria-labelledby={`${id}-ask`}>
          <p id={`${id}-ask`}>Delete this entry forever? It can't be brought back.</p>
          <div className="actions">
            <button type="button" className="button danger" onClick={() => void purge()} disabled={busy}>
              Delete forever
            </button>
            <button
              type="button"
              className="button"
              ref={keepButton}
              onClick={() => {
                setConfirming(false);
                requestAnimationFrame(() => askButton.current?.focus());
              }}
              disabled={busy}
            >
              Keep it
            </button>
          </div>
        </div>
      ) : (
        <div className="actions">
          <button type="button" className="button" onClick={() => void restore()} disabled={busy}>
            Restore
          </button>
          <button
            type="button"
            className="button quiet"
            ref={askButton}
            onClick={() => {
              setConfirming(true);
              requestAnimationFrame(() => keepButton.current?.focus());
            }}
            disabled={busy}
          >
            Delete forever
          </button>
        </div>
      )}
      <FormError message={error} />
    </li>
  );
}
