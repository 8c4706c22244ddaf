import type { EntryDraftInput } from '../../shared/domain/entry';
import { GRIEF_WORDS, TACTICAL_MISSTEPS, type TacticalMisstep } from '../../shared/domain/reflection';
import { pick } from './random';
import { Vocabulary } from './vocabulary';

/**
 * Real sentences about a setback, with the signals the framing analyzer looks for
 * (self-blame, blaming others, owning a part, a plan). A realistic entry carries a
 * few of them among its invented-word sentences, so framing has something to find;
 * the analyzer's own figures use only these (`longEntry`), as invented words carry
 * no framing signal at all.
 */
const SENTENCES = [
  'I missed the deadline because I did not flag the blocker when I first saw it.',
  'The meeting ran long and I felt tired by the end of it.',
  'I am such a failure, I always ruin everything.',
  'My manager gave the project to someone else without asking me.',
  'Next week I will block two hours each morning for the report.',
  'We walked along the river after dinner and talked about the move.',
  'I felt crushed reading the email, but I read it twice.',
  'It was the vendor who broke the build, not us.',
  'I skipped the review because I thought I knew enough.',
  'The weather turned cold and the garden needs covering.',
  'I apologised to Sam for snapping during standup.',
  'Nobody ever listens to me in those meetings.',
  'The budget is at four thousand two hundred for the quarter.',
  'I learned that I rush when I am anxious, and I want to slow down.',
  'Maybe I deserve this after everything.',
  'Ran five kilometres before work and the legs felt heavy.',
];
/** The sentence every reflection holds and the synthetic person relabels as accountability. */
const CORRECTED = SENTENCES[2]!;
const TAGS = ['work', 'family', 'health', 'money', 'friends', 'study', 'home', 'career', 'sleep', 'running', 'interview', 'move', 'manager', 'therapy', 'exam', 'partner', 'kids', 'travel', 'garden', 'writing'];

/**
 * A writer's vocabulary: about 22,000 of its words are in use by 1,000 entries and
 * nearly all 26,000 by 10,000, the commonest ten making a fifth of all words.
 */
export const VOCABULARY_SIZE = 26_000;
/** How often a sentence is one of the real ones above. */
const REAL_SENTENCE_SHARE = 0.08;

