import { useState } from 'react';
import { HOLDING_CHOICES, ROOT_CAUSES } from '../../../../shared/domain/reflection';
import { WIN_KINDS } from '../../../../shared/domain/win';
import { dayNumber } from '../../../../shared/timeline/days';
import type { View } from './chartData';
import type { NamedPeriods } from './PatternsAndPeriods';
import { dayName } from './zoom';

type LaneId = keyof View['lanes'];

const LANE_NAMES: Record<LaneId, string> = {
  wins: 'Wins',
  steps: 'Finished small steps',
  practices: 'Practices',
  rootCauses: 'Root causes',
  holding: 'How I held it',
  words: 'Where I was',
};

interface Mark {
  key: string;
  date: string;
  text: string;
  tone: string;
  open: (() => void) | null;
}

/** Lanes hidden by the person; kept while the app runs. */
const hidden = new Set<LaneId>();

function marksOf(view: View, lane: LaneId, go: { entry: (id: string) => void; win: (id: string) => void; practice: (id: string) => void }): Mark[] {
  const l = view.lanes;
  switch (lane) {
    case 'wins':
      return l.wins.map((w) => ({ key: w.id, date: w.date, text: `Win, ${WIN_KINDS[w.kind]}: ${w.title}`, tone: `kind-${w.kind}`, open: () => go.win(w.id) }));
    case 'steps':
      return l.steps.map((s) => ({ key: `${s.id}-${s.date}`, date: s.date, text: `Small step done: ${s.text}`, tone: 'step', open: s.from === 'reflection' ? () => go.entry(s.id) : null }));
    case 'practices':
      return l.practices.map((p) => ({ key: p.id, date: p.date, text: `Practice: ${p.attempt}. Expected ${p.expected} of 10${p.actual === null ? ', not done yet' : `, it was ${p.actual}`}`, tone: p.actual === null ? 'planned' : p.actual < p.expected ? 'kinder' : 'harder', open: () => go.practice(p.id) }));
    case 'rootCauses':
      return l.rootCauses.map((r) => ({ key: r.entryId, date: r.date, text: `Root cause: ${ROOT_CAUSES[r.kind]}`, tone: `cause-${r.kind}`, open: () => go.entry(r.entryId) }));
    case 'holding':
      return l.holding.map((h) => ({ key: h.entryId, date: h.date, text: `Held as: ${HOLDING_CHOICES[h.holding]}`, tone: `holding-${h.holding}`, open: () => go.entry(h.entryId) }));
    case 'words':
      return l.words.map((w) => ({ key: w.entryId, date: w.date, text: `Where I was: ${w.words.join(', ')}`, tone: 'words', open: () => go.entry(w.entryId) }));
  }
}

/** Wins, steps, practices and what reflections named, on the chart's own time axis, each lane one that can be hidden. */
export function Lanes({ view, go }: { view: View; go: { entry: (id: string) => void; win: (id: string) => void; practice: (id: string) => void } }) {
  const [, setVersion] = useState(0);
  const start = dayNumber(view.from);
  const days = dayNumber(view.to) - start + 1;
  const toggle = (lane: LaneId) => {
    if (hidden.has(lane)) hidden.delete(lane);
    else hidden.add(lane);
    setVersion((v) => v + 1);
  };
  const lanes = Object.keys(LANE_NAMES) as LaneId[];
  return (
    <section className="timeline-lanes" aria-label="Lanes">
      <fieldset className="lane-toggles">
        <legend>Lanes to show</legend>
        {lanes.map((lane) => (
          <label key={lane}>
            <input type="checkbox" checked={!hidden.has(lane)} onChange={() => toggle(lane)} />
            {LANE_NAMES[lane]}
          </label>
        ))}
      </fieldset>
      {lanes
        .filter((lane) => !hidden.has(lane))
        .map((lane) => {
          const marks = marksOf(view, lane, go);
          return (
            <div className="lane" key={lane}>
              <h3 className="lane-name" id={`lane-${lane}`}>
                {LANE_NAMES[lane]} <span className="quiet-note">({marks.length === 0 ? 'none in this span' : marks.length})</span>
              </h3>
              <ul className="lane-track" aria-labelledby={`lane-${lane}`}>
                {marks.map((mark) => {
                  const left = `${(((dayNumber(mark.date) - start + 0.5) / days) * 100).toFixed(3)}%`;
                  const name = `${mark.text}, ${dayName(mark.date)}`;
                  return (
                    <li key={mark.key} className={`lane-mark ${mark.tone}`} style={{ left }}>
                      {mark.open ? <button type="button" aria-label={name} title={name} onClick={mark.open} /> : <span role="img" aria-label={name} title={name} />}
                    </li>
                  );
                })}
              </ul>
            </div>
          );
        })}
    </section>
  );
}

/** The periods the person named, as labelled spans on the same time axis, cut to what is on screen. */
export function PeriodSpans({ view, periods }: { view: View; periods: NamedPeriods }) {
  const start = dayNumber(view.from);
  const end = dayNumber(view.to);
  const days = end - start + 1;
  const shown = periods.filter(({ period }) => dayNumber(period.to) >= start && dayNumber(period.from) <= end);
  if (shown.length === 0) return null;
  return (
    <ul className="period-spans" aria-label="Periods you named, on this span">
      {shown.map(({ period }) => {
        const from = Math.max(start, dayNumber(period.from));
        const to = Math.min(end, dayNumber(period.to));
        return (
          <li key={period.id} style={{ left: `${(((from - start) / days) * 100).toFixed(3)}%`, width: `${(((to - from + 1) / days) * 100).toFixed(3)}%` }}>
            {period.name}
            <span className="visually-hidden">
              , {dayName(period.from)} to {dayName(period.to)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
