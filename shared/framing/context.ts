/**
 * What surrounds a match: who the subject is, whether a "not" turns it
 * around, whether it sits inside someone else's words or an old belief, and
 * where a "but" shifts the weight of a sentence.
 */
import {
  AGENT_NOUNS,
  IMPLIED_SUBJECT_ADVERBS,
  IMPLIED_SUBJECT_VERBS,
  NATURAL_CAUSES,
  NON_AGENT_WORDS,
  NOT_IMPLIED_SUBJECT,
  OLD_BELIEF_FRAMES,
  REPORT_VERBS,
  SUBJECT_SKIP,
} from './lexicon';
import type { SubjectKind } from './rules/rule';
import type { Token } from './tokens';

const IMPLIED_STARTERS = new Set<string>(IMPLIED_SUBJECT_VERBS);
const IMPLIED_ADVERBS = new Set<string>(IMPLIED_SUBJECT_ADVERBS);
const AGENTS = new Set<string>(AGENT_NOUNS);
const NATURAL = new Set<string>(NATURAL_CAUSES);
const OTHER_PRONOUNS = new Set([
  'he', 'she', 'they', 'them', 'him', 'you', 'someone', 'somebody', 'everyone', 'everybody', 'nobody',
  'people', 'others', 'anyone', 'anybody', 'no-one',
]);
const THING_WORDS = new Set(['it', 'this', 'that', 'which', 'what', 'there', 'these', 'those', 'who', 'here']);
const SELF_WORDS = new Set(['i', 'me', 'myself', 'we', 'us']);
const HARD_BREAKS = new Set([';', '.', '!', '?', ':', '(', ')', '"', '-']);
const CLAUSE_WORDS = new Set([
  'but', 'yet', 'because', 'so', 'although', 'though', 'while', 'whereas', 'however', 'when', 'if',
  'since', 'after', 'before', 'until', 'unless', 'considering', 'instead',
]);
const COORDINATORS = new Set(['and', 'or', 'then', '&', ',']);
const NEGATORS = new Set(['not', 'never', 'no', 'none', 'hardly', 'barely', 'stop', 'stopped', 'quit', 'nobody']);

export function looksPast(word: string): boolean {
  return (
    IMPLIED_STARTERS.has(word) ||
    (word.length > 4 && word.endsWith('ed') && !NOT_IMPLIED_SUBJECT.has(word))
  );
}

function implied(at: Token): Token {
  return { norm: 'i', start: at.start, end: at.start, kind: 'implied', capitalised: false, quoted: at.quoted };
}

/**
 * Journal writers drop "I": "Forgot the form. Sent an apology." The rules are
 * written with "i", so an implied one is added, zero-width, where a sentence
 * or a coordinated clause opens with the writer's verb.
 */
export function addImpliedSubjects(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  const first = tokens.findIndex((t) => t.kind === 'word');
  let lastSubject: 'self' | 'other' | null = null;
  tokens.forEach((t, i) => {
    const opensOnVerb =
      looksPast(t.norm) || (IMPLIED_ADVERBS.has(t.norm) && (looksPast(tokens[i + 1]?.norm ?? '') || tokens[i + 1]?.norm === 'not'));
    if (i === first && opensOnVerb && tokens[i + 1]?.norm !== 'by') {
      out.push(implied(t));
      lastSubject = 'self';
    } else if (
      t.kind === 'word' &&
      lastSubject === 'self' &&
      COORDINATORS.has(tokens[i - 1]?.norm ?? '') &&
      looksPast(t.norm) &&
      !['have', 'has', 'had', 'been', 'can', 'could', 'would', 'should', 'will', 'must', 'just', 'still', 'really', 'always', 'never', 'also', 'again', 'totally', 'completely', 'basically', 'finally'].includes(t.norm)
    ) {
      out.push(implied(t));
    }
    if (t.norm === 'i' || t.norm === 'we') lastSubject = 'self';
    else if (OTHER_PRONOUNS.has(t.norm)) lastSubject = 'other';
    out.push(t);
  });
  return out;
}

