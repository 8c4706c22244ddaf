import { getISOWeek, getISOWeekYear, parseISO } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, bucketCount, bucketOf, bucketsCovering, dateOfDay, dayNumber, isoWeekKey, type Resolution } from '../../../shared/timeline/days';

const week = (date: string) => isoWeekKey(dayNumber(date));
const anyDay = fc.integer({ min: dayNumber('1900-01-01'), max: dayNumber('2200-12-31') });

describe('calendar days as numbers', () => {
  it('counts a leap day as a day of its own, and only in leap years', () => {
    expect(dayNumber('2024-03-01') - dayNumber('2024-02-28')).toBe(2);
    expect(dayNumber('2023-03-01') - dayNumber('2023-02-28')).toBe(1);
    expect(dayNumber('2100-03-01') - dayNumber('2100-02-28')).toBe(1);
    expect(dayNumber('2000-03-01') - dayNumber('2000-02-28')).toBe(2);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(bucketOf(dayNumber('2024-02-10'), 'month')).toEqual({ key: '2024-02', start: dayNumber('2024-02-01'), end: dayNumber('2024-02-29') });
    for (const bad of ['2024-2-1', '2023-02-29', '2024-13-01', '2024-00-10', '2024-01-32', '2024/01/01', '2024-01-01T', 'abcd-ef-gh']) expect(() => dayNumber(bad), bad).toThrow(RangeError);
  });

  it('agrees with Date.UTC on the day number of any date, and back', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1600-01-01T00:00:00Z'), max: new Date('2400-12-31T00:00:00Z'), noInvalidDate: true }), (moment) => {
        const date = moment.toISOString().slice(0, 10);
        expect(dayNumber(date)).toBe(Math.floor(moment.getTime() / 86_400_000));
        expect(dateOfDay(dayNumber(date))).toBe(date);
      }),
    );
  });

  it('numbers weeks the ISO way across a year boundary: Monday to Sunday, in the year of their Thursday', () => {
    expect(week('2026-12-28')).toBe('2026-W53');
    expect(week('2026-12-31')).toBe('2026-W53');
    expect(week('2027-01-03')).toBe('2026-W53');
    expect(week('2027-01-04')).toBe('2027-W01');
    expect(week('2025-12-29')).toBe('2026-W01');
    expect(week('2024-12-30')).toBe('2025-W01');
    expect(week('2021-01-03')).toBe('2020-W53');
    const boundary = bucketOf(dayNumber('2027-01-01'), 'week');
    expect([dateOfDay(boundary.start), dateOfDay(boundary.end)]).toEqual(['2026-12-28', '2027-01-03']);
  });

  it('agrees with date-fns on the ISO week of any day', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const local = parseISO(dateOfDay(day));
        expect(isoWeekKey(day)).toBe(`${getISOWeekYear(local)}-W${String(getISOWeek(local)).padStart(2, '0')}`);
      }),
    );
  });

  it('covers a range with buckets that tile it without gap or overlap, as many as it counts', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: 900 }), fc.constantFrom<Resolution>('day', 'week', 'month'), (from, length, resolution) => {
        const to = from + length;
        const buckets = bucketsCovering(from, to, resolution);
        expect(buckets.length).toBe(bucketCount(from, to, resolution));
        expect(buckets[0]!.start).toBeLessThanOrEqual(from);
        expect(buckets.at(-1)!.end).toBeGreaterThanOrEqual(to);
        buckets.forEach((bucket, i) => {
          expect(bucket.end).toBeGreaterThanOrEqual(bucket.start);
          if (i > 0) expect(bucket.start).toBe(buckets[i - 1]!.end + 1);
          expect(bucketOf(bucket.start, resolution)).toEqual(bucket);
        });
      }),
    );
  });
});
