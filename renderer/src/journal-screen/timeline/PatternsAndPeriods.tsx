import { useEffect, useState, type FormEvent } from 'react';
import type { ApiResponse } from '../../../../shared/api/contract';
import { bounce, messageOf } from '../../api';
import { percent } from './chartData';
import { dayName } from './zoom';

type Patterns = ApiResponse<'timeline.patterns'>['patterns'];
type Summary = ApiResponse<'timeline.summary'>;

/** Patterns in the writing on screen, each with the records it is drawn from. */
export function PatternList({ from, to, onOpenEntry, onOpenPractice }: { from: string; to: string; onOpenEntry: (id: string) => void; onOpenPractice: (id: string) => void }) {
  const [patterns, setPatterns] = useState<Patterns | null>(null);
  const [shown, setShown] = useState<string | null>(null);
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
              The {pattern.sources.length} records it is drawn from
            </button>
            {shown === pattern.id ? (
              <ul className="pattern-sources" aria-label={`Records behind: ${pattern.text}`}>
                {pattern.sources.map((source) => (
                  <li key={source.id}>
                    <button type="button" className="link-button" onClick={() => (source.kind === 'practice' ? onOpenPractice(source.id) : onOpenEntry(source.id))}>
                      {source.kind === 'practice' ? 'A practice' : 'An entry'} ({source.id.slice(0, 8)})
                    </button>
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

export function Periods({ from, to, periods, onChanged }: { from: string; to: string; periods: NamedPeriods; onChanged: () => Promise<void> }) {
  const [name, setName] = useState('');
  const [span, setSpan] = useState({ from, to });
  const [problem, setProblem] = useState('');
  useEffect(() => setSpan({ from, to }), [from, to]);

  async function save(event: FormEvent) {
    event.preventDefault();
    try {
      await bounce().timeline.savePeriod({ name, from: span.from, to: span.to });
      setName('');
      setProblem('');
      await onChanged();
    } catch (failure) {
      setProblem(messageOf(failure));
    }
  }

  async function remove(id: string) {
    try {
      await bounce().timeline.deletePeriod({ id });
      await onChanged();
    } catch (failure) {
      setProblem(messageOf(failure));
    }
  }

  return (
    <section className="periods" aria-labelledby="periods-heading">
      <h2 id="periods-heading">Periods you named</h2>
      <form className="period-form" onSubmit={(event) => void save(event)}>
        <label>
          Name this stretch of time
          <input value={name} onChange={(event) => setName(event.target.value)} maxLength={120} />
        </label>
        <label>
          From
          <input type="date" value={span.from} onChange={(event) => setSpan({ ...span, from: event.target.value })} />
        </label>
        <label>
          To
          <input type="date" value={span.to} onChange={(event) => setSpan({ ...span, to: event.target.value })} />
        </label>
        <button type="submit" className="button">
          Name this period
        </button>
      </form>
      {problem ? <p role="alert">{problem}</p> : null}
      {periods.map(({ period, summary }) => (
        <article key={period.id} className="period" aria-label={period.name}>
          <h3>{period.name}</h3>
          <PeriodSummaryTable summary={summary} caption={`${period.name}, beside the same length of time before and after`} />
          <button type="button" className="button small quiet" onClick={() => void remove(period.id)}>
            Delete this period
          </button>
        </article>
      ))}
    </section>
  );
}