function nearestPronounBefore(tokens: readonly Token[], from: number): SubjectKind {
  for (let j = from; j >= 0; j--) {
    const t = tokens[j];
    if (!t) break;
    if (t.kind === 'implied' || SELF_WORDS.has(t.norm)) return 'self';
    if (OTHER_PRONOUNS.has(t.norm)) return 'other';
    if (HARD_BREAKS.has(t.norm) && t.norm !== '-') return 'unknown';
  }
  return 'unknown';
}

/**
 * "My brother wrecked the car I lent him and acts like..." - the subject of a
 * coordinated verb is whoever opened the clause, not the nearest pronoun.
 */
function clauseOpeningSubject(tokens: readonly Token[], from: number): SubjectKind {
  let start = from;
  while (start > 0) {
    const prev = tokens[start - 1];
    if (!prev || (prev.kind !== 'word' && prev.kind !== 'implied') || CLAUSE_WORDS.has(prev.norm)) break;
    start--;
  }
  for (let j = start; j <= from; j++) {
    const t = tokens[j];
    if (!t) break;
    if (t.kind === 'implied' || SELF_WORDS.has(t.norm)) return 'self';
    if (OTHER_PRONOUNS.has(t.norm)) return 'other';
    if (t.kind !== 'word' || SUBJECT_SKIP.has(t.norm) || NON_AGENT_WORDS.has(t.norm) || THING_WORDS.has(t.norm)) continue;
    if (NATURAL.has(t.norm)) return 'unknown';
    const prev = tokens[j - 1]?.norm;
    if ((prev === 'my' || prev === 'our') && !AGENTS.has(t.norm)) return 'mine';
    return 'other';
  }
  return nearestPronounBefore(tokens, from);
}

/** Who does what starts at token `idx`: the writer, someone else, or one of the writer's things. */
export function findSubject(tokens: readonly Token[], idx: number): SubjectKind {
  // A sentence that opens on its verb ("Practising serves this week.") is the writer's.
  if (tokens.slice(0, idx).every((t) => t.kind !== 'word')) return 'self';
  for (let j = idx - 1; j >= 0; j--) {
    const t = tokens[j];
    if (!t) break;
    const n = t.norm;
    if (t.kind === 'implied' || SELF_WORDS.has(n)) return 'self';
    if (COORDINATORS.has(n)) return clauseOpeningSubject(tokens, j - 1);
    if (t.kind !== 'word') return 'unknown';
    if (SUBJECT_SKIP.has(n)) continue;
    // Verb chains: "starting to think", "trying to say".
    if (n.length > 4 && n.endsWith('ing') && tokens[j + 1]?.norm === 'to') continue;
    if (OTHER_PRONOUNS.has(n)) return 'other';
    if (THING_WORDS.has(n) || CLAUSE_WORDS.has(n)) return 'unknown';
    // "The storm ruined the harvest": a cause nobody chose does nothing to anyone.
    if (NATURAL.has(n)) return 'unknown';
    const prev = tokens[j - 1]?.norm;
    if ((prev === 'my' || prev === 'our') && !AGENTS.has(n)) return 'mine';
    if (NON_AGENT_WORDS.has(n)) return 'unknown';
    return 'other';
  }
  return 'unknown';
}

/** A "not" (or "never", "stop") within three tokens before, in the same clause. */
export function isNegated(tokens: readonly Token[], idx: number): boolean {
  for (let j = idx - 1; j >= Math.max(0, idx - 3); j--) {
    const t = tokens[j];
    if (!t) break;
    if (t.kind !== 'word' && t.kind !== 'implied') return false;
    if (NEGATORS.has(t.norm)) return true;
    if (t.norm === 'longer' && tokens[j - 1]?.norm === 'no') return true;
  }
  return false;
}

export type ScopeKind = 'reported' | 'old-verdict';

export interface Scope {
  kind: ScopeKind;
  /** first token of the frame ("said", "used to think") */
  frame: number;
  /** tokens from `from` to `to` inclusive are inside the scope */
  from: number;
  to: number;
}

