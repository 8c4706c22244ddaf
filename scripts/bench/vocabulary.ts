import { pick } from './random';

/**
 * The most frequent words of English writing, so the head of the vocabulary reads
 * like a diary (and tokenises like one: short, very common words); everything past
 * them is an invented word.
 */
const COMMON_WORDS = (
  'i the and to a of was it my in that me but not for is on with so had what at be this have' +
  ' he she we they you all just over when from out up there about did do would could feel felt one' +
  ' time day again today still more then how like after before because think know want said work' +
  ' home week night morning tired better worse people nothing everything something why who where'
).split(' ');

const ONSETS = ['b', 'br', 'c', 'ch', 'cl', 'd', 'dr', 'f', 'fl', 'g', 'gr', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'pl', 'pr', 'r', 's', 'sh', 'st', 't', 'th', 'tr', 'v', 'w', 'z', ''];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou', 'y'];
const CODAS = ['', '', 'n', 'r', 's', 't', 'l', 'm', 'nd', 'st', 'ck', 'th'];
/** Some invented words also appear inflected, as real ones do, which is what prefix search is for. */
const SUFFIXES = ['s', 'ed', 'ing', 'ly', 'er'];

/**
 * A long-tailed vocabulary: word r (1-based rank) is drawn with probability
 * proportional to 1 / (r + shift)^exponent (the Zipf-Mandelbrot law real writing
 * follows: the shift keeps the commonest word near 5% of all words, as "the" is in
 * English, instead of the 10-20% plain Zipf gives it). Shorter invented words get
 * the higher ranks, as short words are the common ones in real languages.
 */
export class Vocabulary {
  readonly words: readonly string[];
  private readonly lookup: ReadonlySet<string>;
  /** Cumulative weights, for drawing a rank by binary search. */
  private readonly cumulative: Float64Array;
  /** Which ranks have been drawn, so the journal can say how many distinct words it holds without re-reading its text. */
  private readonly drawn: Uint8Array;
  private drawnCount = 0;

  constructor(random: () => number, size: number, shape = { exponent: 1.1, shift: 2.7 }) {
    if (size <= COMMON_WORDS.length) throw new Error(`A vocabulary needs more than ${COMMON_WORDS.length} words.`);
    this.words = inventWords(random, size);
    this.lookup = new Set(this.words);
    this.cumulative = new Float64Array(size);
    this.drawn = new Uint8Array(size);
    let total = 0;
    for (let rank = 1; rank <= size; rank++) {
      total += 1 / (rank + shape.shift) ** shape.exponent;
      this.cumulative[rank - 1] = total;
    }
  }

  /** One word, drawn by its Zipf weight. */
  draw(random: () => number): string {
    const target = random() * this.cumulative[this.cumulative.length - 1]!;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    if (!this.drawn[low]) {
      this.drawn[low] = 1;
      this.drawnCount++;
    }
    return this.words[low]!;
  }

  /** How many different words `draw` has returned so far. */
  get distinctDrawn(): number {
    return this.drawnCount;
  }

  has(word: string): boolean {
    return this.lookup.has(word);
  }

  /** The word at a 1-based rank: searches ask for common, middling and rare words by rank. */
  atRank(rank: number): string {
    return this.words[Math.min(this.words.length, Math.max(1, rank)) - 1]!;
  }
}

function inventWords(random: () => number, size: number): string[] {
  const seen = new Set<string>(COMMON_WORDS);
  const invented: string[] = [];
  const wanted = size - COMMON_WORDS.length;
  // Lengths of 1 to 4 syllables; the set rejects repeats, so the loop runs a little longer than `wanted`.
  while (invented.length < wanted) {
    const syllables = 1 + Math.floor(random() * random() * 4.5);
    let word = '';
    for (let s = 0; s < syllables; s++) word += pick(random, ONSETS) + pick(random, VOWELS) + (s === syllables - 1 ? pick(random, CODAS) : '');
    if (word.length < 3) continue;
    if (random() < 0.15) word += pick(random, SUFFIXES);
    if (seen.has(word)) continue;
    seen.add(word);
    invented.push(word);
  }
  invented.sort((a, b) => a.length - b.length);
  return [...COMMON_WORDS, ...invented];
}
