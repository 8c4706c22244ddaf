import { dateOfDay, dayNumber, daysInMonth, isLeapYear } from './days';
import type { TimelinePoint, WinMark } from './sources';
import type { TimelineIndex } from './timeline-index';

export interface LookBackEntry {
  id: string;
  date: string;
  kind: TimelinePoint['kind'];
  title: string;
}

export interface DayRecords {
  date: string;
  entries: LookBackEntry[];
  wins: WinMark[];
}

const entryOf = (point: TimelinePoint): LookBackEntry => ({ id: point.id, date: point.date, kind: point.kind, title: point.title });

/** Entries and wins dated on one calendar day. */
export function dayRecords(index: TimelineIndex, date: string): DayRecords {
  const day = dayNumber(date);
  return { date, entries: index.points.between(day, day).map(entryOf), wins: index.lanes.wins.between(day, day) };
}

/**
 * The days in earlier years that fall on `date`'s month and day. A 29 February
 * has its own day only in leap years; in the other years it is remembered on
 * 28 February, so it is never skipped for three years in four.
 */
function sameDayInEarlierYears(date: string, earliestYear: number): string[] {
  const year = Number(date.slice(0, 4));
  const monthDay = date.slice(5);
  const days: string[] = [];
  for (let earlier = year - 1; earlier >= earliestYear; earlier--) {
    const stamp = String(earlier).padStart(4, '0');
    if (monthDay === '02-29') {
      if (isLeapYear(earlier)) days.push(`${stamp}-02-29`);
      continue;
    }
    days.push(`${stamp}-${monthDay}`);
    if (monthDay === '02-28' && !isLeapYear(year) && isLeapYear(earlier)) days.push(`${stamp}-02-29`);
  }
  return days;
}

export interface OnThisDay {
  date: string;
  /** Newest year first; each year's records of that day. */
  years: DayRecords[];
}

/**
 * On this day: what the person wrote and won on the same month and day in earlier
 * years. Entries they chose to leave out of it are never brought back here.
 */
export function onThisDay(index: TimelineIndex, date: string, leftOut: ReadonlySet<string>): OnThisDay {
  const extent = index.extent();
  if (!extent) return { date, years: [] };
  const byYear = new Map<string, DayRecords>();
  for (const day of sameDayInEarlierYears(date, Number(extent.from.slice(0, 4)))) {
    const records = dayRecords(index, day);
    const entries = records.entries.filter((entry) => !leftOut.has(entry.id));
    if (entries.length === 0 && records.wins.length === 0) continue;
    const year = day.slice(0, 4);
    const known = byYear.get(year);
    if (known) {
      known.entries.push(...entries);
      known.wins.push(...records.wins);
    } else byYear.set(year, { date: day, entries, wins: records.wins });
  }
  return { date, years: [...byYear.values()] };
}

export interface CalendarDay {
  date: string;
  entries: boolean;
  wins: boolean;
}

/** A month's days that have an entry or a win: a quiet mark each, never a count to keep up. */
export function calendarMonth(index: TimelineIndex, month: string): CalendarDay[] {
  const year = Number(month.slice(0, 4));
  const monthNumber = Number(month.slice(5, 7));
  const first = dayNumber(`${month}-01`);
  const last = first + daysInMonth(year, monthNumber) - 1;
  const marks = new Map<number, CalendarDay>();
  const mark = (day: number, key: 'entries' | 'wins') => {
    const known = marks.get(day) ?? { date: dateOfDay(day), entries: false, wins: false };
    known[key] = true;
    marks.set(day, known);
  };
  const [a, b] = index.points.bounds(first, last);
  for (let i = a; i < b; i++) mark(index.points.days[i]!, 'entries');
  const [c, d] = index.lanes.wins.bounds(first, last);
  for (let i = c; i < d; i++) mark(index.lanes.wins.days[i]!, 'wins');
  return [...marks.entries()].sort(([x], [y]) => x - y).map(([, day]) => day);
}
