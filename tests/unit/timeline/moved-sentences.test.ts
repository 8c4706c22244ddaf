import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/timeline/days';
import { MOVED_SENTENCES_SHOWN, movedSentences } from '../../../shared/timeline/moved-sentences';
import type { TimelineEntry } from '../../../shared/timeline/sources';

const YEAR = { from: '2025-01-01', to: '2025-12-31' };
let next = 0;

function entry(date: string, key: { shame?: string; accountability?: string }, extra: Partial<TimelineEntry> = {}): TimelineEntry {
  next += 1;
  return {
    id: `e${String(next).padStart(4, '0')}`,
    kind: 'page',
    title: `Entry ${next}`,
    date,
    tags: [],
    reflection: null,
    deletedAt: null,
    framing: {
      label: key.shame ? 'shame' : 'accountability',
      score: 0,
      shares: { shame: 0.5, accountability: 0.5, blame: 0, neutral: 0 },
      sentences: 2,
      corrected: false,
      key: { shame: key.shame ?? null, accountability: key.accountability ?? null, blame: null },
    },
    ...extra,
  };
}

describe('sentences that moved from who I am to what I did', () => {
  it('pairs the first verdict with the last owned act after it, within a tag', () => {
    const moved = movedSentences(
      [
        entry('2025-02-01', { shame: 'I am useless at work.' }, { tags: ['work'] }),
        entry('2025-05-01', { accountability: 'I skipped the review.' }, { tags: ['work'] }),
        entry('2025-10-01', { accountability: 'I sent the report late and told Ana.' }, { tags: ['work'] }),
      ],
      YEAR,
    );
    expect(moved).toEqual([
      expect.objectContaining({ tag: 'work', before: expect.objectContaining({ sentence: 'I am useless at work.', date: '2025-02-01' }), after: expect.objectContaining({ sentence: 'I sent the report late and told Ana.', date: '2025-10-01' }) }),
    ]);
  });

  it('never pairs an owned act with a verdict written after it, and needs a later day', () => {
    expect(movedSentences([entry('2025-03-01', { accountability: 'I missed it.' }), entry('2025-06-01', { shame: 'I am hopeless.' })], YEAR)).toEqual([]);
    expect(movedSentences([entry('2025-03-01', { shame: 'I am hopeless.' }), entry('2025-03-01', { accountability: 'I missed it.' })], YEAR)).toEqual([]);
  });

  it('leaves out the trash, entries outside the span, and framing without key sentences', () => {
    const noKey = entry('2025-09-01', { accountability: 'x' });
    noKey.framing = { ...noKey.framing!, key: undefined };
    const entries = [
      entry('2024-12-31', { shame: 'Last year I was a fraud.' }),
      entry('2025-02-01', { shame: 'I am a mess.' }, { deletedAt: '2025-03-01T00:00:00.000Z' }),
      noKey,
      entry('2026-01-01', { accountability: 'Next year I planned better.' }),
    ];
    expect(movedSentences(entries, YEAR)).toEqual([]);
  });

  it('puts tagged pairs first, the longest stretch first, then earlier and later without a tag, quoting no entry twice', () => {
    const entries = [
      entry('2025-01-05', { shame: 'A1' }, { tags: ['home'] }),
      entry('2025-03-01', { accountability: 'A2' }, { tags: ['home'] }),
      entry('2025-02-01', { shame: 'B1' }, { tags: ['work'] }),
      entry('2025-11-01', { accountability: 'B2' }, { tags: ['work'] }),
      entry('2025-04-01', { shame: 'C1' }),
      entry('2025-12-01', { accountability: 'C2' }),
      entry('2025-12-02', { accountability: 'C3' }),
    ];
    const moved = movedSentences(entries, YEAR);
    expect(moved.map((m) => [m.tag, m.before.sentence, m.after.sentence])).toEqual([
      ['work', 'B1', 'B2'],
      ['home', 'A1', 'A2'],
      [null, 'C1', 'C3'],
    ]);
  });

  it('names a tag the later pairs share, once each tag has given its own pair', () => {
    const moved = movedSentences(
      [
        entry('2025-02-01', { shame: 'W1' }, { tags: ['work'] }),
        entry('2025-03-01', { shame: 'W2' }, { tags: ['work'] }),
        entry('2025-09-01', { accountability: 'W3' }, { tags: ['work'] }),
        entry('2025-11-01', { accountability: 'W4' }, { tags: ['work'] }),
      ],
      YEAR,
    );
    expect(moved.map((m) => [m.tag, m.before.sentence, m.after.sentence])).toEqual([
      ['work', 'W1', 'W4'],
      ['work', 'W2', 'W3'],
    ]);
  });

  it('holds for any journal: at most three, each a verdict before a later owned act, no entry twice', () => {
    const day = fc.integer({ min: -30, max: 400 });
    const key = fc.record({ shame: fc.option(fc.constantFrom('S1', 'S2'), { nil: undefined }), accountability: fc.option(fc.constantFrom('A1', 'A2'), { nil: undefined }) });
    const tags = fc.subarray(['work', 'home', 'health']);
    fc.assert(
      fc.property(fc.array(fc.tuple(day, key, tags), { maxLength: 40 }), (drafts) => {
        const entries = drafts.map(([d, k, t]) => entry(addDays('2025-01-01', d), k, { tags: t }));
        const moved = movedSentences(entries, YEAR);
        expect(moved.length).toBeLessThanOrEqual(MOVED_SENTENCES_SHOWN);
        const quoted = moved.flatMap((m) => [m.before.entryId, m.after.entryId]);
        expect(new Set(quoted).size).toBe(quoted.length);
        const byId = new Map(entries.map((e) => [e.id, e]));
        for (const m of moved) {
          expect(m.before.date < m.after.date).toBe(true);
          expect(m.before.date >= YEAR.from && m.after.date <= YEAR.to).toBe(true);
          expect(byId.get(m.before.entryId)!.framing!.key!.shame).toBe(m.before.sentence);
          expect(byId.get(m.after.entryId)!.framing!.key!.accountability).toBe(m.after.sentence);
          if (m.tag) expect(byId.get(m.before.entryId)!.tags.includes(m.tag) && byId.get(m.after.entryId)!.tags.includes(m.tag)).toBe(true);
        }
        // Something to show whenever some verdict comes before some later owned act in the span.
        const inYear = entries.filter((e) => e.date >= YEAR.from && e.date <= YEAR.to);
        const possible = inYear.some((a) => a.framing!.key!.shame && inYear.some((b) => b.framing!.key!.accountability && b.date > a.date));
        expect(moved.length > 0).toBe(possible);
      }),
    );
  });
});
