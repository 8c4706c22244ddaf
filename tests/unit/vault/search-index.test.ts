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
});
