import { describe, expect, it } from 'vitest';
import { calendarMonth, dayRecords, onThisDay } from '../../../shared/timeline/looking-back';
import { entry, indexOf, win } from './timeline-fixtures';

describe('On this day', () => {
  it('brings back entries and wins of the same month and day in earlier years, newest first, never later ones', () => {
    const old = entry('2023-06-14', null);
    const older = entry('2021-06-14', null);
    const sameYear = entry('2026-06-14', null);
    const later = entry('2027-06-14', null);
    const otherDay = entry('2025-06-15', null);
    const prize = win('2024-06-14', 'surprised');
    const index = indexOf({ entries: [old, older, sameYear, later, otherDay], wins: [prize] });
    const day = onThisDay(index, '2026-06-14', new Set());
    expect(day.years.map((y) => [y.date, y.entries.map((e) => e.id), y.wins.map((w) => w.id)])).toEqual([
      ['2024-06-14', [], [prize.id]],
      ['2023-06-14', [old.id], []],
      ['2021-06-14', [older.id], []],
    ]);
    expect(onThisDay(index, '2030-06-15', new Set()).years.map((y) => y.date)).toEqual(['2025-06-15']);
  });

  it('works for any date picked, and never shows an entry left out of it, while its day’s wins still show', () => {
    const painful = entry('2022-11-03', null);
    const kept = entry('2022-11-03', null);
    const index = indexOf({ entries: [painful, kept], wins: [win('2022-11-03')] });
    const day = onThisDay(index, '2024-11-03', new Set([painful.id]));
    expect(day.years).toHaveLength(1);
    expect(day.years[0]!.entries.map((e) => e.id)).toEqual([kept.id]);
    expect(day.years[0]!.wins).toHaveLength(1);
    const alone = indexOf({ entries: [painful] });
    expect(onThisDay(alone, '2024-11-03', new Set([painful.id])).years).toEqual([]);
    expect(onThisDay(indexOf({}), '2024-11-03', new Set()).years).toEqual([]);
  });

  it('remembers a 29 February on 28 February in years without one, and on 29 February in leap years', () => {
    const leap = entry('2024-02-29', null);
    const feb28 = entry('2023-02-28', null);
    const index = indexOf({ entries: [leap, feb28] });
    expect(onThisDay(index, '2025-02-28', new Set()).years.map((y) => y.entries.map((e) => e.date))).toEqual([['2024-02-29'], ['2023-02-28']]);
    expect(onThisDay(index, '2028-02-29', new Set()).years.map((y) => y.date)).toEqual(['2024-02-29']);
    expect(onThisDay(index, '2028-02-28', new Set()).years.map((y) => y.date)).toEqual(['2023-02-28']);
    expect(onThisDay(index, '2025-03-01', new Set()).years).toEqual([]);
  });

  it('leaves the trash out', () => {
    const index = indexOf({ entries: [entry('2020-01-05', null, { deletedAt: '2020-02-01T00:00:00.000Z' })], wins: [win('2021-01-05', 'skill', { deletedAt: '2021-02-01T00:00:00.000Z' })] });
    expect(onThisDay(index, '2022-01-05', new Set()).years).toEqual([]);
  });
});

describe('the calendar', () => {
  it('marks the days of a month that have entries or wins, with no counts, and opens a day', () => {
    const a = entry('2024-02-01', null);
    const index = indexOf({
      entries: [a, entry('2024-02-01', null), entry('2024-02-29', null), entry('2024-03-01', null), entry('2024-01-31', null)],
      wins: [win('2024-02-29'), win('2024-02-10')],
    });
    expect(calendarMonth(index, '2024-02')).toEqual([
      { date: '2024-02-01', entries: true, wins: false },
      { date: '2024-02-10', entries: false, wins: true },
      { date: '2024-02-29', entries: true, wins: true },
    ]);
    expect(calendarMonth(index, '2023-02')).toEqual([]);
    const opened = dayRecords(index, '2024-02-01');
    expect(opened.entries.map((e) => e.id)).toContain(a.id);
    expect(opened.entries).toHaveLength(2);
    expect(opened.wins).toEqual([]);
  });
});
