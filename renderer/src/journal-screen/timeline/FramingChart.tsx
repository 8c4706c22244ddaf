import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { useColourScheme } from '../wins/useColourScheme';
import { pointColumns, pointWords, shareColumns, stepPoint, type View } from './chartData';
import { attachGestures, type GestureHandlers, type XShift } from './chartGestures';
import { coloursNow, dayRange, pointsOptions, POINTS_HEIGHT, sharesOptions, SHARES_HEIGHT } from './chartOptions';
import { dayName } from './zoom';

export interface ChartMoves {
  /** A drag ended this many days later (negative: earlier); true when the timeline moves there. */
  panBy: (days: number) => boolean;
  /** A drag under way, as a fraction of the plot's width, or null when it ended where it began. */
  panning: (fraction: number | null) => void;
  /** Shift and drag marked these days (day numbers, both included). */
  select: (from: number, to: number) => void;
  canPan: boolean;
}

interface Props {
  view: View;
  label: string;
  onOpen: (id: string) => void;
  moves: ChartMoves;
  /** An entry to stand on, focused, when the chart appears: the one opened from here, on the way back. */
  returnTo: string | null;
}

/**
 * The big picture on canvas (uPlot): each entry by its day on the "who I am ↔ what
 * I did" axis, entries that put it on someone else in their own row above, the
 * rolling average, and below, each bucket's share of sentences by reading. The
 * entries' layer takes focus: arrows move from entry to entry, each one's title and
 * deciding sentence said under the chart, and Enter opens it. The table view holds
 * the same numbers in words.
 */
