import { useEffect, useId, useRef, useState } from 'react';
import type { EntrySummary } from '../../../../shared/domain/entry';
import { bounce, messageOf } from '../../api';
import { FormError } from '../../components/FormError';
import { formatDay } from '../../lib/dates';
import { useDebounced } from '../../lib/useDebounced';

/** How many entries the picker offers at once; more words narrow it. */
const SHOWN = 8;

interface EntryPickerProps {
  /** Entries already linked, left out of the offer. */
  linked: readonly string[];
  onPick: (entry: EntrySummary) => void;
}

/** "Link an entry": a search over the journal, newest first, each result with its own Link button. */
export function EntryPicker({ linked, onPick }: EntryPickerProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [found, setFound] = useState<EntrySummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const query = useDebounced(text.trim(), 150);
  const toggle = useRef<HTMLButtonElement>(null);
  const search = useRef<HTMLInputElement>(null);

  // Linked entries are left out of the offer, so enough are asked for that SHOWN remain.
  const wanted = SHOWN + linked.length;
  useEffect(() => {
    if (!open) return;
    let current = true;
    bounce()
      .entries.list({ ...(query ? { query } : {}), limit: wanted })
      .then(
        (result) => {
          if (!current) return;
          setFound(result.entries);
          setError(null);
        },
        (failure: unknown) => current && setError(messageOf(failure)),
      );
    return () => {
      current = false;
    };
  }, [open, query, wanted]);

  useEffect(() => {
    if (open) search.current?.focus();
  }, [open]);

  const offered = (found ?? []).filter((entry) => !linked.includes(entry.id)).slice(0, SHOWN);

  function close() {
    setOpen(false);
    setText('');
    requestAnimationFrame(() => toggle.current?.focus());
  }

  return (
    <div className="entry-picker">
      <button type="button" className="button small" ref={toggle} aria-expanded={open} aria-controls={`${id}-panel`} onClick={() => (open ? close() : setOpen(true))}>
        Link an entry
      </button>
      {open ? (
        <div className="picker-panel" id={`${id}-panel`}>
          <div className="field">
            <label htmlFor={`${id}-search`}>Find an entry to link</label>
            <input
              id={`${id}-search`}
              ref={search}
              type="search"
              value={text}
              maxLength={200}
              autoComplete="off"
              spellCheck={false}
              onChange={(event) => setText(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Escape') {
                  event.preventDefault();
                  close();
                }
              }}
            />
          </div>
          <FormError message={error} />
          {found && offered.length === 0 ? <p className="quiet-note">No entries to link{query ? ' match those words' : ' yet'}.</p> : null}
          {offered.length > 0 ? (
            <ul className="picker-results" aria-label="Entries you can link">
              {offered.map((entry) => (
                <li key={entry.id}>
                  <span className="picker-entry">
                    <span className="entry-title">{entry.title || 'Untitled'}</span>
                    <span className="entry-date">{formatDay(entry.date)}</span>
                  </span>
                  <button
                    type="button"
                    className="button small"
                    aria-label={`Link “${entry.title || 'Untitled'}”, ${formatDay(entry.date)}`}
                    onClick={() => {
                      onPick(entry);
                      close();
                    }}
                  >
                    Link
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
