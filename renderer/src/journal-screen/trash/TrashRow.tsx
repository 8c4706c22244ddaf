import { useId, useRef, useState } from 'react';
import { trashDaysLeft } from '../../../../shared/domain/entry';
import { messageOf } from '../../api';
import { formatDay } from '../../lib/dates';
import { FormError } from '../../components/FormError';

/** One thing in the trash, whatever it is: an entry, a win, a small step or a practice. */
export interface TrashItem {
  key: string;
  /** What it is, in a word the row shows: "Entry", "Win", "Small step"… */
  kindWord: string;
  /** How the confirmation names it: "entry", "win", "small step"… */
  noun: string;
  title: string;
  date: string | null;
  excerpt?: string;
  deletedAt: string | null;
  restore: () => Promise<unknown>;
  purge: () => Promise<unknown>;
}

interface TrashRowProps {
  item: TrashItem;
  /** The row's element, so focus can move on to it when the row before it leaves. */
  rowRef: (element: HTMLElement | null) => void;
  onRestored: () => void;
  onPurged: () => void;
}

function daysLeftText(deletedAt: string | null): string {
  if (!deletedAt) return '';
  const days = trashDaysLeft(deletedAt, new Date());
  if (days === 0) return 'Deleted for good the next time you unlock';
  return days === 1 ? '1 day left' : `${days} days left`;
}

export function TrashRow({ item, rowRef, onRestored, onPurged }: TrashRowProps) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const keepButton = useRef<HTMLButtonElement>(null);
  const askButton = useRef<HTMLButtonElement>(null);

  async function act(action: () => Promise<unknown>, done: () => void) {
    setBusy(true);
    setError(null);
    try {
      await action();
      done();
    } catch (failure) {
      setError(messageOf(failure));
      setBusy(false);
    }
  }

  return (
    <li className="trash-row" ref={rowRef}>
      <div className="trash-text">
        <p className="entry-date">
          <span className="trash-kind" id={`${id}-kind`}>
            {item.kindWord}
          </span>
          {item.date ? formatDay(item.date) : null}
        </p>
        <p className={item.title ? 'entry-title' : 'entry-title untitled'} id={`${id}-title`}>
          {item.title || 'Untitled'}
        </p>
        {item.excerpt ? <p className="entry-excerpt">{item.excerpt}</p> : null}
        <p className="days-left">{daysLeftText(item.deletedAt)}</p>
      </div>
      {confirming ? (
        <div className="confirm-delete" role="group" aria-labelledby={`${id}-ask`}>
          <p id={`${id}-ask`}>Delete this {item.noun} forever? It can't be brought back.</p>
          <div className="actions">
            <button type="button" className="button danger" onClick={() => void act(item.purge, onPurged)} disabled={busy}>
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
          <button type="button" className="button" aria-describedby={`${id}-kind ${id}-title`} onClick={() => void act(item.restore, onRestored)} disabled={busy}>
            Restore
          </button>
          <button
            type="button"
            className="button quiet"
            ref={askButton}
            aria-describedby={`${id}-kind ${id}-title`}
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
