import { addDays, bucketOf, dateOfDay, dayNumber, daysInMonth, type Resolution } from '../../../../shared/timeline/days';

/** How much of the timeline is on screen, widest first. */
export const ZOOMS = ['all', 'year', 'quarter', 'month', 'week'] as const;
export type Zoom = (typeof ZOOMS)[number];

export const ZOOM_NAMES: Record<Zoom, string> = { all: 'All years', year: 'Year', quarter: 'Quarter', month: 'Month', week: 'Week' };

/** Where the timeline is: how wide, and the day it is about. Kept while the app runs, so coming back finds the same place. */
export interface Place {
  zoom: Zoom;
  centre: string;
}

export interface Span {
  from: string;
  to: string;
  resolution: Resolution;
}

const RESOLUTION: Record<Zoom, Resolution> = { all: 'month', year: 'week', quarter: 'week', month: 'day', week: 'day' };

/**
 * The calendar span a place shows: all the years written in (whole years), or the
 * calendar year, quarter, month or ISO week holding its day. Calendar units, so
 * the same place always shows the same days.
 */
export function spanOf(place: Place, extent: { from: string; to: string } | null): Span {
  const { centre } = place;
  const year = Number(centre.slice(0, 4));
  const month = Number(centre.slice(5, 7));
  const pad = (n: number) => String(n).padStart(2, '0');
  const resolution = RESOLUTION[place.zoom];
  switch (place.zoom) {
    case 'all': {
      const first = extent ? Math.min(Number(extent.from.slice(0, 4)), year) : year;
      const last = extent ? Math.max(Number(extent.to.slice(0, 4)), year) : year;
      return { from: `${first}-01-01`, to: `${last}-12-31`, resolution };
    }
    case 'year':
      return { from: `${year}-01-01`, to: `${year}-12-31`, resolution };
    case 'quarter': {
      const start = Math.floor((month - 1) / 3) * 3 + 1;
      return { from: `${year}-${pad(start)}-01`, to: `${year}-${pad(start + 2)}-${daysInMonth(year, start + 2)}`, resolution };
    }
    case 'month':
      return { from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month)}-${daysInMonth(year, month)}`, resolution };
    case 'week': {
      const week = bucketOf(dayNumber(centre), 'week');
      return { from: dateOfDay(week.start), to: dateOfDay(week.end), resolution };
    }
  }
}

/** One step narrower or wider, keeping the day; null at either end. */
export function zoomed(place: Place, direction: 'in' | 'out'): Place | null {
  const next = ZOOMS[ZOOMS.indexOf(place.zoom) + (direction === 'in' ? 1 : -1)];
  return next ? { ...place, zoom: next } : null;
}

/**
 * Where a drag of the chart by `days` leaves the timeline: the calendar span that
 * holds the day now in the middle of the screen (so a drag past half a span moves
 * to the next one). All years has nowhere to go.
 */
export function draggedTo(place: Place, span: Span, days: number): Place {
  if (place.zoom === 'all') return place;
  const middle = Math.floor((dayNumber(span.from) + dayNumber(span.to) + 1) / 2 + days);
  return { ...place, centre: dateOfDay(middle) };
}

/** The same zoom, one span earlier or later. */
export function panned(place: Place, step: -1 | 1): Place {
  const { centre } = place;
  const year = Number(centre.slice(0, 4));
  const month = Number(centre.slice(5, 7));
  const monthsOn = (months: number) => {
    const index = year * 12 + (month - 1) + months;
    const y = Math.floor(index / 12);
    const m = (index % 12) + 1;
    return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`;
  };
  switch (place.zoom) {
    case 'all':
      return place;
    case 'year':
      return { ...place, centre: monthsOn(12 * step) };
    case 'quarter':
      return { ...place, centre: monthsOn(3 * step) };
    case 'month':
      return { ...place, centre: monthsOn(step) };
    case 'week':
      return { ...place, centre: addDays(centre, 7 * step) };
  }
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function monthName(date: string): string {
  return `${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}

/** "3 March 2026", from the date's own digits, never through a time zone. */
export function dayName(date: string): string {
  return `${Number(date.slice(8, 10))} ${monthName(date)}`;
}

/** What the span on screen is called, for the heading above the chart. */
export function spanName(place: Place, span: Span): string {
  switch (place.zoom) {
    case 'all':
      return `${span.from.slice(0, 4)} to ${span.to.slice(0, 4)}`;
    case 'year':
      return span.from.slice(0, 4);
    case 'quarter':
      return `${MONTHS[Number(span.from.slice(5, 7)) - 1]} to ${monthName(span.to)}`;
    case 'month':
      return monthName(span.from);
    case 'week':
      return `The week of ${dayName(span.from)}`;
  }
}