/** A sentence of 4 to 22 Zipf-drawn words, capitalised, sometimes with a comma. */
function inventedSentence(random: () => number, vocabulary: Vocabulary): string {
  const length = 4 + Math.floor(random() * random() * 19);
  const words: string[] = [];
  for (let i = 0; i < length; i++) words.push(vocabulary.draw(random) + (i > 1 && i < length - 2 && random() < 0.07 ? ',' : ''));
  const first = words[0]!;
  words[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return `${words.join(' ')}${random() < 0.08 ? '?' : '.'}`;
}

function prose(random: () => number, vocabulary: Vocabulary, targetChars: number): string {
  const sentences: string[] = [];
  let length = 0;
  while (length < targetChars) {
    const sentence = random() < REAL_SENTENCE_SHARE ? pick(random, SENTENCES) : inventedSentence(random, vocabulary);
    // A paragraph break now and then, as people write.
    sentences.push(sentences.length > 0 && random() < 0.12 ? `\n\n${sentence}` : sentence);
    length += sentence.length + 1;
  }
  return sentences.join(' ').replace(/ \n\n/g, '\n\n');
}

/** Entry lengths spread as a log-normal around `median` characters: mostly near it, some short notes, a few long nights. */
function entryLength(random: () => number, median: number): number {
  const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return Math.round(Math.min(16_000, Math.max(120, median * Math.exp(0.55 * normal))));
}

function dateIn(random: () => number, startYear: number, years: number): string {
  const day = new Date(Date.UTC(startYear, 0, 1) + Math.floor(random() * years * 365.25) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

function titleOf(random: () => number, vocabulary: Vocabulary): string {
  const words = Array.from({ length: 2 + Math.floor(random() * 5) }, () => vocabulary.draw(random));
  const first = words[0]!;
  return [first.charAt(0).toUpperCase() + first.slice(1), ...words.slice(1)].join(' ');
}

function tagsOf(random: () => number): string[] {
  const count = Math.floor(random() * 4);
  // Low indexes are picked more often: a few tags carry most entries, as in a real journal.
  return [...new Set(Array.from({ length: count }, () => TAGS[Math.floor(random() * random() * TAGS.length)]!))];
}

export interface SyntheticItem {
  draft: EntryDraftInput;
  /** A sentence whose label the synthetic person corrects (every reflection has one). */
  correction: { sentence: string; label: 'accountability' } | null;
}

export interface SyntheticJournal {
  items: SyntheticItem[];
  vocabulary: Vocabulary;
  /** Distinct words (lower-cased) across the journal: the invented ones drawn, and the real sentences' words. */
  distinctWords: number;
  /** Characters of written text (bodies, or a reflection's answers) per entry, on average. */
  meanChars: number;
}

/**
 * A realistic journal: entries of varied length (median about 1,900 characters) in
 * sentences drawn from a Zipf-distributed vocabulary of VOCABULARY_SIZE words with a
 * few real sentences among them, dated over ten years. A quarter are guided
 * reflections with a framing correction; `steps` of those carry a small next step.
 * The same `random` seed builds the same journal on every machine.
 */
export function syntheticJournal(random: () => number, count: number, steps: number): SyntheticJournal {
  const vocabulary = journalVocabulary(random);
  const items: SyntheticItem[] = [];
  let chars = 0;
  let stepsLeft = steps;
  for (let i = 0; i < count; i++) {
    const body = prose(random, vocabulary, entryLength(random, 1900));
    const base = { title: titleOf(random, vocabulary), date: dateIn(random, 2016, 10), body, tags: tagsOf(random) };
    chars += body.length;
    if (i % 4 !== 0) {
      items.push({ draft: base, correction: null });
      continue;
    }
    const tactic = pick(random, Object.keys(TACTICAL_MISSTEPS) as TacticalMisstep[]);
    const learned = inventedSentence(random, vocabulary);
    const withStep = stepsLeft-- > 0;
    items.push({
      draft: {
        ...base,
        kind: 'reflection',
        body: '',
        reflection: {
          whatHappened: `${CORRECTED} ${body}`,
          holding: pick(random, ['weight', 'lesson', 'avoid'] as const),
          rootCause: { kind: 'tactical', tactic },
          mineToOwn: [pick(random, SENTENCES)],
          notMine: [pick(random, SENTENCES)],
          whereAmI: [pick(random, GRIEF_WORDS)],
          learned,
          nextStep: withStep ? { text: 'Write down three things that went well' } : null,
        },
      },
      correction: { sentence: CORRECTED, label: 'accountability' },
    });
  }
  const realWords = new Set(SENTENCES.join(' ').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word && !vocabulary.has(word)));
  return { items, vocabulary, distinctWords: vocabulary.distinctDrawn + realWords.size, meanChars: count ? chars / count : 0 };
}

/** The vocabulary `syntheticJournal` draws first from the same `random`: a fresh seed gives the same words without building the entries. */
export function journalVocabulary(random: () => number): Vocabulary {
  return new Vocabulary(random, VOCABULARY_SIZE);
}

/**
 * Searches as a person types them into this journal: a frequent word (thousands of
 * hits), a middling one, a rare one, a word's first letters, and two words together.
 */
export function searchQueries(random: () => number, vocabulary: Vocabulary, count: number): string[] {
  const rank = (low: number, high: number) => vocabulary.atRank(low + Math.floor(random() * (high - low)));
  const shapes = [
    () => rank(60, 300),
    () => rank(1_000, 5_000),
    () => rank(8_000, VOCABULARY_SIZE),
    () => rank(500, 3_000).slice(0, 4),
    () => `${rank(60, 1_000)} ${rank(500, 5_000)}`,
    () => `${rank(1_000, 5_000)} ${rank(5_000, 20_000)}`,
  ];
  return Array.from({ length: count }, (_, i) => shapes[i % shapes.length]!());
}

/** A long entry for timing the analyzer: only the real sentences, about `words` words. */
export function longEntry(random: () => number, words: number): string {
  const parts: string[] = [];
  let count = 0;
  while (count < words) {
    const sentence = pick(random, SENTENCES);
    parts.push(sentence);
    count += sentence.split(/\s+/).length;
  }
  return parts.join(' ');
}
