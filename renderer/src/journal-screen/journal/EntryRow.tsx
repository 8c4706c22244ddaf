import type { EntrySummary } from '../../../../shared/domain/entry';
import { formatDay } from '../../lib/dates';
import { MarkIcon } from '../framing/LabelIcon';
import { framingReading, readingDescription } from '../framing/reading';

interface EntryRowProps {
  entry: EntrySummary;
  selected: boolean;
  tabbable: boolean;
  /** The person can turn the framing marks off in Settings. */
  showMark: boolean;
  onOpen: (id: string) => void;
  onFocus: () => void;
}

/**
 * One line of the journal: the day, the title, a glimpse of the text, its tags,
 * and a small mark of how it is framed. The button's name is the title and day;
 * the rest is its description.
 */
export function EntryRow({ entry, selected, tabbable, showMark, onOpen, onFocus }: EntryRowProps) {
  const base = `entry-${entry.id}`;
  // The same reading the framing panel shows for this entry.
  const reading = showMark && entry.framing ? framingReading(entry.framing.label, entry.framing.score) : null;
  const described = [
    entry.kind === 'reflection' ? `${base}-kind` : '',
    reading ? `${base}-framing` : '',
    entry.excerpt ? `${base}-excerpt` : '',
    entry.tags.length ? `${base}-tags` : '',
  ]
    .filter(Boolean)
    .join(' ');
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
      <span className="entry-meta">
        <span className="entry-date" id={`${base}-date`}>
          {formatDay(entry.date)}
        </span>
        {entry.kind === 'reflection' ? (
          <span className="entry-kind" id={`${base}-kind`}>
            Reflection
          </span>
        ) : null}
        {reading ? (
          <span className={`framing-mark fr-tone-${reading.tone}`} id={`${base}-framing`} title={reading.words} data-testid="framing-mark">
            <MarkIcon kind={reading.tone} size={12} />
            <span aria-hidden="true">{reading.short}</span>
            <span className="visually-hidden">{readingDescription(reading)}</span>
          </span>
        ) : null}
      </span>
      <span className={entry.title ? 'entry-title' : 'entry-title untitled'} id={`${base}-title`}>
        {entry.title || (entry.kind === 'reflection' ? 'Untitled reflection' : 'Untitled')}
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
