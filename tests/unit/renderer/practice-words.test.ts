import { describe, expect, it } from 'vitest';
import type { Practice } from '../../../shared/domain/practice';
import {
  chartRows,
  dateLabel,
  expectedVsActual,
  labelledPositions,
  practiceStory,
  practiceWin,
  type CompletedPractice,
} from '../../../renderer/src/journal-screen/practice/practiceWords';

const A = '0b9c5e8a-4a3b-4f7e-9d2a-1c3e5f7a9b11';
const B = '5d1f2a3b-6c7d-4e8f-9a0b-2c4d6e8f0a22';
const C = '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c33';

function practice(over: Partial<Practice> & Pick<Practice, 'id'>): Practice {
  return {
    date: '2026-03-01',
    attempt: 'Ask for a discount',
    fear: '',
    expected: 7,
    outcome: null,
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
    deletedAt: null,
    ...over,
  };
}

function done(over: Partial<Practice> & Pick<Practice, 'id'>, outcome: Partial<NonNullable<Practice['outcome']>> = {}): CompletedPractice {
  return practice({ ...over, outcome: { date: '2026-03-02', happened: '', actual: 3, learned: '', ...outcome } }) as CompletedPractice;
}

describe('expected against actual, in words', () => {
  it('describes the numbers whichever way they fall, and never the person', () => {
    expect(expectedVsActual(done({ id: A, expected: 7 }, { actual: 2 }))).toBe('You expected 7 out of 10. It was 2. Less bad than you feared.');
    expect(expectedVsActual(done({ id: A, expected: 4 }, { actual: 6 }))).toBe('You expected 4 out of 10. It was 6. Harder than you expected.');
    expect(expectedVsActual(done({ id: A, expected: 5 }, { actual: 5 }))).toBe('You expected 5 out of 10. It was 5. About as bad as you expected.');
    for (const words of [expectedVsActual(done({ id: A }, { actual: 0 })), expectedVsActual(done({ id: A, expected: 0 }, { actual: 10 }))]) {
      expect(words).not.toMatch(/!|well done|great|brave|fail/iu);
    }
  });
});

describe('a practice as a win', () => {
  it('tells what was tried, the two numbers, what happened and what was learned, in sentences', () => {
    const story = practiceStory(
      done({ id: A, attempt: '  Ask the baker for a discount ', expected: 7 }, { actual: 2, happened: 'She smiled and took ten percent off', learned: 'Asking costs less than I think.' }),
    );
    expect(story).toBe(
      [
        'I tried this on purpose: Ask the baker for a discount.',
        'I expected it to be 7 out of 10, and it was 2 out of 10.',
        'What happened: She smiled and took ten percent off.',
        'What I learned: Asking costs less than I think.',
      ].join('\n\n'),
    );
  });

  it('leaves out what the person did not write, and keeps their own ending punctuation', () => {
    const story = practiceStory(done({ id: A, attempt: 'Did I dare?' }, { happened: '   ', learned: '' }));
    expect(story).toBe('I tried this on purpose: Did I dare?\n\nI expected it to be 7 out of 10, and it was 3 out of 10.');
  });

  it('links back to the practice and dates the win the day it was tried', () => {
    const win = practiceWin(done({ id: B }, { date: '2026-04-09' }));
    expect(win.origin).toEqual({ from: 'practice', id: B });
    expect(win.entryIds).toEqual([]);
    expect(win.date).toBe('2026-04-09');
  });
});

describe('the chart and its table', () => {
  it('lists completed practices only, in the order they were tried', () => {
    const rows = chartRows([
      done({ id: A, attempt: 'second', createdAt: '2026-03-01T10:00:00.000Z' }, { date: '2026-03-05', actual: 4 }),
      practice({ id: C, attempt: 'not yet tried' }),
      done({ id: B, attempt: 'first', expected: 9 }, { date: '2026-03-03', actual: 1 }),
    ]);
    expect(rows).toEqual([
      { id: B, date: '2026-03-03', attempt: 'first', expected: 9, actual: 1 },
      { id: A, date: '2026-03-05', attempt: 'second', expected: 7, actual: 4 },
    ]);
  });

  it('dates each practice once per day, leaving out a day already named just before', () => {
    const rows = chartRows([done({ id: A }, { date: '2026-03-05' }), done({ id: B, createdAt: '2026-03-01T11:00:00.000Z' }, { date: '2026-03-05' }), done({ id: C }, { date: '2026-03-07' })]);
    const labels = [1, 2, 3, 4].map((position) => dateLabel(rows, position, (day) => `on ${day}`));
    expect(labels).toEqual(['on 2026-03-05', '', 'on 2026-03-07', '']);
  });

  it('labels every practice while they fit, and every few once they do not', () => {
    expect(labelledPositions(3, 10)).toEqual([1, 2, 3]);
    expect(labelledPositions(10, 4)).toEqual([1, 4, 7, 10]);
    expect(labelledPositions(5, 0)).toEqual([1]);
    expect(labelledPositions(0, 4)).toEqual([]);
  });
});
