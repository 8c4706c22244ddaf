import type { WinSummary } from '../../../../shared/domain/win';
import { formatDay } from '../../lib/dates';
import { areaWords, kindWords, winName } from './winWords';

interface WinRowProps {
  win: WinSummary;
  onOpen: (id: string) => void;
  /** Says "Win" before the day, where wins sit beside entries (the journal's search). */
  marked?: boolean;
}

/**
 * One win in a list: its day, its name, what kind and which part of life, in words.
 * As in the journal's rows, the button holds what names it (the name, then "Win"
 * where it is marked, then the day, shown above the name); the glimpse and the
 * kind beside it are its description, and a click anywhere in the row opens it.
 */
export function WinRow({ win, onOpen, marked = false }: WinRowProps) {
  const base = `win-${win.id}`;
  const named = [`${base}-name`, marked ? `${base}-mark` : '', `${base}-date`].filter(Boolean).join(' ');
  const described = [`${base}-kind`, win.excerpt && win.title ? `${base}-excerpt` : ''].filter(Boolean).join(' ');
  return (
    // The row's click is the mouse's shortcut to the button's own (whose clicks, from Enter and Space too, bubble here).
    <div className="entry-row win-row" onClick={() => onOpen(win.id)}>
      <button type="button" className="entry-open" data-win-id={win.id} aria-labelledby={named} aria-describedby={described}>
        <span className="entry-title" id={`${base}-name`}>
          {winName(win)}
        </span>{' '}
        {/* The spaces keep the words apart in the button's text. */}
        <span className="entry-meta">
          {marked ? (
            <>
              <span className="entry-kind win-mark" id={`${base}-mark`}>
                Win
              </span>{' '}
            </>
          ) : null}
          <span className="entry-date" id={`${base}-date`}>
            {formatDay(win.date)}
          </span>
        </span>
      </button>
      {win.excerpt && win.title ? (
        <span className="entry-excerpt" id={`${base}-excerpt`}>
          {win.excerpt}
        </span>
      ) : null}
      <span className="win-kind-area" id={`${base}-kind`}>
        {`${kindWords(win.kind)}, ${areaWords(win.area)}`}
      </span>
    </div>
  );
}
