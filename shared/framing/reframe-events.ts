import { addImpliedSubjects, looksPast } from './context';
import { splitSentences, type TextRange } from './sentences';
import { tokenize, type Token } from './tokens';
import type { FramingSpan, SentenceFraming } from './types';

/**
 * Finding, in the writer's own words, the act or happening a verdict sentence is
 * about, so a reframe can quote it instead of offering a generic line.
 */
const HAPPENED = new Set([
  'fired', 'laid', 'dumped', 'rejected', 'passed', 'let', 'dropped', 'cut', 'turned', 'left', 'ghosted',
  'denied', 'refused', 'benched', 'demoted', 'evicted', 'divorced', 'diagnosed', 'kicked', 'lost', 'got',
]);
/** Subjectless participles that mean something was done to the writer: "Passed over again." */
const PASSIVE_OPENERS = new Set([
  'passed', 'locked', 'laid', 'fired', 'dumped', 'rejected', 'turned', 'kicked', 'benched', 'ghosted',
  'demoted', 'evicted', 'overlooked', 'outbid', 'outplayed', 'beaten', 'written', 'sacked', 'cut',
  'excluded', 'uninvited', 'blocked', 'banned', 'suspended', 'expelled',
]);

/** Verbs that report a thought or state, not an event to retell. */
const NOT_EVENTS = new Set([
  'was', 'were', 'had', 'thought', 'felt', 'knew', 'wondered', 'decided', 'believed', 'guess', 'guessed',
  'realized', 'realised', 'kept', 'started', 'began', 'tried', 'am', 'is', 'have', 'has', 'can', 'could',
  'would', 'will', 'should', 'do', 'did', 'been', 'think', 'feel', 'know', 'wish', 'want', 'need', 'hate',
  'love', 'must', 'came',
]);
const CLAUSE_END = new Set([',', ';', ':', '.', '!', '?', '-', '"', '(', ')']);
const CLAUSE_END_WORDS = new Set(['but', 'because', 'so', 'and', 'which', 'while', 'when', 'since', 'though', 'although', 'after', 'before', 'then', 'until']);
const MAX_EVENT_WORDS = 14;
/** Words a retold event should not end on when it is cut short. */
const TRAILING_FILLER = new Set([
  'of', 'the', 'a', 'an', 'to', 'in', 'on', 'for', 'with', 'and', 'my', 'his', 'her', 'their', 'our', 'at',
  'from', 'by', 'about', 'most', 'very', 'so', 'just', 'the way', 'way', 'like',
]);

export interface Event {
  /** "I forgot picture day again" */
  told: string;
  span: FramingSpan;
  happened: boolean;
  /** told with something other than the writer as subject: "The launch went badly" */
  other?: boolean;
}

/** Common past tenses that do not end in -ed. */
const IRREGULAR_PAST = new Set([
  'went', 'got', 'came', 'fell', 'broke', 'lost', 'left', 'ran', 'took', 'made', 'sank', 'blew', 'froze', 'fell',
  'crashed', 'bombed', 'flopped', 'collapsed', 'died', 'ended', 'tanked', 'bounced', 'shut', 'split', 'hit', 'sold',
]);
/** A clause with these is someone's words or a verdict, not an event. */
const REPORTING = new Set(['said', 'says', 'told', 'called', 'thinks', 'thought', 'think', 'reckons', 'felt', 'feel']);
const VERDICT_WORDS = new Set(['failure', 'loser', 'idiot', 'useless', 'worthless', 'pathetic', 'stupid', 'deserve', 'deserved']);
/**
 * Words that name the setback itself. Among several things the writer did,
 * the one with one of these is the act the verdict is about: "I cried after I
 * missed the penalty" is about the penalty, not the crying.
 */
const SETBACK_WORDS = new Set([
  'failed', 'missed', 'forgot', 'forgotten', 'lost', 'broke', 'broken', 'dropped', 'crashed', 'wrong', 'late', 'badly',
  'rejected', 'fired', 'bombed', 'flunked', 'messed', 'ruined', 'blew', 'botched', 'skipped', 'snapped', 'yelled',
  'shouted', 'lied', 'overslept', 'spilled', 'spilt', 'deleted', 'sent', 'mistake', 'error', 'relapsed', 'declined',
  'cut', 'dumped', 'laid', 'sacked', 'refused', 'tanked', 'flopped', 'collapsed', 'fell',
]);
/** What a person does to get through a setback, rather than the setback. */
const COPING_WORDS = new Set(['cried', 'sobbed', 'stayed', 'lay', 'sat', 'walked', 'called', 'texted', 'rang', 'slept', 'worried', 'drank', 'ate']);

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}


