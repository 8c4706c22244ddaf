import type { EntrySummary } from '../../../../shared/domain/entry';
import { FRAMING_LABELS, type FramingLabel } from '../../../../shared/framing/types';
import { formatDay } from '../../lib/dates';
import { LABEL_NAMES, markWords } from '../framing/labels';
import { LabelIcon } from '../framing/LabelIcon';

interface EntryRowProps {
  entry: EntrySummary;
  selected: boolean;
  tabbable: boolean;
  onOpen: (id: string) => void;
  onFocus: () => void;
}

function knownLabel(label: string): FramingLabel | null {
  return (FRAMING_LABELS as readonly string[]).includes(label) ? (label as FramingLabel) : null;
}

/**
 * One line of the journal: the day, the title, a glimpse of the text, its tags,
 * and a small mark of how it is framed. The button's name is the title and day;
 * the rest is its description.
 */
export function EntryRow({ entry, selected, tabbable, onOpen, onFocus }: EntryRowProps) {
  const base = `entry-${entry.id}`;
  const label = entry.framing ? knownLabel(entry.framing.label) : null;
  const described = [
    entry.kind === 'reflection' ? `${base}-kind` : '',
    label ? `${base}-framing` : '',
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
        {label && entry.framing ? (
          <span
            className={`framing-mark fr-tone-${label}`}
            id={`${base}-framing`}
            title={markWords(label, entry.framing.score)}
            data-testid="framing-mark"
          >
            <LabelIcon label={label} size={12} />
            <span aria-hidden="true">{LABEL_NAMES[label]}</span>
            <span className="visually-hidden">{markWords(label, entry.framing.score)}</span>
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