/** Phrases grouped by first word, so checking a token costs one map lookup. */
type PhraseIndex = ReadonlyMap<string, readonly (readonly string[])[]>;

function indexPhrases(phrases: readonly string[]): PhraseIndex {
  const index = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const words = phrase.split(' ');
    const list = index.get(words[0] ?? '') ?? [];
    list.push(words);
    index.set(words[0] ?? '', list);
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
}

function matchPhraseAt(tokens: readonly Token[], i: number, index: PhraseIndex): number {
  const candidates = index.get(tokens[i]?.norm ?? '');
  if (!candidates) return 0;
  for (const words of candidates) {
    if (words.every((w, k) => tokens[i + k]?.norm === w)) return words.length;
  }
  return 0;
}

/** Frames that introduce someone else's words without a person as subject: "got feedback that". */
const IMPERSONAL_REPORTS = indexPhrases([
  'feedback that', 'feedback was that', 'feedback said', 'feedback says', 'was told', 'were told', 'got told',
  'been told', 'heard that', 'word is', 'the verdict was', 'they said', 'the note said', 'the email said',
  'the letter said', 'the review said', 'the report said', 'apparently i',
]);
const REPORT_PHRASES = indexPhrases(REPORT_VERBS);
const OLD_PHRASES = indexPhrases(OLD_BELIEF_FRAMES);
const SCOPE_STOP_WORDS = new Set(['but', 'yet', 'though', 'although', 'however', 'whereas']);
const SUBJECT_STARTS = new Set(['he', 'she', 'they', 'i', 'we', 'that', 'it', 'this']);

function scopeEnd(tokens: readonly Token[], from: number): number {
  for (let j = from; j < tokens.length; j++) {
    const n = tokens[j]?.norm ?? '';
    if (n === ';' || n === '.' || n === '!' || n === '?') return j - 1;
    if (SCOPE_STOP_WORDS.has(n)) return j - 1;
    if (n === ',' && ['and', 'so', 'but', 'which'].includes(tokens[j + 1]?.norm ?? '')) return j - 1;
    if (n === 'and' && SUBJECT_STARTS.has(tokens[j + 1]?.norm ?? '') && j > from + 1) return j - 1;
  }
  return tokens.length - 1;
}

/** "My gut says", "my brain tells me": the writer's own voice, not someone else's. */
const OWN_VOICES = new Set(['gut', 'heart', 'brain', 'head', 'mind', 'body', 'instinct', 'instincts', 'critic', 'voice', 'self', 'conscience']);

/**
 * Who says it: someone else ("Dad said", "she thinks"), or something of the
 * writer's that can only be a person when it speaks ("my reviewer said",
 * "my physio told me"), but not the writer's own gut or inner critic.
 */
function speakerIsSomeoneElse(tokens: readonly Token[], i: number): boolean {
  const subject = findSubject(tokens, i);
  if (subject === 'other') return true;
  if (subject !== 'mine') return false;
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j];
    if (!t || t.kind !== 'word') return false;
    if (SUBJECT_SKIP.has(t.norm)) continue;
    return !OWN_VOICES.has(t.norm);
  }
  return false;
}

/**
 * Stretches that are someone else's words ("Dad called me a failure") or a
 * belief the writer held and is looking back on ("I used to think I was
 * worthless"). Verdicts inside them are not the writer's, unless adopted.
 */
export function findScopes(tokens: readonly Token[]): Scope[] {
  const scopes: Scope[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const reportLength = matchPhraseAt(tokens, i, REPORT_PHRASES);
    const impersonalLength = matchPhraseAt(tokens, i, IMPERSONAL_REPORTS);
    if ((reportLength > 0 && speakerIsSomeoneElse(tokens, i)) || impersonalLength > 0) {
      const to = scopeEnd(tokens, i + Math.max(reportLength, impersonalLength));
      scopes.push({ kind: 'reported', frame: i, from: i, to });
      i = to;
      continue;
    }
    const oldLength = matchPhraseAt(tokens, i, OLD_PHRASES);
    if (oldLength > 0 && findSubject(tokens, i) === 'self') {
      let k = i + oldLength;
      if (tokens[k]?.norm === 'that') k++;
      const subject = tokens[k]?.norm;
      const verb = tokens[k + 1]?.norm ?? '';
      const pastVerdict =
        subject === 'i' && ['was', 'would', 'had', 'could', 'did', 'will', 'were', 'deserved'].includes(verb);
      const habit = tokens.slice(i, i + oldLength).some((t) => t.norm === 'used' || t.norm === 'once');
      if (pastVerdict || habit) {
        const to = scopeEnd(tokens, k);
        scopes.push({ kind: 'old-verdict', frame: i, from: i, to });
        i = to;
      }
    }
  }
  return scopes;
}

