import { leanWords, percent, type View } from './chartData';
import { dayName } from './zoom';

const BUCKET_NAMES = { day: 'Day', week: 'Week', month: 'Month' } as const;

/** The chart's numbers in words: each bucket's shares and average, then every entry with its reading. */
export function TimelineTable({ view, caption, onOpen }: { view: View; caption: string; onOpen: (id: string) => void }) {
  const buckets = view.buckets.filter((bucket) => bucket.entries > 0);
  return (
    <div className="timeline-table">
      <div className="table-scroll">
        <table>
          <caption>{caption}: sentences by reading</caption>
          <thead>
            <tr>
              <th scope="col">{BUCKET_NAMES[view.resolution]}</th>
              <th scope="col">Entries</th>
              <th scope="col">Who I am</th>
              <th scope="col">What I did</th>
              <th scope="col">Someone else</th>
              <th scope="col">No verdict</th>
              <th scope="col">Average</th>
            </tr>
          </thead>
          <tbody>
            {buckets.map((bucket) => (
              <tr key={bucket.key}>
                <th scope="row">{bucket.start === bucket.end ? dayName(bucket.start) : `${dayName(bucket.start)} to ${dayName(bucket.end)}`}</th>
                <td>{bucket.entries}</td>
                <td>{percent(bucket.shares?.shame)}</td>
                <td>{percent(bucket.shares?.accountability)}</td>
                <td>{percent(bucket.shares?.blame)}</td>
                <td>{percent(bucket.shares?.neutral)}</td>
                <td>{bucket.meanLean === null ? '—' : bucket.meanLean.toFixed(2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {buckets.length === 0 ? <p className="quiet-note">Nothing written in this span.</p> : null}
      <div className="table-scroll">
        <table>
          <caption>{caption}: each entry</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Entry</th>
              <th scope="col">Reading</th>
              <th scope="col">Lean</th>
            </tr>
          </thead>
          <tbody>
            {view.points.map((point) => (
              <tr key={point.id}>
                <td>{dayName(point.date)}</td>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => onOpen(point.id)}>
                    {point.title || 'Untitled'}
                  </button>
                </th>
                <td>{leanWords(point.lean, point.label)}</td>
                <td>{point.lean === null ? '—' : point.lean.toFixed(2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
