import { useId, useState, type KeyboardEvent } from 'react';
import { CloseIcon } from '../../components/Icons';

const MAX_ITEMS = 50;
const MAX_CHARS = 500;

interface OwnListProps {
  label: string;
  hint: string;
  items: string[];
  addLabel: string;
  onChange: (items: string[]) => void;
}

/** A short list in the person's own words: each line editable, removable, and a field to add one more. */
export function OwnList({ label, hint, items, addLabel, onChange }: OwnListProps) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const full = items.length >= MAX_ITEMS;

  function add() {
    const text = draft.trim();
    if (!text || full) return;
    onChange([...items, text.slice(0, MAX_CHARS)]);
    setDraft('');
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      add();
    }
  }

  return (
    <fieldset className="own-list">
      <legend>{label}</legend>
      <p className="field-hint" id={`${id}-hint`}>
        {hint}
      </p>
      {items.length > 0 ? (
        <ul>
          {items.map((item, index) => (
            <li key={index}>
              <input
                value={item}
                maxLength={MAX_CHARS}
                aria-label={`${label}, line ${index + 1}`}
                autoComplete="off"
                spellCheck={false}
                onChange={(event) => onChange(items.map((own, at) => (at === index ? event.target.value : own)))}
                onBlur={() => {
                  if (!item.trim()) onChange(items.filter((_, at) => at !== index));
                }}
              />
              <button
                type="button"
                className="chip-remove"
                aria-label={`Remove “${item.trim() || `line ${index + 1}`}” from ${label.toLowerCase()}`}
                onClick={() => onChange(items.filter((_, at) => at !== index))}
              >
                <CloseIcon />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="own-add">
        <input
          value={draft}
          maxLength={MAX_CHARS}
          disabled={full}
          aria-label={addLabel}
          aria-describedby={`${id}-hint`}
          placeholder="Add a line"
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={add}
        />
        <button type="button" className="button small" onClick={add} disabled={!draft.trim() || full}>
          Add
        </button>
      </div>
    </fieldset>
  );
}
