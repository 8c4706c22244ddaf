import { useId, useState, type KeyboardEvent } from 'react';
import { ENTRY_LIMITS } from '../../../../shared/domain/entry';
import { CloseIcon } from '../../components/Icons';

interface TagInputProps {
  tags: string[];
  onChange: (tags: string[]) => void;
}

/** Turns what was typed into tags the journal accepts: no commas or #, not too long. */
function cleanTag(raw: string): string {
  return raw.replace(/[#,]/gu, '').replace(/\s+/gu, ' ').trim().slice(0, ENTRY_LIMITS.tagChars).trim();
}

function addTags(existing: string[], typed: string[]): string[] {
  const next = [...existing];
  for (const raw of typed) {
    const tag = cleanTag(raw);
    if (!tag || next.length >= ENTRY_LIMITS.tags) continue;
    if (next.some((own) => own.toLowerCase() === tag.toLowerCase())) continue;
    next.push(tag);
  }
  return next;
}

/** Tags as chips, each removable by keyboard; Enter or a comma adds what was typed. */
export function TagInput({ tags, onChange }: TagInputProps) {
  const [text, setText] = useState('');
  const id = useId();
  const hintId = `${id}-hint`;
  const full = tags.length >= ENTRY_LIMITS.tags;

  function commit(value: string) {
    const next = addTags(tags, value.split(','));
    if (next.length !== tags.length) onChange(next);
    setText('');
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      if (text.trim()) commit(text);
    }
  }

  function onType(value: string) {
    if (value.includes(',')) {
      const parts = value.split(',');
      const rest = parts.pop() ?? '';
      const next = addTags(tags, parts);
      if (next.length !== tags.length) onChange(next);
      setText(rest.trimStart());
    } else {
      setText(value);
    }
  }

  function remove(tag: string) {
    onChange(tags.filter((own) => own !== tag));
    document.getElementById(id)?.focus();
  }

  return (
    <div className="field tags-field">
      <label htmlFor={id}>Tags</label>
      <div className="tag-box">
        {tags.length > 0 ? (
          <ul className="tag-chips">
            {tags.map((tag) => (
              <li key={tag} className="chip">
                <span>{tag}</span>
                <button type="button" className="chip-remove" aria-label={`Remove tag ${tag}`} onClick={() => remove(tag)}>
                  <CloseIcon />
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <input
          id={id}
          value={text}
          placeholder={tags.length ? '' : 'Add a tag'}
          disabled={full}
          maxLength={200}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={hintId}
          onChange={(event) => onType(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => text.trim() && commit(text)}
        />
      </div>
      <p id={hintId} className="field-hint">
        {full ? `That's the most tags an entry can have (${ENTRY_LIMITS.tags}).` : 'Press Enter or type a comma to add a tag.'}
      </p>
    </div>
  );
}
