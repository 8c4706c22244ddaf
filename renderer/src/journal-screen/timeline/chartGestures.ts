import type uPlot from 'uplot';

/** Movement under this many pixels is a click, not a drag. */
const DRAG_THRESHOLD_PX = 4;

/** Where the x scale sits while a drag is under way: the span's own days, moved by `days`. */
export interface XShift {
  days: number;
}

export interface GestureHandlers {
  /** Plain drag is allowed (every zoom but all years, which has nowhere to go). */
  canPan: boolean;
  /** A fraction of the plot's width dragged so far (positive to the right), or null when the drag is over. */
  onPanMove: (fraction: number | null) => void;
  /** The drag ended this many days later (negative: earlier); true when the timeline moves there. */
  onPanEnd: (days: number) => boolean;
  /** Shift and drag marked these days (day numbers, both included). */
  onSelect: (from: number, to: number) => void;
}

/**
 * Mouse gestures over the entries chart: a plain drag moves the charts' time axis
 * with the pointer and, let go, asks the timeline to move there; a drag with Shift
 * held marks a stretch of days (drawn with uPlot's own selection box) for a period.
 * `charts[0]` is the one the pointer is over; the rest follow its time axis.
 */
export function attachGestures(charts: readonly uPlot[], range: readonly [number, number], shift: XShift, handlers: GestureHandlers): { detach: () => void; draggedJustNow: () => boolean } {
  const main = charts[0]!;
  const over = main.over;
  let mode: 'pan' | 'select' | null = null;
  let startX = 0;
  let moved = false;
  let dragged = false;
  const span = range[1] - range[0];

  const setShift = (days: number) => {
    shift.days = days;
    for (const chart of charts) chart.setScale('x', { min: range[0] + days, max: range[1] + days });
  };
  const xIn = (event: PointerEvent) => Math.min(Math.max(event.clientX - over.getBoundingClientRect().left, 0), over.clientWidth);

  const down = (event: PointerEvent) => {
    if (event.button !== 0) return;
    mode = event.shiftKey ? 'select' : handlers.canPan ? 'pan' : null;
    if (!mode) return;
    startX = xIn(event);
    moved = false;
    dragged = false;
    over.setPointerCapture(event.pointerId);
    over.classList.add(mode === 'pan' ? 'is-panning' : 'is-selecting');
  };
  const move = (event: PointerEvent) => {
    if (!mode) return;
    const x = xIn(event);
    const dx = mode === 'pan' ? event.clientX - over.getBoundingClientRect().left - startX : x - startX;
    if (!moved && Math.abs(dx) < DRAG_THRESHOLD_PX) return;
    moved = true;
    if (mode === 'pan') {
      setShift((-dx / over.clientWidth) * span);
      handlers.onPanMove(dx / over.clientWidth);
    } else {
      main.setSelect({ left: Math.min(startX, x), width: Math.abs(dx), top: 0, height: over.clientHeight }, false);
    }
  };
  const up = (event: PointerEvent) => {
    if (!mode) return;
    const was = mode;
    mode = null;
    over.classList.remove('is-panning', 'is-selecting');
    if (over.hasPointerCapture(event.pointerId)) over.releasePointerCapture(event.pointerId);
    if (!moved) return;
    dragged = true;
    if (was === 'pan') {
      if (!handlers.onPanEnd(shift.days)) {
        setShift(0);
        handlers.onPanMove(null);
      }
      return;
    }
    const left = Math.min(startX, xIn(event));
    const right = Math.max(startX, xIn(event));
    const first = Math.max(range[0], Math.floor(main.posToVal(left, 'x')));
    const last = Math.min(range[1] - 1, Math.floor(main.posToVal(right, 'x')));
    if (last >= first) handlers.onSelect(first, last);
  };
  const cancel = (event: PointerEvent) => {
    moved = false;
    up(event);
    setShift(0);
    handlers.onPanMove(null);
  };

  over.addEventListener('pointerdown', down);
  over.addEventListener('pointermove', move);
  over.addEventListener('pointerup', up);
  over.addEventListener('pointercancel', cancel);
  return {
    detach: () => {
      over.removeEventListener('pointerdown', down);
      over.removeEventListener('pointermove', move);
      over.removeEventListener('pointerup', up);
      over.removeEventListener('pointercancel', cancel);
    },
    // The click that ends a drag is not a click on a point.
    draggedJustNow: () => {
      const was = dragged;
      dragged = false;
      return was;
    },
  };
}
