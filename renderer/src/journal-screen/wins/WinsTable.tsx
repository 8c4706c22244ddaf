import { WIN_KINDS } from '../../../../shared/domain/win';
import type { ChartPlan } from './chartPlan';

/** The chart's numbers as a table: a year a row, a kind a column, and each year's total. */
export function WinsTable({ plan, caption }: { plan: ChartPlan; caption: string }) {
  return (
    <div className="table-scroll">
      <table className="wins-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            {plan.kinds.map((kind) => (
              <th scope="col" key={kind}>
                {WIN_KINDS[kind]}
              </th>
            ))}
            <th scope="col">All kinds</th>
          </tr>
        </thead>
        <tbody>
          {plan.years.map((year, y) => (
            <tr key={year}>
              <th scope="row">{year}</th>
              {plan.kinds.map((kind, k) => (
                <td key={kind}>{(plan.counts[k]?.[y] ?? 0).toLocaleString()}</td>
              ))}
              <td>{plan.counts.reduce((sum, row) => sum + (row[y] ?? 0), 0).toLocaleString()}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
