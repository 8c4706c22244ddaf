import type { ReactNode } from 'react';
import type { ApiResponse } from '../../../../shared/api/contract';
import { WIN_KINDS, type WinKind } from '../../../../shared/domain/win';
import { rootCausePhrase } from '../../../../shared/timeline/pattern-words';
import { percent, type View } from '../timeline/chartData';
import { dayName, monthName } from '../timeline/zoom';

export type Review = ApiResponse<'timeline.review'>;
type Framing = Review['summary']['during'];

function plural(count: number, one: string, many: string): string {
  return count === 0 ? `no ${many}` : count === 1 ? `one ${one}` : `${count} ${many}`;
}

function spanWords(from: string, to: string): string {
  return from === to ? dayName(from) : `${dayName(from)} to ${dayName(to)}`;
}

/** A span's sentences by reading, as a row of the comparison table. */
function FramingRow({ name, framing }: { name: string; framing: Framing }) {
  return (
    <tr>
      <th scope="row">{name}</th>
      <td>{framing.entries}</td>
      <td>{framing.reflections}</td>
      <td>{percent(framing.shares?.shame)}</td>
      <td>{percent(framing.shares?.accountability)}</td>
      <td>{percent(framing.shares?.blame)}</td>
    </tr>
  );
}

/** The chart's numbers, month by month: the table view of the year's chart. */
export function MonthTable({ view }: { view: View }) {
  const months = view.buckets.filter((bucket) => bucket.entries > 0);
  if (months.length === 0) return <p className="quiet-note">Nothing written in this year.</p>;
  return (
    <table className="review-table">
      <caption>Sentences by reading, month by month</caption>
      <thead>
        <tr>
          <th scope="col">Month</th>
          <th scope="col">Entries</th>
          <th scope="col">Who I am</th>
          <th scope="col">What I did</th>
          <th scope="col">Someone else</th>
        </tr>
      </thead>
      <tbody>
        {months.map((month) => (
          <tr key={month.key}>
            <th scope="row">{monthName(month.start)}</th>
            <td>{month.entries}</td>
            <td>{percent(month.shares?.shame)}</td>
            <td>{percent(month.shares?.accountability)}</td>
            <td>{percent(month.shares?.blame)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The year beside the year before and after: entries, reflections, sentences by reading. */
export function YearBeside({ review }: { review: Review }) {
  const { during, before, after } = review.summary;
  return (
    <section aria-labelledby="review-beside">
      <h2 id="review-beside">The year beside the years around it</h2>
      <table className="review-table">
        <caption className="visually-hidden">Entries, reflections and sentences by reading, {review.year - 1} to {review.year + 1}</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col">Entries</th>
            <th scope="col">Reflections</th>
            <th scope="col">Who I am</th>
            <th scope="col">What I did</th>
            <th scope="col">Someone else</th>
          </tr>
        </thead>
        <tbody>
          <FramingRow name={String(review.year - 1)} framing={before} />
          <FramingRow name={String(review.year)} framing={during} />
          <FramingRow name={String(review.year + 1)} framing={after} />
        </tbody>
      </table>
    </section>
  );
}

/** A section of the review: its heading, then its items as a list, or a quiet line when there are none. */
function ListSection<T>({ id, heading, items, empty, keyOf, children }: { id: string; heading: string; items: readonly T[]; empty: string; keyOf: (item: T) => string; children: (item: T) => ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {items.length === 0 ? (
        <p className="quiet-note">{empty}</p>
      ) : (
        <ul className="review-list">
          {items.map((item) => (
            <li key={keyOf(item)}>{children(item)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function NamedPeriods({ review }: { review: Review }) {
  return (
    <ListSection
      id="review-periods"
      heading="Periods you named"
      items={review.periods}
      empty="You didn't name a period that touches this year. On the timeline, select a stretch of time to name it."
      keyOf={({ period }) => period.id}
    >
      {({ period, summary }) => (
        <>
          <strong>{period.name}</strong>, {spanWords(period.from, period.to)}: {plural(summary.during.entries, 'entry', 'entries')}
          {summary.during.shares ? `, ${percent(summary.during.shares.shame)} of sentences read as who I am and ${percent(summary.during.shares.accountability)} as what I did` : ''}.
        </>
      )}
    </ListSection>
  );
}

export function Patterns({ review }: { review: Review }) {
  return (
    <ListSection
      id="review-patterns"
      heading="Patterns in your writing"
      items={review.patterns}
      empty="There isn't enough writing in this year to say anything about patterns without guessing."
      keyOf={(pattern) => pattern.id}
    >
      {(pattern) => pattern.text}
    </ListSection>
  );
}

export function WinsByKind({ review }: { review: Review }) {
  const { total, byKind } = review.summary.wins;
  const kinds = (Object.keys(WIN_KINDS) as WinKind[]).filter((kind) => (byKind[kind] ?? 0) > 0);
  return (
    <section aria-labelledby="review-wins">
      <h2 id="review-wins">Wins you recorded</h2>
      {total === 0 ? (
        <p className="quiet-note">No wins recorded in this year.</p>
      ) : (
        <table className="review-table">
          <caption className="visually-hidden">Wins by kind, {review.year}</caption>
          <tbody>
            {kinds.map((kind) => (
              <tr key={kind}>
                <th scope="row">{WIN_KINDS[kind]}</th>
                <td>{byKind[kind]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        {plural(review.summary.finishedSteps, 'small step', 'small steps')} finished; {plural(review.summary.practices.completed, 'practice', 'practices')} tried
        {review.summary.practices.planned > review.summary.practices.completed ? ` of ${review.summary.practices.planned} planned` : ''}.
      </p>
    </section>
  );
}

export function RootCauses({ review }: { review: Review }) {
  return (
    <ListSection
      id="review-causes"
      heading="What your reflections traced failures to"
      items={review.summary.rootCauses}
      empty="No reflection in this year named a root cause."
      keyOf={(cause) => `${cause.kind}:${cause.tactic ?? ''}`}
    >
      {(cause) => `${rootCausePhrase(cause.kind, cause.tactic)}: ${plural(cause.count, 'reflection', 'reflections')}`}
    </ListSection>
  );
}

export function MovedSentences({ review }: { review: Review }) {
  return (
    <section aria-labelledby="review-moved">
      <h2 id="review-moved">In your own words</h2>
      {review.moved.length === 0 ? (
        <p className="quiet-note">This year has no sentence about who you are followed later by one about what you did.</p>
      ) : (
        <>
          <p>Sentences you wrote that read as who you are, and later ones that read as what you did.</p>
          <ul className="review-moved">
            {review.moved.map((move) => (
              <li key={`${move.before.entryId}:${move.after.entryId}`}>
                {move.tag ? <p className="review-tag">Tagged {move.tag}</p> : null}
                <p>
                  In {monthName(move.before.date)} you wrote: <q>{move.before.sentence}</q>
                </p>
                <p>
                  In {monthName(move.after.date)}: <q>{move.after.sentence}</q>
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
