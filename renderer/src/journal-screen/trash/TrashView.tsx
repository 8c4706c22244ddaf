import { useCallback, useState, type RefObject } from 'react';
import { bounce } from '../../api';
import { useLoaded } from '../../lib/useLoaded';
import { TrashRow } from './TrashRow';
import { FormError } from '../../components/FormError';

export function TrashView({ headingRef }: { headingRef: RefObject<HTMLHeadingElement | null> }) {
  const { value: entries, setValue: setEntries, error } = useLoaded(async () => (await bounce().entries.list({ trash: true })).entries);
  const [notice, setNotice] = useState('');

  const gone = useCallback((id: string, text: string) => {
    setEntries((rows) => rows?.filter((row) => row.id !== id) ?? null);
    setNotice(text);
  }, []);

  return (
    <section className="page-view trash-view">
      <h1 id="trash-heading" ref={headingRef} tabIndex={-1}>
        Trash
      </h1>
      <p className="lead">
        Entries you move here stay for 30 days, then they are deleted for good. Until then you can restore them.
      </p>
      <div className="notice-area" aria-live="polite">
        {notice ? <p className="quiet-note">{notice}</p> : null}
      </div>
      <FormError message={error} />
      {entries && entries.length === 0 ? <p className="empty-title">The trash is empty.</p> : null}
      {entries && entries.length > 0 ? (
        <ul className="trash-list" aria-label="In the trash">
          {entries.map((entry) => (
            <TrashRow
              key={entry.id}
              entry={entry}
              onRestored={() => gone(entry.id, `“${entry.title || 'Untitled'}” is back in your journal.`)}
              onPurged={() => gone(entry.id, `“${entry.title || 'Untitled'}” was deleted for good.`)}
            />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
