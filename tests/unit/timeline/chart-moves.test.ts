import { describe, expect, it } from 'vitest';
import { pointColumns, pointWords, stepPoint, SOMEONE_ELSE_Y, type View } from '../../../renderer/src/journal-screen/timeline/chartData';
import { draggedTo, spanOf, type Place } from '../../../renderer/src/journal-screen/timeline/zoom';

const at = (zoom: Place['zoom'], centre: string): Place => ({ zoom, centre });
type Point = View['points'][number];
const point = (extra: Partial<Point>): Point => ({
  id: '00000000-0000-4000-8000-000000000001',
  date: '2026-03-03',
  kind: 'page',
  title: 'The review',
  tags: [],
  lean: -1,
  label: 'shame',
  sentences: { shame: 2, accountability: 0, blame: 0, neutral: 1 },
  keySentence: 'I am such a failure.',
  ...extra,
});

describe('dragging the chart', () => {
  const month = at('month', '2026-03-10');
  const march = spanOf(month, null);

  it('moves to the calendar span holding the day then in the middle of the screen', () => {
    // March has 31 days: its middle is 16.5 days in, so 16 days either way is still March, and 17 is not.
    expect(spanOf(draggedTo(month, march, -15), null).from).toBe('2026-03-01');
    expect(spanOf(draggedTo(month, march, 15), null).from).toBe('2026-03-01');
    expect(spanOf(draggedTo(month, march, -17), null).from).toBe('2026-02-01');
    expect(spanOf(draggedTo(month, march, 16), null).from).toBe('2026-04-01');
    expect(spanOf(draggedTo(month, march, 70), null).from).toBe('2026-05-01');
  });

  it('keeps the zoom, crosses year ends, and leaves all years where it is', () => {
    const year = at('year', '2026-06-01');
    expect(draggedTo(year, spanOf(year, null), 200)).toEqual(at('year', '2027-01-18'));
    const week = at('week', '2026-12-30');
    expect(spanOf(draggedTo(week, spanOf(week, null), 4), null)).toEqual({ from: '2027-01-04', to: '2027-01-10', resolution: 'day' });
    const all = at('all', '2026-06-01');
    expect(draggedTo(all, spanOf(all, null), 400)).toBe(all);
  });
});

describe('the keyboard on the chart’s entries', () => {
  it('steps to the next and previous entry, stops at the ends, and jumps to the first and last', () => {
    expect(stepPoint(null, 'ArrowRight', 3)).toBe(0);
    expect(stepPoint(null, 'ArrowLeft', 3)).toBe(0);
    expect(stepPoint(0, 'ArrowRight', 3)).toBe(1);
    expect(stepPoint(2, 'ArrowRight', 3)).toBe(2);
    expect(stepPoint(1, 'ArrowLeft', 3)).toBe(0);
    expect(stepPoint(0, 'ArrowLeft', 3)).toBe(0);
    expect(stepPoint(1, 'End', 3)).toBe(2);
    expect(stepPoint(2, 'Home', 3)).toBe(0);
    expect(stepPoint(1, '+', 3)).toBeNull();
    expect(stepPoint(null, 'ArrowRight', 0)).toBeNull();
  });

  it('says the entry’s title, day, reading and the sentence that decided it', () => {
    expect(pointWords(point({}), '3 March 2026')).toBe('The review, 3 March 2026: Mostly “who I am”. “I am such a failure.”');
    expect(pointWords(point({ title: '', keySentence: null, lean: 0.5, label: 'accountability' }), '3 March 2026')).toBe('Untitled, 3 March 2026: Leans to “what I did”.');
  });

  it('stands on each drawn entry where its mark is: its lean, or the row for someone else', () => {
    const view = { points: [point({}), point({ id: '00000000-0000-4000-8000-000000000002', lean: null, label: 'blame' }), point({ id: '00000000-0000-4000-8000-000000000003', lean: null, label: 'neutral' })], average: [] } as unknown as View;
    const columns = pointColumns(view);
    expect(columns.ids).toHaveLength(2);
    expect(columns.y).toEqual([-1, SOMEONE_ELSE_Y]);
  });
});
