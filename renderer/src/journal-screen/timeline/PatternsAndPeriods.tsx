import { useEffect, useState } from 'react';
import type { ApiResponse } from '../../../../shared/api/contract';
import { bounce } from '../../api';
import { percent } from './chartData';
import { dayName } from './zoom';

type Patterns = ApiResponse<'timeline.patterns'>['patterns'];
type Summary = ApiResponse<'timeline.summary'>;

/** The pattern whose records are open: kept while the app runs, so coming back from one of them finds the list still open. */
let shownPattern: string | null = null;

type Source = Patterns[number]['sources'][number];

function recordsWord(sources: readonly Source[]): string {
  const kinds = new Set(sources.map((source) => source.kind));
  const only = kinds.size === 1 ? [...kinds][0] : null;
  const n = sources.length;
  if (only === 'entry') return n === 1 ? 'The entry' : `The ${n} entries`;
  if (only === 'practice') return n === 1 ? 'The practice' : `The ${n} practices`;
  return n === 1 ? 'The record' : `The ${n} records`;
}

/** Patterns in the writing on screen, each with the records it is drawn from, listed by day and title and each one opening. */
export function PatternList({ from, to, onOpenEntry, onOpenPractice }: { from: string; to: string; onOpenEntry: (id: string) => void; onOpenPractice: (id: string) => void }) {
  const [patterns, setPatterns] = useState<Patterns | null>(null);
  const [shown, setShownState] = useState<string | null>(shownPattern);
  const setShown = (id: string | null) => {
    shownPattern = id;
    setShownState(id);
  };
  useEffect(() => {
    bounce()
      .timeline.patterns({ from, to })
      .then((value) => setPatterns(value.patterns), () => setPatterns([]));
  }, [from, to]);
  return (
    <section className="patterns" aria-labelledby="patterns-heading">
      <h2 id="patterns-heading">Patterns in your writing</h2>
      {patterns && patterns.length === 0 ? <p className="quiet-note">Not enough writing in this span for a pattern yet. Each pattern says how much it needs.</p> : null}
      <ul>
        {patterns?.map((pattern) => (
          <li key={pattern.id}>
            <p>{pattern.text}</p>
            <p className="quiet-note">Needs: {pattern.minimum}</p>
            <button type="button" className="button small" aria-expanded={shown === pattern.id} onClick={() => setShown(shown === pattern.id ? null : pattern.id)}>
              {recordsWord(pattern.sources)} it is drawn from
            </button>
            {shown === pattern.id ? (
              <ul className="pattern-sources" aria-label={`Drawn from, for: ${pattern.text}`}>
                {pattern.sources.map((source) => (
                  <li key={source.id}>
                    <span className="quiet-note">{dayName(source.date)}</span>{' '}
                    <button type="button" className="link-button" onClick={() => (source.kind === 'practice' ? onOpenPractice(source.id) : onOpenEntry(source.id))}>
                      {source.title || 'Untitled'}
                    </button>
                    {source.kind === 'practice' ? <span className="quiet-note"> (a practice)</span> : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function lean(value: number | null): string {
  return value === null ? '—' : value.toFixed(2);
}

export function PeriodSummaryTable({ summary, caption }: { summary: Summary; caption: string }) {
  const rows = [
    ['Before', summary.before],
    ['During', summary.during],
    ['After', summary.after],
  ] as const;
  return (
    <div className="table-scroll">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Span</th>
            <th scope="col">Entries</th>
            <th scope="col">Reflections</th>
            <th scope="col">Average lean</th>
            <th scope="col">Who I am</th>
            <th scope="col">What I did</th>
            <th scope="col">Someone else</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, span]) => (
            <tr key={name}>
              <th scope="row">
                {name} ({dayName(span.from)} to {dayName(span.to)})
              </th>
              <td>{span.entries}</td>
              <td>{span.reflections}</td>
              <td>{lean(span.meanLean)}</td>
              <td>{percent(span.shares?.shame)}</td>
              <td>{percent(span.shares?.accountability)}</td>
              <td>{percent(span.shares?.blame)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        Wins recorded: {summary.wins.total}. Small steps finished: {summary.finishedSteps}. Practices done: {summary.practices.completed} of {summary.practices.planned}
        {summary.practices.meanGap === null ? '' : `, on average ${summary.practices.meanGap.toFixed(1)} points kinder than expected`}.
      </p>
    </div>
  );
}

/** Stretches of time the person named, each summed up beside the same length before and after. */
export type NamedPeriods = ApiResponse<'timeline.periods'>['periods'];
