/**
 * What the learned part of the analyzer sees in a sentence: its words and
 * word pairs, and the clause structure the rules work out (who the subject
 * is, whether it is said of the writer with "be", whether a "not" or someone
 * else's words surround it, which rules fired and how they were set aside).
 * Each feature keeps the tokens it came from, so whatever the model decides
 * can still be shown on the writer's own words.
 */
import type { FoundCue } from './cues';
import type { PreparedSentence } from './prepare';
import type { Token } from './tokens';

export interface Feature {
  name: string;
  /** first and last token (inclusive) the feature stands on */
  from: number;
  to: number;
}

const NEGATORS = new Set(['not', 'never', 'no', 'nothing', 'nobody', 'none', 'nor', 'neither']);
const CLAUSE_BREAKS = new Set([',', ';', ':', '.', '!', '?', '-', '(', ')', '"', 'but', 'because', 'so', 'and', 'though', 'yet']);
const BE = new Set(['am', 'was', 'is', 'are', 'were', 'be', 'been', 'being']);
/** Words between "I am" and what I am said to be: "I am just such a", "I was always the". */
const BE_FILLER = new Set([
  'a', 'an', 'the', 'just', 'such', 'so', 'really', 'truly', 'clearly', 'simply', 'always', 'still', 'only',
  'basically', 'literally', 'officially', 'actually', 'totally', 'completely', 'utterly', 'apparently', 'probably',
  'the', 'one', 'kind', 'sort', 'type', 'of', 'very', 'too', 'even', 'also', 'obviously', 'fundamentally',
]);
const SELF = new Set(['i', 'me', 'myself']);
const OTHERS = new Set(['he', 'she', 'they', 'them', 'him', 'her', 'everyone', 'everybody', 'people', 'nobody', 'someone']);
/** "You idiot, you always do this": self-talk in the second person. */
const YOU = new Set(['you']);
const NEGATION_REACH = 4;
/** Words between a subject and its verb that change nothing about the shape: "I just forgot", "they always do". */
const SUBJECT_FILLER = new Set(['just', 'really', 'always', 'never', 'still', 'also', 'totally', 'completely', 'honestly']);

/**
 * A crude stem ("apologised", "apologising" -> "apologis"): with a corpus of a
 * thousand or so passages, a word form seen once says more when its
 * relatives count too.
 */
export function stem(word: string): string {
  for (const suffix of ['ingly', 'edly', 'ing', 'ed', 'es', 'ly', 's']) {
    if (word.length - suffix.length >= 4 && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
}

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && (t.kind === 'word' || t.kind === 'implied');
}

/** Words and adjacent word pairs, with "not" scope and reported-speech scope marked. */
function lexical(s: PreparedSentence, out: Feature[]): void {
  const { tokens } = s;
  const reported = (i: number): boolean => s.scopes.length > 0 && s.scopes.some((sc) => sc.from <= i && i <= sc.to);
  let negatedUntil = -1;
  let previous = -1;
  tokens.forEach((t, i) => {
    if (t.kind !== 'word' && t.kind !== 'implied') {
      if (CLAUSE_BREAKS.has(t.norm)) {
        previous = -1;
        negatedUntil = -1;
      }
      return;
    }
    const norm = t.kind === 'implied' ? '<i>' : t.norm;
    if (CLAUSE_BREAKS.has(norm)) negatedUntil = -1;
    if (reported(i)) {
      // Someone else's words, or an old belief looked back on, are not the writer's own: they count as such, and only as such.
      out.push({ name: `rep:${norm}`, from: i, to: i });
      previous = -1;
      return;
    }
    out.push({ name: `w:${norm}`, from: i, to: i });
    const root = stem(norm);
    if (root !== norm) out.push({ name: `s:${root}`, from: i, to: i });
    if (previous >= 0) out.push({ name: `b:${tokens[previous]?.kind === 'implied' ? '<i>' : tokens[previous]?.norm}_${norm}`, from: previous, to: i });
    if (i <= negatedUntil) out.push({ name: `neg:${norm}`, from: i, to: i });
    if (NEGATORS.has(norm)) negatedUntil = i + NEGATION_REACH;
    previous = i;
  });
}

function subjectOf(norm: string, kind: Token['kind']): 'self' | 'other' | 'you' | null {
  if (kind === 'implied' || SELF.has(norm)) return 'self';
  if (OTHERS.has(norm)) return 'other';
  if (YOU.has(norm)) return 'you';
  return null;
}

/**
 * Clause shape: "I am <what>" (identity), "I <did> <something>" (an act),
 * "he/they <did>" (someone else's act), with the subject kind as prefix so
 * "I am useless" and "they are useless" are different evidence.
 */
function structural(s: PreparedSentence, out: Feature[]): void {
  const { tokens } = s;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isWord(t)) continue;
    const subject = subjectOf(t.norm, t.kind);
    if (!subject) continue;
    let v = i + 1;
    while (SUBJECT_FILLER.has(tokens[v]?.norm ?? '')) v++;
    const verb = tokens[v];
    if (!isWord(verb)) continue;
    if (BE.has(verb.norm)) {
      let k = v + 1;
      const negated = tokens[k]?.norm === 'not' || tokens[k]?.norm === 'never';
      if (negated) k++;
      while (BE_FILLER.has(tokens[k]?.norm ?? '') && k < v + 6) k++;
      const what = tokens[k];
      if (isWord(what)) out.push({ name: `${subject}-be${negated ? '-not' : ''}:${what.norm}`, from: i, to: k });
      out.push({ name: `${subject}-be${negated ? '-not' : ''}`, from: i, to: v });
      continue;
    }
    const past = verb.norm.endsWith('ed') || t.kind === 'implied';
    if (past) {
      const object = tokens[v + 1];
      const hasObject = isWord(object) && !CLAUSE_BREAKS.has(object.norm);
      out.push({ name: `${subject}-act${hasObject ? '-obj' : ''}`, from: i, to: hasObject ? v + 1 : v });
      out.push({ name: `${subject}-did:${stem(verb.norm)}`, from: i, to: v });
    }
  }
}

/** What the rules found, as evidence the model weighs against the words. */
function ruleEvidence(cues: readonly FoundCue[], ruleLabel: string, out: Feature[]): void {
  for (const c of cues) {
    if (c.status === 'active' && c.weight <= 0) {
      // A sign the rules weigh at nothing on purpose ("I deserve to be paid"): found, then set aside.
      out.push({ name: `cue-set-aside:${c.label}`, from: c.firstToken, to: c.lastToken });
    } else if (c.status === 'active') {
      out.push({ name: `cue:${c.rule}`, from: c.firstToken, to: c.lastToken });
      out.push({ name: `cue-label:${c.label}`, from: c.firstToken, to: c.lastToken });
    } else {
      out.push({ name: `cue-${c.status}:${c.label}`, from: c.firstToken, to: c.lastToken });
    }
  }
  out.push({ name: `rule:${ruleLabel}`, from: 0, to: -1 });
}

/** Every feature of one sentence; a feature name appears at most once. */
export function sentenceFeatures(s: PreparedSentence, cues: readonly FoundCue[], ruleLabel: string): Feature[] {
  const all: Feature[] = [];
  lexical(s, all);
  structural(s, all);
  ruleEvidence(cues, ruleLabel, all);
  const seen = new Set<string>();
  return all.filter((f) => (seen.has(f.name) ? false : (seen.add(f.name), true)));
}

/** Features that stand on the writer's words, as opposed to what the rules concluded. */
export function isWordFeature(name: string): boolean {
  return !name.startsWith('rule:') && !name.startsWith('cue');
}
