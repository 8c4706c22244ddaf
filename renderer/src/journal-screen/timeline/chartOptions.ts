import uPlot from 'uplot';
import { dayNumber } from '../../../../shared/timeline/days';
import { axisTicks, SOMEONE_ELSE_Y, type View } from './chartData';
import type { XShift } from './chartGestures';

export const POINTS_HEIGHT = 240;
export const SHARES_HEIGHT = 110;
/** Room for the reading axis's words; the lanes and period spans below line up with it. */
const Y_AXIS_SIZE = 96;

function cssColour(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

export interface Colours {
  ink: string;
  line: string;
  shame: string;
  accountability: string;
  blame: string;
  neutral: string;
  average: string;
  font: string;
}

export function coloursNow(): Colours {
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

/** The span's days as the x scale, moved by a drag under way. */
export function dayRange(view: View): [number, number] {
  return [dayNumber(view.from), dayNumber(view.to) + 1];
}

function xScale(view: View, shift: XShift): uPlot.Scale {
  const [from, to] = dayRange(view);
  return { time: false, range: () => [from + shift.days, to + shift.days] };
}

/** Labels for the span's own days; while a drag moves the axis, only those still on screen are drawn. */
function timeAxis(view: View, colours: Colours): uPlot.Axis {
  const ticks = axisTicks(view.from, view.to);
  const labels = new Map(ticks.map((t) => [t.at, t.label]));
  return {
    stroke: colours.ink,
    font: colours.font,
    grid: { show: false },
    ticks: { stroke: colours.line },
    splits: (_u, _axis, min, max) => ticks.filter((t) => t.at >= min && t.at <= max).map((t) => t.at),
    values: (_u, splits) => splits.map((at) => labels.get(at) ?? ''),
  };
}

/** A reading's points: filled or hollow, and in its own colour, so no reading depends on colour alone. */
function pointSeries(label: string, colour: string, filled: boolean, size: number): uPlot.Series {
  return { label, stroke: colour, width: 0, paths: () => null, points: { show: true, size, width: 1.5, stroke: colour, fill: filled ? colour : 'transparent' } };
}

export function pointsOptions(view: View, colours: Colours, width: number, shift: XShift, onHover: (index: number | null) => void): uPlot.Options {
  const labels: Record<number, string> = { [-1]: 'Who I am', 0: '', 1: 'What I did', [SOMEONE_ELSE_Y]: 'Someone else' };
  return {
    width,
    height: POINTS_HEIGHT,
    legend: { show: false },
    cursor: { drag: { x: false, y: false }, points: { show: false }, y: false },
    scales: { x: xScale(view, shift), y: { range: [-1.2, SOMEONE_ELSE_Y + 0.2] } },
    axes: [
      timeAxis(view, colours),
      { stroke: colours.ink, font: colours.font, size: Y_AXIS_SIZE, grid: { stroke: colours.line, width: 1 }, ticks: { show: false }, splits: () => [-1, 0, 1, SOMEONE_ELSE_Y], values: (_u, splits) => splits.map((s) => labels[s] ?? '') },
    ],
    series: [
      {},
      pointSeries('Who I am', colours.shame, true, 8),
      pointSeries('What I did', colours.accountability, false, 9),
      pointSeries('Even', colours.ink, false, 6),
      pointSeries('Someone else', colours.blame, true, 7),
      { label: 'Rolling average', stroke: colours.average, width: 2, spanGaps: true, points: { show: false } },
    ],
    hooks: { setCursor: [(chart) => onHover(chart.cursor.idx ?? null)] },
  };
}

export function sharesOptions(view: View, colours: Colours, width: number, shift: XShift): uPlot.Options {
  const bars = uPlot.paths.bars!({ size: [0.92, Infinity], align: 0 });
  const band = (label: string, colour: string): uPlot.Series => ({ label, stroke: colour, fill: colour, width: 0, paths: bars, points: { show: false } });
  return {
    width,
    height: SHARES_HEIGHT,
    legend: { show: false },
    cursor: { show: false },
    scales: { x: xScale(view, shift), y: { range: [0, 1] } },
    axes: [timeAxis(view, colours), { stroke: colours.ink, font: colours.font, size: Y_AXIS_SIZE, grid: { show: false }, ticks: { show: false }, splits: () => [0, 0.5, 1], values: (_u, s) => s.map((v) => `${v * 100}%`) }],
    series: [{}, band('No verdict', colours.neutral), band('What I did', colours.accountability), band('Someone else', colours.blame), band('Who I am', colours.shame)],
  };
}
