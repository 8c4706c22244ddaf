import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../shared/domain/entry';
import { SearchIndex } from '../../../electron/vault/search-index';

const entry = (id: string, body: string): Entry => ({
  id, kind: 'page', title: 't', date: '2026-01-01', body, tags: [], reflection: null, corrections: [], framing: null,
  createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', deletedAt: null,
});

describe('search index', () => {
  it('survives being cleared while a vacuum from earlier edits is pending', async () => {
    const errors: unknown[] = [];
    const onError = (error: unknown) => errors.push(error);
    process.on('uncaughtException', onError);
    try {
      // Enough edits that MiniSearch starts a batched vacuum, then a lock clears the index mid-vacuum.
      const index = new SearchIndex();
      index.addAll(Array.from({ length: 5000 }, (_, i) => entry(`id-${i}`, `word${i} shared`)));
      for (let i = 0; i < 5000; i++) index.upsert(entry(`id-${i}`, `changed${i} shared`));
      await new Promise((resolve) => setTimeout(resolve, 5));
      index.clear();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(errors).toEqual([]);
      expect(index.search('shared')).toEqual([]);
    } finally {
      process.off('uncaughtException', onError);
    }
  });

  it('finds the new words after an edit and not the old ones', () => {
    const index = new SearchIndex();
    index.upsert(entry('a', 'pelican harbour'));
    index.upsert(entry('a', 'heron harbour'));
    expect(index.search('pelican')).toEqual([]);
    expect(index.search('heron')).toEqual(['a']);
  });

  it('indexed a slice at a time, it answers every search as if indexed at once', () => {
    const word = fc.constantFrom('pelican', 'pelicans', 'heron', 'Héron', 'dusk', 'tide', 'harbour', 'a');
    const text = fc.array(word, { maxLength: 6 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 30 }), fc.array(fc.nat(8), { maxLength: 10 }), fc.array(word, { minLength: 1, maxLength: 2 }), (bodies, slices, query) => {
        const entries = bodies.map((body, i) => entry(`id-${i}`, body));
        const whole = new SearchIndex();
        whole.addAll(entries);
        const sliced = new SearchIndex();
        sliced.queue(entries);
        const byId = new Map(entries.map((one) => [one.id, one]));
        for (const size of slices) sliced.indexQueued((id) => byId.get(id), { entries: size });
        sliced.indexQueued((id) => byId.get(id), { entries: entries.length });
        expect(sliced.waiting).toBe(0);
        expect(sliced.search(query.join(' ')).sort()).toEqual(whole.search(query.join(' ')).sort());
      }),
    );
  });

  it('finds a queued entry by its title and tags, and by its body only once indexed', () => {
    const index = new SearchIndex();
    const queued = { ...entry('q', 'pelican harbour'), title: 'Grey morning', tags: ['Walks'] };
    index.queue([queued]);
    expect(index.waiting).toBe(1);
    expect(index.search('grey walk')).toEqual(['q']);
    expect(index.search('pelican')).toEqual([]);
    index.indexQueued((id) => (id === 'q' ? queued : undefined), { entries: 1 });
    expect(index.waiting).toBe(0);
    expect(index.search('pelican')).toEqual(['q']);
  });

  it('drops a queued entry that was removed, and one trashed by the time its turn comes', () => {
    const index = new SearchIndex();
    const gone = { ...entry('gone', 'heron'), title: 'Heron' };
    const trashed = { ...entry('trashed', 'heron'), title: 'Heron' };
    index.queue([gone, trashed]);
    index.remove('gone');
    expect(index.search('heron')).toEqual(['trashed']);
    index.indexQueued((id) => (id === 'trashed' ? { ...trashed, deletedAt: '2026-01-02T00:00:00.000Z' } : undefined), { entries: 5 });
    expect(index.waiting).toBe(0);
    expect(index.search('heron')).toEqual([]);
  });
});
