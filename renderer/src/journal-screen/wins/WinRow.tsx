import type { WinSummary } from '../../../../shared/domain/win';
import { formatDay } from '../../lib/dates';
import { areaWords, kindWords, winName } from './winWords';

interface WinRowProps {
  win: WinSummary;
  onOpen: (id: string) => void;
  /** Says "Win" before the day, where wins sit beside entries (the journal's search). */
  marked?: boolean;
}

/** One win in a list: its day, its name, what kind and which part of life, in words. The name and day name the button. */
export function WinRow({ win, onOpen, marked = false }: WinRowProps) {
  const base = `win-${win.id}`;
  const described = [marked ? `${base}-mark` : '', `${base}-kind`, win.excerpt && win.title ? `${base}-excerpt` : ''].filter(Boolean).join(' ');
  return (
    <button
      type="button"
      className="entry-row win-row"
      data-win-id={win.id}
      aria-labelledby={`${base}-name ${base}-date`}
      aria-describedby={described}
      onClick={() => onOpen(win.id)}
    >
      <span className="entry-meta">
        {marked ? (
          <span className="entry-kind win-mark" id={`${base}-mark`}>
            Win
          </span>
        ) : null}
        <span className="entry-date" id={`${base}-date`}>
          {formatDay(win.date)}
        </span>
      </span>
      <span className="entry-title" id={`${base}-name`}>
        {winName(win)}
      </span>
      {win.excerpt && win.title ? (
        <span className="entry-excerpt" id={`${base}-excerpt`}>
          {win.excerpt}
        </span>
      ) : null}
      <span className="win-kind-area" id={`${base}-kind`}>
        {`${kindWords(win.kind)}, ${areaWords(win.area)}`}
      </span>
    </button>
  );
}
