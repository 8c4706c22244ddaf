/**
 * Calendar days as numbers. A journal date is the day the writer meant, not a
 * moment, so every sum here is done on the date's own year, month and day through
 * UTC arithmetic: the time zone the app runs in, and its daylight-saving changes,
 * never move a day, a week or a month.
 */

const MS_PER_DAY = 86_400_000;

function digits(date: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = date.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Days since 1970-01-01 for a YYYY-MM-DD date, by integer arithmetic on the proleptic
 * Gregorian calendar (Hinnant's days_from_civil): the timeline reads every date of a
 * large journal each time it is built, and this is several times faster than a
 * regular expression and Date.UTC.
 */
export function dayNumber(date: string): number {
  const y = digits(date, 0, 4);
  const m = digits(date, 5, 7);
  const d = digits(date, 8, 10);
  if (date.length !== 10 || date[4] !== '-' || date[7] !== '-' || !(m >= 1 && m <= 12) || !(d >= 1 && d <= daysInMonth(y, m))) {
    throw new RangeError(`Not a calendar day: ${date.slice(0, 20)}`);
  }
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
}

export function dateOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return dateOfDay(dayNumber(date) + days);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!;
}

/** 0 for Monday … 6 for Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

export const RESOLUTIONS = ['day', 'week', 'month'] as const;
export type Resolution = (typeof RESOLUTIONS)[number];

/**
 * A bucket of calendar days: one day, an ISO week (Monday to Sunday, numbered in
 * the year its Thursday falls in, so 2026-12-31 and 2027-01-01 share "2026-W53"),
 * or a calendar month.
 */
export interface DaySpan {
  key: string;
  start: string;
  end: string;
}

export function isoWeekKey(day: number): string {
  const thursday = day - weekdayOf(day) + 3;
  const year = new Date(thursday * MS_PER_DAY).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1) / MS_PER_DAY) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The bucket a day falls in, as day numbers [start, end] inclusive. */
export function bucketOf(day: number, resolution: Resolution): { key: string; start: number; end: number } {
  if (resolution === 'day') return { key: dateOfDay(day), start: day, end: day };
  if (resolution === 'week') {
    const start = day - weekdayOf(day);
    return { key: isoWeekKey(day), start, end: start + 6 };
  }
  const date = dateOfDay(day);
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const start = Date.UTC(year, month - 1, 1) / MS_PER_DAY;
  return { key: date.slice(0, 7), start, end: start + daysInMonth(year, month) - 1 };
}

/** How many buckets cover [from, to], without listing them. */
export function bucketCount(from: number, to: number, resolution: Resolution): number {
  if (to < from) return 0;
  if (resolution === 'day') return to - from + 1;
  if (resolution === 'week') return (to - weekdayOf(to) - (from - weekdayOf(from))) / 7 + 1;
  const a = dateOfDay(from);
  const b = dateOfDay(to);
  return (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7)) + 1;
}

/** Every bucket that holds a day of [from, to], in order; the first and last may reach outside it. */
export function bucketsCovering(from: number, to: number, resolution: Resolution): { key: string; start: number; end: number }[] {
  const buckets: { key: string; start: number; end: number }[] = [];
  for (let day = from; day <= to; ) {
    const bucket = bucketOf(day, resolution);
    buckets.push(bucket);
    day = bucket.end + 1;
  }
  return buckets;
}
