import { describe, expect, it } from 'vitest';
import { searchMatches } from '../../../renderer/src/journal-screen/journal/searchWords';

function found(text: string, query: string): string[] {
  return searchMatches(text, query).map(({ from, to }) => text.slice(from, to));
}

describe('the searched words in an opened entry', () => {
  it('finds whole words that start with a searched word, as the search does', () => {
    expect(found('Tomatoes again. The tomato plant, and an automat.', 'tomat')).toEqual(['Tomatoes', 'tomato']);
  });

  it('finds every word of the query, in any case and with or without accents', () => {
    expect(found('Met Zoë at the Café by the river.', 'cafe zoe RIVER')).toEqual(['Zoë', 'Café', 'river']);
  });

  it('finds nothing for an empty query or one of only spaces and marks', () => {
    expect(found('Anything at all.', '')).toEqual([]);
    expect(found('Anything at all.', '  , ! ')).toEqual([]);
  });

  it('gives the exact place of each word in the text', () => {
    expect(searchMatches('a run, then a long run', 'run')).toEqual([
      { from: 2, to: 5 },
      { from: 19, to: 22 },
    ]);
  });
});
