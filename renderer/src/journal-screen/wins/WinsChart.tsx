import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { WIN_KINDS, type WinKind } from '../../../../shared/domain/win';
import { countAxisTop, type ChartPlan } from './chartPlan';
import { KIND_LOOKS, patternMarks, TILE, type Scheme } from './kindLooks';
import { useColourScheme } from './useColourScheme';

const HEIGHT = 220;
/** Of each bar's slot, the part the bar fills: a hairline of paper between neighbours. */
const BAR_FILL = 0.88;
const COUNT_STEPS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000];
const SCALE_VALUE = 1 as uPlot.Series.BarsPathBuilderFacetUnit;

/** A kind's bar fill: its colour, or a light tint of it under its own pattern. */
function barFill(kind: WinKind, scheme: Scheme): CanvasPattern | string {
  const look = KIND_LOOKS[kind];
  const colour = look[scheme];
  if (look.pattern === 'solid') return colour;
  const ratio = window.devicePixelRatio || 1;
  const tile = document.createElement('canvas');
  tile.width = Math.round(TILE * ratio);
  tile.height = Math.round(TILE * ratio);
  const context = tile.getContext('2d');
  if (!context) return colour;
  context.scale(ratio, ratio);
  context.fillStyle = colour;
  context.strokeStyle = colour;
  context.globalAlpha = 0.22;
  context.fillRect(0, 0, TILE, TILE);
  context.globalAlpha = 1;
  context.lineWidth = 1.5;
  const marks = patternMarks(look.pattern);
  for (const [x1, y1, x2, y2] of marks.lines) {
    context.beginPath();
    context.moveTo(x1, y1);
    context.lineTo(x2, y2);
    context.stroke();
  }
  for (const [cx, cy, r] of marks.dots) {
    context.beginPath();
    context.arc(cx, cy, r, 0, 2 * Math.PI);
    context.fill();
  }
  return context.createPattern(tile, 'repeat') ?? colour;
}

function cssColour(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

function chartOptions(plan: ChartPlan, scheme: Scheme, width: number): uPlot.Options {
  const ink = cssColour('--ink-soft', scheme === 'dark' ? '#aaa396' : '#574f45');
  const line = cssColour('--line', scheme === 'dark' ? '#2d343e' : '#ddd3c3');
  const font = `13px ${cssColour('--font-ui', 'system-ui, sans-serif')}`;
  const bars = uPlot.paths.bars!;
  const first = plan.years[0] ?? 0;
  const last = plan.years.at(-1) ?? first;
  return {
    width,
    height: HEIGHT,
    legend: { show: false },
    cursor: { show: false, drag: { x: false, y: false } },
    scales: {
      x: { time: false, range: [first - 0.5, last + 0.5] },
      y: { range: [0, countAxisTop(plan.most)] },
    },
    axes: [
      {
        stroke: ink,
        font,
        grid: { show: false },
        ticks: { stroke: line },
        splits: () => plan.years,
        values: (_chart, splits) => splits.map((year) => String(year)),
      },
      {
        stroke: ink,
        font,
        size: 44,
        grid: { stroke: line, width: 1 },
        ticks: { show: false },
        incrs: COUNT_STEPS,
        values: (_chart, splits) => splits.map((count) => count.toLocaleString()),
      },
    ],
    series: [
      {},
      ...plan.kinds.map((kind, index) => ({
        label: WIN_KINDS[kind],
        stroke: KIND_LOOKS[kind][scheme],
        fill: barFill(kind, scheme),
        width: 1.5,
        points: { show: false },
        paths: bars({
          disp: {
            x0: { unit: SCALE_VALUE, values: () => plan.years.map((year) => year + (plan.offsets[index] ?? 0)) },
            size: { unit: SCALE_VALUE, values: () => [plan.barWidth * BAR_FILL] },
          },
        }),
      })),
    ],
  };
}

/**
 * The bars, drawn by uPlot on a canvas. The chart is made when the numbers or the
 * light/dark scheme change, follows its container's width, and is taken down when
 * it leaves the screen. What it shows is in the table beside it, in words.
 */
export function WinsChart({ plan, label }: { plan: ChartPlan; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  const scheme = useColourScheme();

  useEffect(() => {
    const element = box.current;
    if (!element || plan.years.length === 0) return;
    const widthNow = () => Math.max(160, Math.floor(element.clientWidth));
    // A kind with no win that year has no bar at all, rather than a hairline on the baseline.
    const bars = plan.counts.map((row) => row.map((count) => (count > 0 ? count : null)));
    const chart = new uPlot(chartOptions(plan, scheme, widthNow()), [plan.years, ...bars], element);
    let width = chart.width;
    const observer = new ResizeObserver(() => {
      const next = widthNow();
      if (next === width) return;
      width = next;
      chart.setSize({ width: next, height: HEIGHT });
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.destroy();
    };
  }, [plan, scheme]);

  return <div className="wins-chart" ref={box} role="img" aria-label={label} data-testid="wins-chart" />;
}
