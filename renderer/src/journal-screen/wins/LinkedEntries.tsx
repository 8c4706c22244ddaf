import { useId } from 'react';
import type { LinkedEntry } from '../../../../shared/api/evidence-contract';
import type { EntrySummary } from '../../../../shared/domain/entry';
import { formatDay } from '../../lib/dates';
import { useMain } from '../MainContext';
import { EntryPicker } from './EntryPicker';

interface LinkedEntriesProps {
  /** Every id the win links; one whose entry is gone for good is kept but not shown. */
  entryIds: readonly string[];
  entries: readonly LinkedEntry[];
  onLink: (entry: LinkedEntry) => void;
  onUnlink: (id: string) => void;
}

export function linkedOf(entry: EntrySummary): LinkedEntry {
  return { id: entry.id, title: entry.title, date: entry.date, inTrash: entry.deletedAt !== null };
}

/** "This grew out of": the entries the win came from, each opening in the journal; one in the trash says so instead. */
export function LinkedEntries({ entryIds, entries, onLink, onUnlink }: LinkedEntriesProps) {
  const id = useId();
  const { openEntry } = useMain();
  const shown = entries.filter((entry) => entryIds.includes(entry.id));
  return (
    <section className="linked-entries" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>This grew out of</h3>
      {shown.length === 0 ? <p className="quiet-note">No entries yet. Link one if this win came out of something you wrote about.</p> : null}
      {shown.length > 0 ? (
        <ul className="linked-list">
          {shown.map((entry) => {
            const name = entry.title || 'Untitled';
            return (
              <li key={entry.id}>
                {entry.inTrash ? (
                  <span className="linked-gone">
                    “{name}”, {formatDay(entry.date)}, in the trash
                  </span>
                ) : (
                  <button type="button" className="link-button" onClick={() => openEntry(entry.id)}>
                    {name}
                    <span className="visually-hidden">, {formatDay(entry.date)}</span>
                  </button>
                )}
                {entry.inTrash ? null : (
                  <span className="entry-date" aria-hidden="true">
                    {formatDay(entry.date)}
                  </span>
                )}
                <button type="button" className="button quiet small" aria-label={`Remove link to “${name}”`} onClick={() => onUnlink(entry.id)}>
                  Remove link
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <EntryPicker linked={entryIds} onPick={(entry) => onLink(linkedOf(entry))} />
    </section>
  );
}
