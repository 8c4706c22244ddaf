import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { bounce, messageOf } from '../../api';
import { todayIso } from '../../lib/dates';
import { useMain } from '../MainContext';
import type { View } from './chartData';
import { dateOfDay } from '../../../../shared/timeline/days';
import { FramingChart, type ChartMoves } from './FramingChart';
import { Lanes, PeriodSpans } from './Lanes';
import { CalendarMonth, OnThisDay } from './LookingBack';
import { PatternList, type NamedPeriods } from './PatternsAndPeriods';
import { Periods } from './Periods';
import { TimelineTable } from './TimelineTable';
import { YearlyReviewButton } from '../review/YearlyReviewButton';
import { forgetReturnPoint, keepPlace, lastPlace, noteOpenedFromTimeline, notePointOpened, returnPointNow } from './timelinePlace';
import { draggedTo, panned, spanName, spanOf, ZOOM_NAMES, zoomed, ZOOMS, type Place } from './zoom';
import '../../styles/timeline.css';

/** The table instead of the chart, and the calendar's month: kept while the app runs, never stored. */
let tableShown = false;
let lastMonth: string | null = null;

export function TimelineView({ headingRef }: { headingRef: RefObject<HTMLHeadingElement | null> }) {
  const main = useMain();
  const today = todayIso();
  const [place, setPlaceState] = useState<Place>(lastPlace() ?? { zoom: 'all', centre: today });
  const [extent, setExtent] = useState<{ from: string; to: string } | null | undefined>(undefined);
  const [view, setView] = useState<View | null>(null);
  const [problem, setProblem] = useState('');
  const [asTable, setAsTable] = useState(tableShown);
  const [month, setMonthState] = useState(lastMonth ?? today.slice(0, 7));
  const [periods, setPeriods] = useState<NamedPeriods>([]);
  const wheelAt = useRef(0);
  /** A stretch marked on the chart with Shift and a drag, offered to the period form. */
  const [marked, setMarked] = useState<{ from: string; to: string } | null>(null);
  const returnTo = useRef(returnPointNow());
  const mainArea = useRef<HTMLElement>(null);

  const setPlace = (next: Place | null) => {
    if (!next) return;
    keepPlace(next);
    setPlaceState(next);
  };
  const setMonth = (next: string) => {
    lastMonth = next;
    setMonthState(next);
  };

  const loadPeriods = () =>
    bounce()
      .timeline.periods({})
      .then((value) => setPeriods(value.periods), (failure) => setProblem(messageOf(failure)));

  useEffect(() => {
    void loadPeriods();
  }, []);

  useEffect(() => {
    noteOpenedFromTimeline(null);
    forgetReturnPoint();
    bounce()
      .timeline.extent({})
      .then((value) => setExtent(value.extent), (failure) => setProblem(messageOf(failure)));
  }, []);

  const span = spanOf(place, extent ?? null);
  useEffect(() => {
    if (extent === undefined) return;
    let current = true;
    bounce()
      .timeline.view(span)
      .then((value) => current && setView(value), (failure) => current && setProblem(messageOf(failure)));
    return () => {
      current = false;
    };
  }, [span.from, span.to, span.resolution, extent]);

  const name = spanName(place, span);
  const onKey = (event: KeyboardEvent) => {
    const actions: Record<string, () => void> = {
      '+': () => setPlace(zoomed(place, 'in')),
      '=': () => setPlace(zoomed(place, 'in')),
      '-': () => setPlace(zoomed(place, 'out')),
      ArrowLeft: () => setPlace(panned(place, -1)),
      ArrowRight: () => setPlace(panned(place, 1)),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };
  // Over the chart the wheel zooms instead of scrolling the page (a listener React would make passive could not stop the scroll).
  const chartArea = useRef<HTMLDivElement>(null);
  const placeNow = useRef(place);
  placeNow.current = place;
  useEffect(() => {
    const area = chartArea.current;
    if (!area) return;
    const onWheel = (event: globalThis.WheelEvent) => {
      event.preventDefault();
      // One step per turn: a trackpad or a wheel sends a stream of small events.
      if (Math.abs(event.deltaY) < 1 || event.timeStamp - wheelAt.current < 250) return;
      wheelAt.current = event.timeStamp;
      setPlace(zoomed(placeNow.current, event.deltaY < 0 ? 'in' : 'out'));
    };
    area.addEventListener('wheel', onWheel, { passive: false });
    return () => area.removeEventListener('wheel', onWheel);
  });
  const openEntry = (id: string) => {
    keepPlace(place);
    noteOpenedFromTimeline(id);
    main.openEntry(id);
  };
  const openPoint = (id: string) => {
    notePointOpened(id);
    openEntry(id);
  };
  // The lanes and period spans follow a drag of the chart by the same fraction of its width.
  const panning = (fraction: number | null) => {
    const area = mainArea.current;
    if (!area) return;
    area.classList.toggle('is-panning', fraction !== null);
    area.style.setProperty('--pan', String(fraction ?? 0));
  };
  useEffect(() => {
    panning(null);
    // The way back stands on its entry once, when the chart first appears.
    if (view) returnTo.current = null;
  }, [view]);
  const moves: ChartMoves = {
    canPan: place.zoom !== 'all',
    panning,
    panBy: (days) => {
      const next = draggedTo(place, span, days);
      if (spanOf(next, extent ?? null).from === span.from) return false;
      setPlace(next);
      return true;
    },
    select: (from, to) => setMarked({ from: dateOfDay(from), to: dateOfDay(to) }),
  };
  const go = { entry: openEntry, win: (id: string) => main.openWin(id), practice: (id: string) => main.openPractice(id) };

  return (
    <div className="timeline-view">
      <h1 ref={headingRef} tabIndex={-1}>
        Timeline
      </h1>
      <p className="quiet-note">How your writing has framed what went wrong, over time: each entry on the line between “who I am” and “what I did”, with “someone else” as a reading of its own.</p>
      {problem ? <p role="alert">{problem}</p> : null}
      <YearlyReviewButton extent={extent ?? null} />
      <div className="timeline-toolbar" role="toolbar" aria-label="Zoom and move">
        {ZOOMS.map((zoom) => (
          <button key={zoom} type="button" className="button small" aria-pressed={place.zoom === zoom} onClick={() => setPlace({ ...place, zoom })}>
            {ZOOM_NAMES[zoom]}
          </button>
        ))}
        <button type="button" className="button small" disabled={place.zoom === 'all'} onClick={() => setPlace(panned(place, -1))}>
          Earlier
        </button>
        <button type="button" className="button small" disabled={place.zoom === 'all'} onClick={() => setPlace(panned(place, 1))}>
          Later
        </button>
        <button
          type="button"
          className="button small"
          aria-pressed={asTable}
          onClick={() => {
            tableShown = !asTable;
            setAsTable(tableShown);
          }}
        >
          Show as table
        </button>
      </div>
      <section ref={mainArea} className="timeline-main" aria-labelledby="timeline-span" tabIndex={0} onKeyDown={onKey} data-testid="timeline-main">
        <h2 id="timeline-span">{name}</h2>
        <p className="quiet-note">
          Keys here: + and − zoom, left and right arrows move to the span before or after; on the chart’s entries the arrows go from entry to entry and Enter opens one. With the mouse: the wheel zooms, dragging the chart (zoomed in from all years) moves it earlier or later, and Shift with a drag marks a stretch of time to name as a period.
        </p>
        {extent === null ? <p>Nothing on the timeline yet. Entries, wins, small steps and practices appear here as you write them.</p> : null}
        {view && extent ? (
          asTable ? (
            <TimelineTable view={view} caption={name} onOpen={openEntry} />
          ) : (
            <div ref={chartArea}>
              <FramingChart
                view={view}
                label={`${name}: each entry between “who I am” and “what I did”, a rolling average, and the share of sentences by reading. Choose Show as table to read the numbers.`}
                onOpen={openPoint}
                moves={moves}
                returnTo={returnTo.current}
              />
              <ul className="chart-legend" aria-label="What the marks mean">
                <li className="legend-shame">Filled dot: reads as “who I am”</li>
                <li className="legend-accountability">Ring: reads as “what I did”</li>
                <li className="legend-blame">Dot in the top row: puts it on someone else</li>
                <li className="legend-average">Line: the average of the 30 days before</li>
              </ul>
            </div>
          )
        ) : null}
        {view && extent ? (
          <div className="period-spans-clip">
            <PeriodSpans view={view} periods={periods} />
          </div>
        ) : null}
        {view && extent ? <Lanes view={view} go={go} /> : null}
      </section>
      <PatternList from={span.from} to={span.to} onOpenEntry={openEntry} onOpenPractice={go.practice} />
      <Periods from={span.from} to={span.to} marked={marked} periods={periods} onChanged={loadPeriods} />
      <OnThisDay today={today} onOpenEntry={openEntry} onOpenWin={go.win} />
      <CalendarMonth month={month} onMonth={setMonth} onOpenEntry={openEntry} onOpenWin={go.win} />
    </div>
  );
}
