import { useCallback, useEffect, useState, type RefObject } from 'react';
import type { EntrySummary } from '../../../../shared/domain/entry';
import { bounce, messageOf } from '../../api';
import { TrashRow } from './TrashRow';
import { FormError } from '../../components/FormError';

export function TrashView({ headingRef }: { headingRef: RefObject<HTMLHeadingElement | null> }) {
  const [entries, setEntries] = useState<EntrySummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');

  const load = useCallback(async () => {
    try {
      setEntries((await bounce().entries.list({ trash: true })).entries);
      setError(null);
    } catch (failure) {
      setError(messageOf(failure));
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

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