/**
 * "because my manager...", "thanks to the landlord": a cause placed on a
 * person. Natural causes and the writer themselves are skipped. Alone this is
 * weak; with an accusation or a refusal it adds up to blame.
 */
export interface CausalDeflection {
  from: number;
  to: number;
  /** "because of him" names the person as the cause outright; "because he was late" leaves room */
  direct: boolean;
  /** a person or body, not the weather or the economy */
  agent: boolean;
}

export function findCausalDeflections(tokens: readonly Token[]): CausalDeflection[] {
  const found: CausalDeflection[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const n = tokens[i]?.norm;
    const isCause =
      n === 'because' ||
      ((n === 'thanks' || n === 'due') && tokens[i + 1]?.norm === 'to') ||
      (n === 'blame' && tokens[i + 1]?.norm === 'the');
    if (!isCause) continue;
    let j = i + 1;
    const direct = n !== 'because' || tokens[j]?.norm === 'of';
    if (tokens[j]?.norm === 'of' || tokens[j]?.norm === 'to') j++;
    let own = false;
    while (j < tokens.length && /^(?:the|my|his|her|their|our|some|that|this|those|these|a|an|stupid|entire|whole|new|old|own)$/u.test(tokens[j]?.norm ?? '')) {
      if (tokens[j]?.norm === 'my' || tokens[j]?.norm === 'our') own = true;
      j++;
    }
    const t = tokens[j];
    if (!t || t.kind !== 'word') continue;
    if (t.norm === 'i' || t.norm === 'we' || t.norm === 'me' || t.norm === 'myself') continue;
    const isAgent =
      !NATURAL.has(t.norm) && (AGENTS.has(t.norm) || OTHER_PRONOUNS.has(t.norm) || t.capitalised);
    if (own && !isAgent) continue;
    found.push({ from: i, to: j, direct, agent: isAgent });
  }
  return found;
}

/** "Am I a failure?" asks rather than declares; "what is wrong with me?" does not. */
export function isYesNoQuestion(tokens: readonly Token[]): boolean {
  const last = tokens[tokens.length - 1];
  const first = tokens.find((t) => t.kind === 'word');
  return (
    last?.norm === '?' &&
    first !== undefined &&
    ['am', 'is', 'are', 'was', 'were', 'do', 'does', 'did', 'will', 'would', 'could', 'can', 'should', 'have', 'has'].includes(first.norm)
  );
}

/** Index of a "but" that shifts the sentence's weight onto what follows, or -1. */
export function contrastIndex(tokens: readonly Token[]): number {
  for (let j = tokens.length - 2; j > 0; j--) {
    const n = tokens[j]?.norm;
    if (n === 'but' || n === 'yet' || n === 'however') return j;
  }
  return -1;
}

/** "Yes, I was late, but..." concedes the first half before the "but" even says what follows. */
export function opensWithConcession(tokens: readonly Token[]): boolean {
  const first = tokens.find((t) => t.kind === 'word');
  return (
    first !== undefined &&
    ['yes', 'yeah', 'sure', 'ok', 'okay', 'fine', 'granted', 'admittedly', 'alright', 'yep', 'true'].includes(first.norm) &&
    contrastIndex(tokens) > 0
  );
}

export function opensWithContrast(tokens: readonly Token[]): boolean {
  const first = tokens.find((t) => t.kind === 'word');
  return first !== undefined && ['but', 'yet', 'however', 'still'].includes(first.norm);
}