export function FramingChart({ view, label, onOpen, moves, returnTo }: Props) {
  const pointsBox = useRef<HTMLDivElement>(null);
  const sharesBox = useRef<HTMLDivElement>(null);
  const layer = useRef<HTMLDivElement>(null);
  const hoverLine = useRef<HTMLParagraphElement>(null);
  const scheme = useColourScheme();
  const hoverId = useId();
  const latest = useRef({ onOpen, moves });
  latest.current = { onOpen, moves };
  /** The entry the keyboard stands on, and how to show it; set while the chart is drawn. */
  const focus = useRef<{ index: number | null; show: (index: number | null) => void; ids: string[] }>({ index: null, show: () => undefined, ids: [] });
  /** The entry the keyboard stands on, by id, so a zoom that keeps it on screen keeps standing on it. */
  const standingOn = useRef<string | null>(null);

  useEffect(() => {
    const pointsEl = pointsBox.current;
    const sharesEl = sharesBox.current;
    if (!pointsEl || !sharesEl) return;
    const colours = coloursNow();
    const widthNow = () => Math.max(200, Math.floor(pointsEl.clientWidth));
    const p = pointColumns(view);
    const s = shareColumns(view);
    const byId = new Map(view.points.map((point) => [point.id, point]));
    const say = (index: number | null, how: string) => {
      const point = index === null ? undefined : byId.get(p.ids[index] ?? '');
      if (hoverLine.current) hoverLine.current.textContent = point ? `${pointWords(point, dayName(point.date))} ${how}` : '';
    };
    const shift: XShift = { days: 0 };
    // The mouse leaving the chart (or uPlot settling its cursor) gives the line back to the entry the keyboard stands on.
    const hover = (index: number | null) => {
      const kept = focus.current.index;
      if (index === null && kept !== null && document.activeElement === layer.current) say(kept, 'Press Enter to open.');
      else say(index, 'Click to open.');
    };
    const points = new uPlot(pointsOptions(view, colours, widthNow(), shift, hover), [p.x, p.whoIAm, p.whatIDid, p.even, p.someoneElse, p.average], pointsEl);
    const shares = new uPlot(sharesOptions(view, colours, widthNow(), shift), [s.x, s.upToNeutral, s.upToAccountability, s.upToBlame, s.shame], sharesEl);
    const ring = document.createElement('div');
    ring.className = 'point-focus';
    ring.hidden = true;
    points.over.append(ring);
    const place = (index: number | null) => {
      ring.hidden = index === null;
      if (index === null) return;
      ring.style.left = `${points.valToPos(p.x[index]!, 'x')}px`;
      ring.style.top = `${points.valToPos(p.y[index]!, 'y')}px`;
    };
    const show = (index: number | null) => {
      focus.current.index = index;
      standingOn.current = index === null ? null : (p.ids[index] ?? null);
      place(index);
      say(index, 'Press Enter to open.');
    };
    focus.current = { index: null, show, ids: p.ids };
    const handlers: GestureHandlers = {
      get canPan() {
        return latest.current.moves.canPan;
      },
      onPanMove: (fraction) => latest.current.moves.panning(fraction),
      onPanEnd: (days) => latest.current.moves.panBy(days),
      onSelect: (from, to) => latest.current.moves.select(from, to),
    };
    const gestures = attachGestures([points, shares], dayRange(view), shift, handlers);
    const click = () => {
      if (gestures.draggedJustNow()) return;
      const id = points.cursor.idx === null || points.cursor.idx === undefined ? undefined : p.ids[points.cursor.idx];
      if (id) latest.current.onOpen(id);
    };
    points.over.addEventListener('click', click);
    const back = returnTo === null ? -1 : p.ids.indexOf(returnTo);
    if (back >= 0) {
      show(back);
      layer.current?.focus();
    } else if (document.activeElement === layer.current) {
      // Zoomed or moved from the keyboard: stand on the same entry if it is still on screen.
      const same = standingOn.current === null ? -1 : p.ids.indexOf(standingOn.current);
      show(same >= 0 ? same : null);
    }
    let width = widthNow();
    const observer = new ResizeObserver(() => {
      const next = widthNow();
      if (next === width) return;
      width = next;
      points.setSize({ width: next, height: POINTS_HEIGHT });
      shares.setSize({ width: next, height: SHARES_HEIGHT });
      place(focus.current.index);
    });
    observer.observe(pointsEl);
    return () => {
      observer.disconnect();
      gestures.detach();
      points.over.removeEventListener('click', click);
      points.destroy();
      shares.destroy();
    };
    // `returnTo` matters only when the chart first appears.
  }, [view, scheme]);

  const onKey = (event: KeyboardEvent) => {
    const { index, show, ids } = focus.current;
    if (event.key === 'Enter' && index !== null) {
      event.preventDefault();
      latest.current.onOpen(ids[index]!);
      return;
    }
    const next = stepPoint(index, event.key, ids.length);
    if (next === null) return;
    // Arrows here move between entries, not the span (the zoom keys still reach the timeline).
    event.preventDefault();
    event.stopPropagation();
    show(next);
    if (next === index && hoverLine.current) {
      const end = event.key === 'ArrowRight' ? 'the last entry in this span; Later moves on' : 'the first entry in this span; Earlier goes back';
      hoverLine.current.textContent += ` This is ${end}.`;
    }
  };

  const count = view.points.filter((point) => point.lean !== null || point.label === 'blame').length;
  return (
    <div className={moves.canPan ? 'timeline-chart can-pan' : 'timeline-chart'} role="figure" aria-label={label} data-testid="timeline-chart">
      <div
        ref={layer}
        className="chart-points"
        tabIndex={0}
        role="group"
        aria-label={`Entries on the chart, ${count === 1 ? 'one entry' : `${count} entries`}. Left and right arrows move from entry to entry, Home and End go to the first and last, Enter opens it.`}
        aria-describedby={hoverId}
        onKeyDown={onKey}
        onFocus={(event) => {
          // A click focuses the layer too; only the keyboard's arrival stands on the first entry.
          if (focus.current.index === null && focus.current.ids.length > 0 && event.currentTarget.matches(':focus-visible')) focus.current.show(0);
        }}
        data-testid="timeline-points"
      >
        <div ref={pointsBox} />
      </div>
      <p className="chart-hover quiet-note" id={hoverId} ref={hoverLine} aria-live="polite" />
      <div ref={sharesBox} />
    </div>
  );
}
