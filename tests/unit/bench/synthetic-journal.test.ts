import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../scripts/bench/random';
import { journalVocabulary, searchQueries, syntheticJournal, VOCABULARY_SIZE } from '../../../scripts/bench/synthetic-journal';
import { Vocabulary } from '../../../scripts/bench/vocabulary';

const wordsOf = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

describe("the benchmark's synthetic journal", () => {
  it('is the same journal for the same seed, and another for another seed', () => {
    const once = syntheticJournal(seededRandom(7), 40, 8);
    expect(syntheticJournal(seededRandom(7), 40, 8).items).toEqual(once.items);
    expect(syntheticJournal(seededRandom(8), 40, 8).items).not.toEqual(once.items);
  });

  it('draws a vocabulary of distinct words whose frequency falls with rank', () => {
    const random = seededRandom(3);
    const vocabulary = new Vocabulary(random, 5_000);
    expect(new Set(vocabulary.words).size).toBe(5_000);
    const counts = new Map<string, number>();
    for (let i = 0; i < 200_000; i++) {
      const word = vocabulary.draw(random);
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    const at = (rank: number) => counts.get(vocabulary.atRank(rank)) ?? 0;
    expect(at(1) / 200_000).toBeGreaterThan(0.03);
    expect(at(1)).toBeGreaterThan(at(10));
    expect(at(10)).toBeGreaterThan(at(100));
    expect(at(100)).toBeGreaterThan(at(2_000));
    expect(vocabulary.distinctDrawn).toBe(counts.size);
  });

  it('says truly how many distinct words it holds, how long entries are, and mixes reflections, steps and dates as described', () => {
    const { items, distinctWords, meanChars } = syntheticJournal(seededRandom(11), 400, 80);
    const texts = items.map(({ draft }) => {
      const reflection = draft.reflection;
      return [draft.title, draft.body, reflection?.whatHappened, reflection?.learned, ...(reflection?.mineToOwn ?? []), ...(reflection?.notMine ?? [])].join(' ');
    });
    expect(distinctWords).toBe(new Set(texts.flatMap(wordsOf)).size);
    expect(distinctWords).toBeGreaterThan(10_000);

    const lengths = items.map(({ draft }) => (draft.reflection?.whatHappened ?? draft.body).length).sort((a, b) => a - b);
    expect(lengths[40]!).toBeLessThan(1_300);
    expect(lengths[360]!).toBeGreaterThan(3_000);
    expect(meanChars).toBeGreaterThan(1_800);
    expect(meanChars).toBeLessThan(2_800);

    const reflections = items.filter(({ draft }) => draft.kind === 'reflection');
    expect(reflections).toHaveLength(100);
    expect(reflections.filter(({ draft }) => draft.reflection?.nextStep)).toHaveLength(80);
    for (const { draft, correction } of reflections) expect(draft.reflection!.whatHappened).toContain(correction!.sentence);
    const years = new Set(items.map(({ draft }) => draft.date.slice(0, 4)));
    expect([...years].sort()).toEqual(['2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025']);
  });

  it('searches for words the journal can hold: whole words, or the first letters of one', () => {
    const vocabulary = journalVocabulary(seededRandom(5));
    expect(vocabulary.words).toHaveLength(VOCABULARY_SIZE);
    for (const query of searchQueries(seededRandom(6), vocabulary, 60)) {
      for (const word of query.split(' ')) expect(vocabulary.has(word) || vocabulary.words.some((known) => known.startsWith(word))).toBe(true);
    }
  });
});
