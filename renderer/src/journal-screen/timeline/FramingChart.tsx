import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { dayNumber } from '../../../../shared/timeline/days';
import { useColourScheme } from '../wins/useColourScheme';
import { axisTicks, leanWords, pointColumns, shareColumns, SOMEONE_ELSE_Y, type View } from './chartData';
import { dayName } from './zoom';

const POINTS_HEIGHT = 240;
const SHARES_HEIGHT = 110;

function cssColour(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

interface Colours {
  ink: string;
  line: string;
  shame: string;
  accountability: string;
  blame: string;
  neutral: string;
  average: string;
  font: string;
}

function coloursNow(): Colours {
  return {
    ink: cssColour('--ink-soft', '#574f45'),
    line: cssColour('--line', '#ddd3c3'),
    shame: cssColour('--fr-shame-line', '#98620f'),
    accountability: cssColour('--fr-accountability-line', '#2e7050'),
    blame: cssColour('--fr-blame-line', '#65509e'),
    neutral: cssColour('--sunk', '#ece5d8'),
    average: cssColour('--ink', '#26221d'),
    font: `12px ${cssColour('--font-ui', 'system-ui, sans-serif')}`,
  };
}

function timeAxis(view: View, colours: Colours): uPlot.Axis {
  const ticks = axisTicks(view.from, view.to);
  return { stroke: colours.ink, font: colours.font, grid: { show: false }, ticks: { stroke: colours.line }, splits: () => ticks.map((t) => t.at), values: () => ticks.map((t) => t.label) };
}

/** A reading's points: filled or hollow, and in its own colour, so no reading depends on colour alone. */
function pointSeries(label: string, colour: string, filled: boolean, size: number): uPlot.Series {
  return { label, stroke: colour, width: 0, paths: () => null, points: { show: true, size, width: 1.5, stroke: colour, fill: filled ? colour : 'transparent' } };
}

function pointsOptions(view: View, colours: Colours, width: number, onPick: (index: number) => void, onHover: (index: number | null) => void): uPlot.Options {
  const range: [number, number] = [dayNumber(view.from), dayNumber(view.to) + 1];
  const labels: Record<number, string> = { [-1]: 'Who I am', 0: '', 1: 'What I did', [SOMEONE_ELSE_Y]: 'Someone else' };
  return {
    width,
    height: POINTS_HEIGHT,
    legend: { show: false },
    cursor: { drag: { x: false, y: false }, points: { show: false }, y: false },
    scales: { x: { time: false, range }, y: { range: [-1.2, SOMEONE_ELSE_Y + 0.2] } },
    axes: [
      timeAxis(view, colours),
      { stroke: colours.ink, font: colours.font, size: 96, grid: { stroke: colours.line, width: 1 }, ticks: { show: false }, splits: () => [-1, 0, 1, SOMEONE_ELSE_Y], values: (_u, splits) => splits.map((s) => labels[s] ?? '') },
    ],
    series: [
      {},
      pointSeries('Who I am', colours.shame, true, 8),
      pointSeries('What I did', colours.accountability, false, 9),
      pointSeries('Even', colours.ink, false, 6),
      pointSeries('Someone else', colours.blame, true, 7),
      { label: 'Rolling average', stroke: colours.average, width: 2, spanGaps: true, points: { show: false } },
    ],
    hooks: {
      setCursor: [(chart) => onHover(chart.cursor.idx ?? null)],
      ready: [
        (chart) => {
          chart.over.addEventListener('click', () => {
            const index = chart.cursor.idx;
            if (index !== null && index !== undefined) onPick(index);
          });
        },
      ],
    },
  };
}

function sharesOptions(view: View, colours: Colours, width: number): uPlot.Options {
  const bars = uPlot.paths.bars!({ size: [0.92, Infinity], align: 0 });
  const range: [number, number] = [dayNumber(view.from), dayNumber(view.to) + 1];
  const band = (label: string, colour: string): uPlot.Series => ({ label, stroke: colour, fill: colour, width: 0, paths: bars, points: { show: false } });
  return {
    width,
    height: SHARES_HEIGHT,
    legend: { show: false },
    cursor: { show: false },
    scales: { x: { time: false, range }, y: { range: [0, 1] } },
    axes: [timeAxis(view, colours), { stroke: colours.ink, font: colours.font, size: 96, grid: { show: false }, ticks: { show: false }, splits: () => [0, 0.5, 1], values: (_u, s) => s.map((v) => `${v * 100}%`) }],
    series: [{}, band('No verdict', colours.neutral), band('What I did', colours.accountability), band('Someone else', colours.blame), band('Who I am', colours.shame)],
  };
}

/**
 * The big picture on canvas (uPlot): each entry by its day on the "who I am ↔ what
 * I did" axis, entries that put it on someone else in their own row above, the
 * rolling average, and below, each bucket's share of sentences by reading. The
 * table view holds the same numbers in words.
 */
export function FramingChart({ view, label, onOpen }: { view: View; label: string; onOpen: (id: string) => void }) {
  const pointsBox = useRef<HTMLDivElement>(null);
  const sharesBox = useRef<HTMLDivElement>(null);
  const scheme = useColourScheme();
  const hoverLine = useRef<HTMLParagraphElement>(null);
  const open = useRef(onOpen);
  open.current = onOpen;

  useEffect(() => {
    const pointsEl = pointsBox.current;
    const sharesEl = sharesBox.current;
    if (!pointsEl || !sharesEl) return;
    const colours = coloursNow();
    const widthNow = () => Math.max(200, Math.floor(pointsEl.clientWidth));
    const p = pointColumns(view);
    const s = shareColumns(view);
    const byId = new Map(view.points.map((point) => [point.id, point]));
    const hover = (index: number | null) => {
      const point = index === null ? undefined : byId.get(p.ids[index] ?? '');
      if (hoverLine.current) hoverLine.current.textContent = point ? `${point.title || 'Untitled'}, ${dayName(point.date)}: ${leanWords(point.lean, point.label)}. Click to open.` : '';
    };
    const pick = (index: number) => {
      const id = p.ids[index];
      if (id) open.current(id);
    };
    const points = new uPlot(pointsOptions(view, colours, widthNow(), pick, hover), [p.x, p.whoIAm, p.whatIDid, p.even, p.someoneElse, p.average], pointsEl);
    const shares = new uPlot(sharesOptions(view, colours, widthNow()), [s.x, s.upToNeutral, s.upToAccountability, s.upToBlame, s.shame], sharesEl);
    let width = widthNow();
    const observer = new ResizeObserver(() => {
      const next = widthNow();
      if (next === width) return;
      width = next;
      points.setSize({ width: next, height: POINTS_HEIGHT });
      shares.setSize({ width: next, height: SHARES_HEIGHT });
    });
    observer.observe(pointsEl);
    return () => {
      observer.disconnect();
      points.destroy();
      shares.destroy();
    };
  }, [view, scheme]);

  return (
    <div className="timeline-chart" role="img" aria-label={label} data-testid="timeline-chart">
      <div ref={pointsBox} />
      <p className="chart-hover quiet-note" ref={hoverLine} />
      <div ref={sharesBox} />
    </div>
  );
}
