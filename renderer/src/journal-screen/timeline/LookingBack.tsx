import { useEffect, useState } from 'react';
import type { ApiResponse } from '../../../../shared/api/contract';
import { addDays, daysInMonth, dayNumber, weekdayOf } from '../../../../shared/timeline/days';
import { bounce, messageOf } from '../../api';
import { dayName, monthName } from './zoom';

type DayRecords = ApiResponse<'timeline.day'>;

function DayList({ records, onOpenEntry, onOpenWin, onLeaveOut }: { records: DayRecords; onOpenEntry: (id: string) => void; onOpenWin: (id: string) => void; onLeaveOut?: (id: string) => void }) {
  return (
    <ul className="day-records">
      {records.entries.map((entry) => (
        <li key={entry.id}>
          <button type="button" className="link-button" onClick={() => onOpenEntry(entry.id)}>
            {entry.title || 'Untitled'}
          </button>
          <span className="quiet-note"> {entry.kind === 'reflection' ? 'Reflection' : 'Entry'}</span>
          {onLeaveOut ? (
            <button type="button" className="button small quiet" onClick={() => onLeaveOut(entry.id)} aria-label={`Leave out of On this day: ${entry.title || 'Untitled'}`}>
              Leave out of On this day
            </button>
          ) : null}
        </li>
      ))}
      {records.wins.map((win) => (
        <li key={win.id}>
          <button type="button" className="link-button" onClick={() => onOpenWin(win.id)}>
            {win.title}
          </button>
          <span className="quiet-note"> Win</span>
        </li>
      ))}
    </ul>
  );
}

/** On this day: the same day in earlier years, for any day picked; entries left out never come back here. */
export function OnThisDay({ today, onOpenEntry, onOpenWin }: { today: string; onOpenEntry: (id: string) => void; onOpenWin: (id: string) => void }) {
  const [date, setDate] = useState(today);
  const [answer, setAnswer] = useState<ApiResponse<'timeline.onThisDay'> | null>(null);
  const [problem, setProblem] = useState('');
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (!/^\d{4}-\d{2}-\d{2}$/u.test(date)) return;
    bounce()
      .timeline.onThisDay({ date })
      .then((value) => {
        setAnswer(value);
        setProblem('');
      }, (failure) => setProblem(messageOf(failure)));
  }, [date, version]);

  async function leaveOut(id: string) {
    try {
      await bounce().timeline.leaveOut({ id, leftOut: true });
      setVersion((v) => v + 1);
    } catch (failure) {
      setProblem(messageOf(failure));
    }
  }

  return (
    <section className="on-this-day" aria-labelledby="on-this-day-heading">
      <h2 id="on-this-day-heading">On this day</h2>
      <label className="inline-field">
        Day
        <input type="date" value={date} onChange={(event) => setDate(event.target.value)} />
      </label>
      {problem ? <p role="alert">{problem}</p> : null}
      {answer && answer.years.length === 0 ? <p className="quiet-note">Nothing from this day in earlier years.</p> : null}
      {answer?.years.map((year) => (
        <div key={year.date} className="on-this-day-year">
          <h3>{dayName(year.date)}</h3>
          <DayList records={year} onOpenEntry={onOpenEntry} onOpenWin={onOpenWin} onLeaveOut={(id) => void leaveOut(id)} />
        </div>
      ))}
    </section>
  );
}

const WEEKDAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** A month with a quiet mark on days that hold an entry or a win: no counts, nothing to keep up. */
export function CalendarMonth({ month, onMonth, onOpenEntry, onOpenWin }: { month: string; onMonth: (month: string) => void; onOpenEntry: (id: string) => void; onOpenWin: (id: string) => void }) {
  const [days, setDays] = useState<ApiResponse<'timeline.calendar'>['days']>([]);
  const [opened, setOpened] = useState<DayRecords | null>(null);
  useEffect(() => {
    setOpened(null);
    bounce()
      .timeline.calendar({ month })
      .then((value) => setDays(value.days), () => setDays([]));
  }, [month]);
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const first = `${month}-01`;
  const lead = weekdayOf(dayNumber(first));
  const marks = new Map(days.map((day) => [day.date, day]));
  const cells: (string | null)[] = [...Array.from({ length: lead }, () => null), ...Array.from({ length: daysInMonth(year, m) }, (_, i) => addDays(first, i))];
  const step = (by: number) => {
    const index = year * 12 + (m - 1) + by;
    onMonth(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);
  };
  async function openDay(date: string) {
    setOpened(await bounce().timeline.day({ date }));
  }
  return (
    <section className="calendar" aria-labelledby="calendar-heading">
      <div className="panel-head">
        <h2 id="calendar-heading">{monthName(first)}</h2>
        <button type="button" className="button small" onClick={() => step(-1)}>
          Previous month
        </button>
        <button type="button" className="button small" onClick={() => step(1)}>
          Next month
        </button>
      </div>
      <div className="calendar-grid" role="grid" aria-labelledby="calendar-heading">
        <div role="row" className="calendar-row">
          {WEEKDAY_NAMES.map((name) => (
            <span role="columnheader" key={name}>
              {name}
            </span>
          ))}
        </div>
        {Array.from({ length: Math.ceil(cells.length / 7) }, (_, row) => (
          <div role="row" className="calendar-row" key={row}>
            {cells.slice(row * 7, row * 7 + 7).map((date, i) => {
              if (!date) return <span role="gridcell" key={`blank-${i}`} />;
              const mark = marks.get(date);
              const what = mark ? [mark.entries ? 'entries' : '', mark.wins ? 'wins' : ''].filter(Boolean).join(' and ') : '';
              return (
                <span role="gridcell" key={date}>
                  {mark ? (
                    <button type="button" className={`calendar-day marked${mark.wins ? ' has-win' : ''}`} aria-label={`${dayName(date)}, ${what}`} onClick={() => void openDay(date)}>
                      {Number(date.slice(8, 10))}
                    </button>
                  ) : (
                    <span className="calendar-day">{Number(date.slice(8, 10))}</span>
                  )}
                </span>
              );
            })}
          </div>
        ))}
      </div>
      {opened ? (
        <div className="calendar-opened" aria-live="polite">
          <h3>{dayName(opened.date)}</h3>
          <DayList records={opened} onOpenEntry={onOpenEntry} onOpenWin={onOpenWin} />
        </div>
      ) : null}
    </section>
  );
}
