import { useId, useMemo, useState } from 'react';
import { WIN_KINDS } from '../../../../shared/domain/win';
import { chartPlan, type YearCounts } from './chartPlan';
import { KindSwatch } from './KindSwatch';
import { WinsChart } from './WinsChart';
import { WinsTable } from './WinsTable';

/** Whether the table is shown instead of the chart; kept while the app runs, never stored. */
let tableShown = false;

const CAPTION = 'Wins of each kind, year by year';

/**
 * What kinds of wins each year held: a chart, with a legend that names the kinds
 * in the order their bars stand, and the same numbers as a table on request.
 */
export function WinsChartPanel({ years }: { years: YearCounts[] }) {
  const id = useId();
  const plan = useMemo(() => chartPlan(years), [years]);
  const [asTable, setAsTable] = useState(tableShown);
  if (plan.years.length === 0) return null;

  function toggle() {
    tableShown = !asTable;
    setAsTable(tableShown);
  }

  return (
    <section className="wins-chart-panel" aria-labelledby={`${id}-heading`}>
      <div className="panel-head">
        <h2 id={`${id}-heading`}>Year by year</h2>
        <button type="button" className="button small" aria-pressed={asTable} onClick={toggle}>
          Show as table
        </button>
      </div>
      {asTable ? (
        <WinsTable plan={plan} caption={CAPTION} />
      ) : (
        <>
          <WinsChart plan={plan} label={`${CAPTION}, as a bar chart. Choose Show as table to read the numbers.`} />
          <p className="quiet-note legend-note" id={`${id}-legend`}>
            In each year the bars stand left to right in this order:
          </p>
          <ol className="kind-legend" aria-labelledby={`${id}-legend`}>
            {plan.kinds.map((kind) => (
              <li key={kind}>
                <KindSwatch kind={kind} />
                <span>{WIN_KINDS[kind]}</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
