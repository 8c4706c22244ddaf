import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIFE_AREA_IDS, WIN_KIND_IDS, type Win } from '../../../shared/domain/win';
import { readsMostlyAsShame, winsToSurface, type FramingCounts } from '../../../shared/evidence/surfacing';

const SHAME: FramingCounts = { shame: 3, accountability: 1, blame: 0, neutral: 4 };

const winArb = fc.record({
  id: fc.uuid(),
  date: fc.date({ min: new Date('2015-01-01'), max: new Date('2026-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
  area: fc.constantFrom(...LIFE_AREA_IDS),
  kind: fc.constantFrom(...WIN_KIND_IDS),
  trashed: fc.boolean(),
  tags: fc.subarray(['talks', 'team', 'family-dinner']),
});

function asWin(raw: { id: string; date: string; area: Win['area']; kind: Win['kind']; trashed: boolean; tags: string[] }): Win {
  return {
    id: raw.id,
    date: raw.date,
    title: `Win ${raw.id.slice(0, 4)}`,
    story: '',
    kind: raw.kind,
    area: raw.area,
    tags: raw.tags,
    entryIds: [],
    origin: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    deletedAt: raw.trashed ? '2026-01-02T00:00:00.000Z' : null,
  };
}

const winsArb = fc.uniqueArray(winArb, { selector: (win) => win.id, maxLength: 25 }).map((list) => list.map(asWin));

describe('choosing wins to put beside an entry', () => {
  it('offers none for an entry that does not read mostly as who I am', () => {
    fc.assert(
      fc.property(winsArb, fc.nat(20), fc.nat(20), fc.nat(20), fc.nat(20), (wins, shame, accountability, blame, neutral) => {
        const framing = { shame, accountability, blame, neutral };
        const chosen = winsToSurface({ framing, area: 'work', tags: [], wins, recentlyShown: [] });
        if (!readsMostlyAsShame(framing)) expect(chosen).toEqual([]);
        else expect(chosen.length).toBe(Math.min(3, wins.filter((win) => !win.deletedAt).length));
      }),
    );
  });

  it('never offers a win in the trash, nor the same win twice', () => {
    fc.assert(
      fc.property(winsArb, fc.constantFrom(...LIFE_AREA_IDS), (wins, area) => {
        const chosen = winsToSurface({ framing: SHAME, area, tags: [], wins, recentlyShown: [] });
        expect(chosen.every((win) => !win.deletedAt)).toBe(true);
        expect(new Set(chosen.map((win) => win.id)).size).toBe(chosen.length);
      }),
    );
  });

  it('puts wins from the same area first', () => {
    fc.assert(
      fc.property(winsArb, fc.constantFrom(...LIFE_AREA_IDS), (wins, area) => {
        const chosen = winsToSurface({ framing: SHAME, area, tags: [], wins, recentlyShown: [] });
        const live = wins.filter((win) => !win.deletedAt);
        const sameArea = live.filter((win) => win.area === area).length;
        // As many of the offered as can be are from the area, and they come before the others.
        const offeredSame = chosen.filter((win) => win.area === area).length;
        expect(offeredSame).toBe(Math.min(sameArea, chosen.length));
        expect(chosen.slice(0, offeredSame).every((win) => win.area === area)).toBe(true);
      }),
    );
  });

  it('does not offer a win shown last time while others are left, and comes round to every win', () => {
    fc.assert(
      fc.property(winsArb, fc.constantFrom(...LIFE_AREA_IDS), (wins, area) => {
        const live = wins.filter((win) => !win.deletedAt);
        let shown: string[] = [];
        const everShown = new Set<string>();
        for (let round = 0; round < live.length + 2; round++) {
          const chosen = winsToSurface({ framing: SHAME, area, tags: [], wins, recentlyShown: shown });
          const last = new Set(shown.slice(-3));
          const fresh = live.filter((win) => !last.has(win.id)).length;
          const repeated = chosen.filter((win) => last.has(win.id)).length;
          // A repeat only when fewer than three others are left.
          expect(repeated).toBe(Math.max(0, chosen.length - fresh));
          for (const win of chosen) everShown.add(win.id);
          shown = [...shown, ...chosen.map((win) => win.id)];
        }
        expect(everShown.size).toBe(live.length);
      }),
    );
  });

  it('offers none when there are no wins, and shared tags count as near', () => {
    expect(winsToSurface({ framing: SHAME, area: 'work', tags: [], wins: [], recentlyShown: [] })).toEqual([]);
    const base = asWin({ id: '00000000-0000-4000-8000-000000000001', date: '2026-01-01', area: 'health', kind: 'skill', trashed: false, tags: [] });
    const tagged = { ...base, id: '00000000-0000-4000-8000-000000000002', tags: ['Talks'], date: '2020-01-01' };
    const others = [1, 2, 3].map((n) => ({ ...base, id: `00000000-0000-4000-8000-00000000001${n}` }));
    const chosen = winsToSurface({ framing: SHAME, area: null, tags: ['talks'], wins: [...others, tagged], recentlyShown: [], count: 1 });
    expect(chosen.map((win) => win.id)).toEqual([tagged.id]);
  });

  it('reads "mostly who I am" as verdicts outnumbering what was done and other people together', () => {
    expect(readsMostlyAsShame({ shame: 2, accountability: 1, blame: 0, neutral: 9 })).toBe(true);
    expect(readsMostlyAsShame({ shame: 2, accountability: 1, blame: 1, neutral: 0 })).toBe(false);
    expect(readsMostlyAsShame({ shame: 0, accountability: 0, blame: 0, neutral: 5 })).toBe(false);
  });
});
