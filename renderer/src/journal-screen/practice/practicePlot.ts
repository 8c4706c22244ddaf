import uPlot from 'uplot';
import { dateLabel, labelledPositions, type ChartRow } from './practiceWords';

const POINT = 10;
/** Room each date label needs, in CSS pixels. */
const LABEL_WIDTH = 96;
const dayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

function shortDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return y && m && d ? dayFormat.format(new Date(y, m - 1, d)) : iso;
}

/** The colours in use (light or dark), read from the page's own tokens, since a canvas cannot use CSS variables. */
function tokens(element: HTMLElement) {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    ink: read('--ink-soft', '#574f45'),
    line: read('--line', '#ddd3c3'),
    surface: read('--surface', '#fbf8f2'),
    expected: read('--accent', '#34566a'),
    actual: read('--ok-ink', '#2f5e43'),
    font: `13px ${read('--font-ui', 'sans-serif')}`,
  };
}

/** Square marks for "actual", so the two series differ in shape as well as colour and dash. */
const squares: uPlot.Series.Points.PathBuilder = (u, seriesIdx, idx0, idx1) => {
  const size = POINT * uPlot.pxRatio;
  const path = new Path2D();
  const xs = u.data[0];
  const ys = u.data[seriesIdx]!;
  for (let i = idx0; i <= idx1; i++) {
    const value = ys[i];
    if (value === null || value === undefined) continue;
    const x = u.valToPos(xs[i]!, 'x', true);
    const y = u.valToPos(value, 'y', true);
    path.rect(x - size / 2, y - size / 2, size, size);
  }
  return { fill: path, stroke: path, flags: 0 };
};

/** Expected (dashed, hollow round marks) against actual (solid, filled square marks), 0 to 10, practice by practice in the order tried. */
export function drawPracticePlot(target: HTMLElement, rows: readonly ChartRow[], width: number): uPlot {
  const colour = tokens(target);
  // One place per practice in the order they were tried; half a place either side keeps the end marks off the edge.
  const positions = rows.map((_, index) => index + 1);
  const xRange: uPlot.Range.MinMax = [0.5, rows.length + 0.5];
  const axis = { stroke: colour.ink, font: colour.font, grid: { stroke: colour.line, width: 1 }, ticks: { stroke: colour.line, width: 1 } };
  const options: uPlot.Options = {
    width,
    height: 260,
    legend: { show: false },
    cursor: { show: false },
    scales: {
      x: { time: false, range: () => xRange },
      y: { range: [0, 10] },
    },
    axes: [
      {
        ...axis,
        splits: (u) => labelledPositions(rows.length, Math.floor(u.bbox.width / uPlot.pxRatio / LABEL_WIDTH)),
        values: (_u, splits) => splits.map((position) => dateLabel(rows, position, shortDay)),
      },
      { ...axis, splits: () => [0, 2, 4, 6, 8, 10], size: 40, label: 'How bad, 0 to 10', labelFont: colour.font, labelSize: 22 },
    ],
    series: [
      {},
      {
        label: 'Expected',
        stroke: colour.expected,
        width: 2,
        dash: [7, 5],
        points: { show: true, size: POINT + 1, width: 2, stroke: colour.expected, fill: colour.surface },
      },
      {
        label: 'Actual',
        stroke: colour.actual,
        width: 2,
        points: { show: true, size: POINT, width: 1, stroke: colour.actual, fill: colour.actual, paths: squares },
      },
    ],
  };
  const data: uPlot.AlignedData = [positions, rows.map((row) => row.expected), rows.map((row) => row.actual)];
  return new uPlot(options, data, target);
}
