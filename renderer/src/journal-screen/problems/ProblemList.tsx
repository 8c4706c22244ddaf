import { formatMoment } from '../settings/backup/numbersAndDates';
import type { ProblemLine } from './problemWords';

/** One line per problem; with `detailed`, when it was found and the service's own words for whoever helps. */
export function ProblemList({ lines, detailed = false }: { lines: ProblemLine[]; detailed?: boolean }) {
  return (
    <ul className="plain-list problem-list">
      {lines.map((line) => (
        <li key={line.id}>
          {line.text}
          {detailed && line.foundAt ? <span className="quiet-note"> Noticed on {formatMoment(line.foundAt)}.</span> : null}
          {detailed ? (
            <details className="problem-details">
              <summary>Details for someone helping you</summary>
              <p>{line.reason}</p>
            </details>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
