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
 * and a small mark of how it is framed. The button holds the title, day and mark
 * and is named by exactly what it shows (title first), so the words on screen are
 * the words to say to it; the glimpse and tags sit beside it in the row and are
 * its description. A click anywhere in the row opens the entry.
 */
export function EntryRow({ entry, selected, tabbable, showMark, onOpen, onFocus }: EntryRowProps) {
  const base = `entry-${entry.id}`;
  // The same reading the framing panel shows for this entry.
  const reading = showMark && entry.framing ? framingReading(entry.framing.label, entry.framing.score) : null;
  const named = [`${base}-title`, `${base}-date`, entry.kind === 'reflection' ? `${base}-kind` : '', reading ? `${base}-mark` : ''].filter(Boolean).join(' ');
  const described = [
    reading ? `${base}-framing` : '',
    entry.excerpt ? `${base}-excerpt` : '',
    entry.tags.length ? `${base}-tags` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    // The row's click is the mouse's shortcut to the button's own (whose clicks, from Enter and Space too, bubble here).
    <div className="entry-row" onClick={() => onOpen(entry.id)}>
      <button
        type="button"
        className="entry-open"
        aria-current={selected ? 'true' : undefined}
        aria-labelledby={named}
        aria-describedby={described || undefined}
        tabIndex={tabbable ? 0 : -1}
        onFocus={onFocus}
      >
        <span className={entry.title ? 'entry-title' : 'entry-title untitled'} id={`${base}-title`}>
          {entry.title || (entry.kind === 'reflection' ? 'Untitled reflection' : 'Untitled')}
        </span>{' '}
        {/* Shown above the title (see .entry-open), read after it. The spaces keep the words apart in its text. */}
        <span className="entry-meta">
          <span className="entry-date" id={`${base}-date`}>
            {formatDay(entry.date)}
          </span>{' '}
          {entry.kind === 'reflection' ? (
            <>
              <span className="entry-kind" id={`${base}-kind`}>
                Reflection
              </span>{' '}
            </>
          ) : null}
          {reading ? (
            <span className={`framing-mark fr-tone-${reading.tone}`} title={reading.words} data-testid="framing-mark">
              <MarkIcon kind={reading.tone} size={12} />
              <span aria-hidden="true" id={`${base}-mark`}>
                {reading.short}
              </span>
              <span className="visually-hidden" id={`${base}-framing`}>
                {readingDescription(reading)}
              </span>
            </span>
          ) : null}
        </span>
      </button>
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
    </div>
  );
}
