import type { EntrySummary } from '../../../../shared/domain/entry';
import { formatDay } from '../../lib/dates';

interface EntryRowProps {
  entry: EntrySummary;
  selected: boolean;
  tabbable: boolean;
  onOpen: (id: string) => void;
  onFocus: () => void;
}

/**
 * One line of the journal: the day, the title, a glimpse of the text, its tags.
 * The button's name is the title and day; the glimpse and tags are its description.
 */
export function EntryRow({ entry, selected, tabbable, onOpen, onFocus }: EntryRowProps) {
  const base = `entry-${entry.id}`;
  const described = [entry.excerpt ? `${base}-excerpt` : '', entry.tags.length ? `${base}-tags` : ''].filter(Boolean).join(' ');
  return (
    <button
      type="button"
      className="entry-row"
      aria-current={selected ? 'true' : undefined}
      aria-labelledby={`${base}-title ${base}-date`}
      aria-describedby={described || undefined}
      tabIndex={tabbable ? 0 : -1}
      onClick={() => onOpen(entry.id)}
      onFocus={onFocus}
    >
      <span className="entry-date" id={`${base}-date`}>
        {formatDay(entry.date)}
      </span>
      <span className={entry.title ? 'entry-title' : 'entry-title untitled'} id={`${base}-title`}>
        {entry.title || 'Untitled'}
      </span>
      {entry.excerpt ? (
        <span className="entry-excerpt" id={`${base}-excerpt`}>
          {entry.excerpt}
        </span>
      ) : null}
      {entry.tags.length ? (
        <span className="entry-tags" id={`${base}-tags`}>
          <span className="visually-hidden">Tags: </span>
          {entry.tags.map((tag, index) => (
            <span key={tag} className="tag">
              {tag}
              {index < entry.tags.length - 1 ? <span className="visually-hidden">, </span> : null}
            </span>
          ))}
        </span>
      ) : null}
    </button>
  );
}
