import { useEffect, useId, useRef, useState } from 'react';
import type uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { formatDay } from '../../lib/dates';
import { drawPracticePlot } from './practicePlot';
import { CHART_LABEL, type ChartRow } from './practiceWords';

/** How wide the chart may be before it leaves its column, measured each time the column changes (zoom, window size). */
function widthOf(element: HTMLElement): number {
  return Math.max(240, Math.floor(element.clientWidth));
}

/** Expected against actual over time, as a chart or as a table with the same numbers. */
export function PracticeChart({ rows }: { rows: ChartRow[] }) {
  const id = useId();
  const [asTable, setAsTable] = useState(false);
  const holder = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = holder.current;
    if (asTable || !element || rows.length === 0) return;
    let plot: uPlot | null = null;
    const draw = () => {
      plot?.destroy();
      element.replaceChildren();
      plot = drawPracticePlot(element, rows, widthOf(element));
    };
    draw();
    const resize = new ResizeObserver(() => plot?.setSize({ width: widthOf(element), height: 260 }));
    resize.observe(element);
    // Light and dark have their own colours; the canvas is drawn again in the new ones.
    const scheme = window.matchMedia('(prefers-color-scheme: dark)');
    scheme.addEventListener('change', draw);
    return () => {
      resize.disconnect();
      scheme.removeEventListener('change', draw);
      plot?.destroy();
    };
  }, [rows, asTable]);

  return (
    <div className="practice-chart">
      <div className="chart-head">
        {asTable ? null : (
          <ul className="chart-legend" aria-label="Key">
            <li>
              <svg aria-hidden="true" viewBox="0 0 36 12" className="legend-mark expected">
                <line x1="0" y1="6" x2="36" y2="6" strokeDasharray="7 5" />
                <circle cx="18" cy="6" r="4" />
              </svg>
              Expected (dashed, round marks)
            </li>
            <li>
              <svg aria-hidden="true" viewBox="0 0 36 12" className="legend-mark actual">
                <line x1="0" y1="6" x2="36" y2="6" />
                <rect x="13" y="1" width="10" height="10" />
              </svg>
              Actual (solid, square marks)
            </li>
          </ul>
        )}
        <button type="button" className="button small" aria-controls={`${id}-view`} onClick={() => setAsTable((shown) => !shown)}>
          {asTable ? 'Show as chart' : 'Show as table'}
        </button>
      </div>
      <div id={`${id}-view`}>
        {asTable ? (
          <table className="practice-table">
            <caption>How bad you expected each practice to be, and how bad it was (0 to 10)</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Practice</th>
                <th scope="col">Expected</th>
                <th scope="col">Actual</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td>{formatDay(row.date)}</td>
                  <th scope="row">{row.attempt}</th>
                  <td>{row.expected}</td>
                  <td>{row.actual}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <div className="chart-canvas" ref={holder} role="img" aria-label={CHART_LABEL} />
        )}
      </div>
    </div>
  );
}