/** Everything the writer did or that happened to them in this sentence, in their words, in order. */
function eventsIn(text: string, range: TextRange, avoid: readonly FramingSpan[]): Event[] {
  const found: Event[] = [];
  const tokens = addImpliedSubjects(tokenize(text, range.start, range.end));
  const inVerdict = (t: Token): boolean => avoid.some((a) => t.start < a.end && a.start < t.end);
  for (let i = 0; i < tokens.length; i++) {
    const subject = tokens[i];
    if (!subject || (subject.norm !== 'i' && subject.kind !== 'implied') || inVerdict(subject)) continue;
    // "after what I said": the event is the saying, which has no words of its own here.
    if (['what', 'which', 'that', 'who', 'how'].includes(tokens[i - 1]?.norm ?? '')) continue;
    let v = i + 1;
    while (['just', 'also', 'totally', 'completely', 'really', 'basically', 'accidentally', 'again'].includes(tokens[v]?.norm ?? '')) v++;
    const verb = tokens[v];
    if (!verb || verb.kind !== 'word' || inVerdict(verb) || NOT_EVENTS.has(verb.norm)) continue;
    const passive = subject.norm === 'i' && tokens[v - 1]?.norm === 'was';
    if (!looksPast(verb.norm) && !passive && !['bombed', 'flunked', 'failed'].includes(verb.norm)) continue;
    let end = v;
    let words = 1;
    while (end + 1 < tokens.length && words < MAX_EVENT_WORDS) {
      const next = tokens[end + 1];
      if (!next || CLAUSE_END.has(next.norm) || CLAUSE_END_WORDS.has(next.norm) || inVerdict(next)) break;
      if ((next.norm === 'the' && tokens[end + 2]?.norm === 'way') || next.norm === 'like') break;
      end++;
      if (next.kind === 'word') words++;
    }
    while (end > v && TRAILING_FILLER.has(tokens[end]?.norm ?? '')) end--;
    const from = subject.kind === 'implied' ? verb : subject;
    const last = tokens[end];
    if (!last) continue;
    const own = text.slice(from.start, last.end);
    const doneToMe = subject.kind === 'implied' && PASSIVE_OPENERS.has(verb.norm);
    const told =
      subject.kind === 'implied' ? `I ${doneToMe ? 'was ' : ''}${own.charAt(0).toLowerCase()}${own.slice(1)}` : own;
    found.push({
      told: capitalise(told),
      span: { start: from.start, end: last.end, text: own },
      happened: HAPPENED.has(verb.norm) || passive || doneToMe,
    });
    i = end;
  }
  return found;
}

/**
 * "The launch went badly", "my essay came back with a D": what happened,
 * told with something other than the writer as subject. Clauses are cut at
 * punctuation and at "and"/"but"/"so"; one counts when it has a past-tense
 * verb and is neither the verdict nor someone's words about the writer.
 */
function happeningsIn(text: string, range: TextRange, avoid: readonly FramingSpan[]): Event[] {
  const tokens = tokenize(text, range.start, range.end);
  const found: Event[] = [];
  let from = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i];
    if (t && !CLAUSE_END.has(t.norm) && !CLAUSE_END_WORDS.has(t.norm)) continue;
    const clause = tokens.slice(from, i).filter((c) => c.kind === 'word');
    from = i + 1;
    const first = clause[0];
    const last = clause[clause.length - 1];
    if (!first || !last || clause.length < 3 || clause.length > MAX_EVENT_WORDS) continue;
    if (['i', 'me', 'you', 'what', 'which', 'who', 'that', 'it', 'this', 'there', 'if', 'when'].includes(first.norm)) continue;
    if (clause.some((c) => avoid.some((a) => c.start < a.end && a.start < c.end))) continue;
    if (clause.some((c) => REPORTING.has(c.norm) || VERDICT_WORDS.has(c.norm))) continue;
    if (!clause.slice(1).some((c) => looksPast(c.norm) || IRREGULAR_PAST.has(c.norm))) continue;
    const own = text.slice(first.start, last.end);
    found.push({ told: capitalise(own), span: { start: first.start, end: last.end, text: own }, happened: true, other: true });
  }
  return found;
}

