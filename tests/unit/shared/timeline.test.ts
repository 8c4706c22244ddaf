import { describe, expect, it } from 'vitest';
import { timelineByMonth, type TimelineInput } from '../../../shared/domain/timeline';

const framing = (score: number, shame: number, accountability: number, sentences: number) => ({
  label: score < 0 ? ('shame' as const) : ('accountability' as const),
  score,
  shares: { shame, accountability, blame: 0, neutral: 1 - shame - accountability },
  sentences,
  corrected: false,
});
const at = (date: string, f: TimelineInput['framing'], extra: Partial<TimelineInput> = {}): TimelineInput => ({ date, kind: 'page', framing: f, deletedAt: null, ...extra });

describe('timeline', () => {
  it('groups by month in order, weighting shares by sentences', () => {
    const months = timelineByMonth([
      at('2026-04-02', framing(1, 0, 1, 3)),
      at('2026-03-10', framing(-1, 1, 0, 1)),
      at('2026-03-20', framing(0.5, 0, 0.5, 4), { kind: 'reflection' }),
    ]);
    expect(months.map((m) => m.month)).toEqual(['2026-03', '2026-04']);
    expect(months[0]).toMatchObject({ entries: 2, reflections: 1, framed: 2, meanScore: -0.25 });
    expect(months[0]!.shares.shame).toBeCloseTo(1 / 5);
    expect(months[0]!.shares.accountability).toBeCloseTo(2 / 5);
    expect(months[1]).toMatchObject({ meanScore: 1, shares: { accountability: 1 } });
  });

  it('leaves out the trash and counts unframed entries without inventing a score', () => {
    const months = timelineByMonth([at('2026-01-01', null), at('2026-01-02', framing(1, 0, 1, 1), { deletedAt: '2026-02-01T00:00:00.000Z' })]);
    expect(months).toEqual([{ month: '2026-01', entries: 1, reflections: 0, framed: 0, meanScore: null, shares: { shame: 0, accountability: 0, blame: 0, neutral: 0 } }]);
  });
});
