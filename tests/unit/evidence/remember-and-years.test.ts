import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WIN_KIND_IDS, type Win } from '../../../shared/domain/win';
import { REMEMBER_AFTER_DAYS, winToRemember } from '../../../shared/evidence/remember';
import { winsByYear } from '../../../shared/evidence/vault-overview';

function win(id: number, date: string, over: Partial<Win> = {}): Win {
  return {
    id: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
    date,
    title: `Win ${id}`,
    story: '',
    kind: 'skill',
    area: 'work',
    tags: [],
    entryIds: [],
    origin: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    deletedAt: null,
    ...over,
  };
}

describe('"Remember when…"', () => {
  it('brings back an older win, never from the trash, never the one just shown while another exists', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ daysAgo: fc.nat(800), trashed: fc.boolean() }), { maxLength: 12 }),
        fc.double({ min: 0, max: 0.9999, noNaN: true }),
        fc.option(fc.nat(11), { nil: null }),
        (raw, random, previousIndex) => {
          const today = '2026-06-01';
          const wins = raw.map((item, index) =>
            win(index, new Date(Date.parse(`${today}T00:00:00Z`) - item.daysAgo * 86_400_000).toISOString().slice(0, 10), {
              deletedAt: item.trashed ? '2026-05-01T00:00:00.000Z' : null,
            }),
          );
          const previous = previousIndex === null ? null : (wins[previousIndex]?.id ?? null);
          const chosen = winToRemember(wins, { today, previous, random });
          const live = raw.map((item, index) => ({ ...item, index })).filter((item) => !item.trashed);
          if (live.length === 0) {
            expect(chosen).toBeNull();
            return;
          }
          expect(chosen?.deletedAt).toBeNull();
          const older = live.filter((item) => item.daysAgo >= REMEMBER_AFTER_DAYS && wins[item.index]!.id !== previous);
          if (older.length > 0) expect(older.map((item) => wins[item.index]!.id)).toContain(chosen!.id);
          if (live.length > 1) expect(chosen!.id).not.toBe(previous);
        },
      ),
    );
  });
});

describe('wins year by year', () => {
  it('counts every live win once, under its own year and kind', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ year: fc.integer({ min: 2015, max: 2026 }), kind: fc.constantFrom(...WIN_KIND_IDS), trashed: fc.boolean() }), { maxLength: 40 }),
        (raw) => {
          const wins = raw.map((item, index) => win(index, `${item.year}-03-01`, { kind: item.kind, deletedAt: item.trashed ? '2026-05-01T00:00:00.000Z' : null }));
          const years = winsByYear(wins);
          const live = raw.filter((item) => !item.trashed);
          expect(years.reduce((sum, year) => sum + year.total, 0)).toBe(live.length);
          expect(years.map((year) => year.year)).toEqual([...new Set(live.map((item) => item.year))].sort((a, b) => a - b));
          for (const year of years) {
            for (const kind of WIN_KIND_IDS) expect(year.counts[kind]).toBe(live.filter((item) => item.year === year.year && item.kind === kind).length);
          }
        },
      ),
    );
  });
});