/** "She left because I'm unlovable": what happened is the part before "because". */
function causeClause(text: string, sentence: SentenceFraming): Event | null {
  const verdictStart = Math.min(...sentence.spans.map((s) => s.start));
  const before = text.slice(sentence.start, verdictStart);
  const m = /^(.*\S)\s*(?:,\s*)?\b(?:because|bc|since|cause)\s*$/iu.exec(before);
  const clause = m?.[1];
  if (!clause || clause.split(/\s+/u).length < 2) return null;
  return {
    told: capitalise(clause),
    span: { start: sentence.start, end: sentence.start + clause.length, text: clause },
    happened: true,
  };
}

/** Verbs that name a setback before what it happened to ("failed the exam", "passed over for the role"), one a line. */
const SETBACK_VERBS = [
  'failed',
  'failing',
  'flunked',
  'bombed',
  'sitting',
  'sat',
  'lost',
  'missed',
  'another',
  'passed over for',
  'rejected from',
  'fired from',
  'laid off from',
  'kicked out of',
  'cut from',
  "did(?:n't| not) get",
  "did(?:n't| not) make",
];
const SETBACK = new RegExp(`\\b(${SETBACK_VERBS.join('|')})\\s+((?:the|my|a|an|this|that|our)\\s+)?((?:[\\p{L}\\p{N}'-]+\\s+){0,2}?[\\p{L}\\p{N}'-]+?)(?=\\s*(?:[,.;:!?]|\\s(?:again|and|but|because|for|today|this|after|with|in|at|on)\\b|$))`, 'iu');

/** "Third time sitting the bar exam": no sentence with "I" to retell, but a named setback. */
function namedSetback(text: string, range: TextRange): Event | null {
  const slice = text.slice(range.start, range.end);
  const m = SETBACK.exec(slice);
  if (!m) return null;
  const verb = (m[1] ?? '').toLowerCase();
  const what = `${m[2] ?? ''}${m[3] ?? ''}`.trim();
  if (!what) return null;
  const at = range.start + m.index + (m[0].length - (m[2] ?? '').length - (m[3] ?? '').length);
  const span = { start: at, end: at + what.length, text: text.slice(at, at + what.length) };
  if (/^(?:failed|failing|flunked|bombed|sitting|sat)$/u.test(verb)) {
    return { told: `I failed ${what}`, span, happened: false };
  }
  if (verb === 'another') return { told: `I got another ${what}`, span, happened: true };
  return { told: `I ${verb.replace(/^did(?:n't| not) /u, 'did not ')} ${what}`, span, happened: true };
}

function wordsOf(told: string): string[] {
  return told.toLowerCase().split(/[^\p{L}\p{N}']+/u).filter(Boolean);
}

/**
 * How well an event answers the verdict: the setback itself over what came
 * after it, the writer's own act over something that happened around them,
 * the same sentence over its neighbours.
 */
function rank(event: Event, distance: number): number {
  const words = wordsOf(event.told);
  const setback = words.some((w) => SETBACK_WORDS.has(w)) ? 3 : 0;
  const coping = COPING_WORDS.has(words[event.told.startsWith('I ') ? 1 : 0] ?? '') ? -2 : 0;
  return setback + coping + (event.other ? 0 : 1) - distance;
}

/** Look in the sentence itself, then just before it, then just after, and take the best act found. */
export function findEvent(text: string, sentence: SentenceFraming): Event | null {
  const ranges = splitSentences(text);
  const here = ranges.findIndex((r) => r.start <= sentence.start && sentence.start < r.end);
  const order = here < 0 ? [] : [here, here - 1, here - 2, here + 1];
  const candidates: { event: Event; score: number; order: number }[] = [];
  order.forEach((index, k) => {
    const range = ranges[index];
    if (!range) return;
    const avoid = index === here ? sentence.spans : [];
    const distance = Math.abs(index - here);
    const events = [...eventsIn(text, range, avoid), ...happeningsIn(text, range, avoid)];
    if (index === here && sentence.spans.length > 0) {
      const cause = causeClause(text, sentence);
      if (cause) events.unshift(cause);
    }
    for (const event of events) candidates.push({ event, score: rank(event, distance), order: k * 100 + candidates.length });
  });
  const best = candidates.sort((a, b) => b.score - a.score || a.order - b.order)[0];
  if (best) return best.event;
  for (const index of order) {
    const range = ranges[index];
    const setback = range ? namedSetback(text, range) : null;
    if (setback) return setback;
  }
  return null;
}
