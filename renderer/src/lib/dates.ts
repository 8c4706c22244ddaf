import { calendarDayOf } from '../../../shared/domain/calendar-day';

/** Today as the writer's calendar day (local time), in the journal's YYYY-MM-DD form. */
export function todayIso(now: Date = new Date()): string {
  return calendarDayOf(now);
}

const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });

/** "Sat, 14 Mar 2026" in the person's locale; the stored day never shifts with time zones. */
export function formatDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  return dayFormat.format(new Date(y, m - 1, d));
}
