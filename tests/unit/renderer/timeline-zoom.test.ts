import { describe, expect, it } from 'vitest';
import { panned, spanOf, spanName, zoomed, type Place } from '../../../renderer/src/journal-screen/timeline/zoom';

const at = (zoom: Place['zoom'], centre: string): Place => ({ zoom, centre });

describe('where the timeline is', () => {
  it('shows whole calendar units around its day, from all years to one ISO week', () => {
    const extent = { from: '2019-05-02', to: '2026-11-30' };
    expect(spanOf(at('all', '2026-03-14'), extent)).toEqual({ from: '2019-01-01', to: '2026-12-31', resolution: 'month' });
    expect(spanOf(at('all', '2026-03-14'), null)).toEqual({ from: '2026-01-01', to: '2026-12-31', resolution: 'month' });
    expect(spanOf(at('year', '2024-02-29'), extent)).toEqual({ from: '2024-01-01', to: '2024-12-31', resolution: 'week' });
    expect(spanOf(at('quarter', '2024-02-29'), extent)).toEqual({ from: '2024-01-01', to: '2024-03-31', resolution: 'week' });
    expect(spanOf(at('month', '2024-02-10'), extent)).toEqual({ from: '2024-02-01', to: '2024-02-29', resolution: 'day' });
    expect(spanOf(at('week', '2027-01-01'), extent)).toEqual({ from: '2026-12-28', to: '2027-01-03', resolution: 'day' });
  });

  it('zooms one step at a time, keeping the day, and stops at either end', () => {
    expect(zoomed(at('all', '2024-02-10'), 'in')).toEqual(at('year', '2024-02-10'));
    expect(zoomed(at('month', '2024-02-10'), 'in')).toEqual(at('week', '2024-02-10'));
    expect(zoomed(at('week', '2024-02-10'), 'in')).toBeNull();
    expect(zoomed(at('all', '2024-02-10'), 'out')).toBeNull();
  });

  it('pans by one span across year ends and leap days', () => {
    expect(panned(at('month', '2024-12-31'), 1)).toEqual(at('month', '2025-01-01'));
    expect(panned(at('month', '2024-01-31'), -1)).toEqual(at('month', '2023-12-01'));
    expect(panned(at('quarter', '2024-11-15'), 1)).toEqual(at('quarter', '2025-02-01'));
    expect(panned(at('year', '2024-02-29'), 1)).toEqual(at('year', '2025-02-01'));
    expect(panned(at('week', '2024-02-26'), 1)).toEqual(at('week', '2024-03-04'));
    expect(panned(at('all', '2024-02-26'), 1)).toEqual(at('all', '2024-02-26'));
  });

  it('names the span in words', () => {
    const name = (place: Place) => spanName(place, spanOf(place, null));
    expect(name(at('quarter', '2026-05-02'))).toBe('April to June 2026');
    expect(name(at('week', '2027-01-01'))).toBe('The week of 28 December 2026');
  });
});
