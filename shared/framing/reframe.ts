/**
 * suggestReframe: for a sentence that reads as a verdict on who the writer
 * is, offer the same moment as something that happened or something they
 * did, in their own words, plus an invitation to look at what is theirs to
 * own. Pure: reads its inputs, never changes them.
 */
import { findEvent, type Event } from './reframe-events';
import type { FramingAnalysis, FramingCue, FramingSpan, SentenceFraming } from './types';

export interface Reframe {
  /** the shame sentence this answers */
  sentence: FramingSpan;
  /** the moment retold as something done or something that happened */
  reframe: string;
  /** an invitation, in second person, to look at what is the writer's to own */
  prompt: string;
  /** the writer's own words the suggestion is built from */
  basedOn: FramingSpan[];
  /**
   * The act or event the suggestion retells, in the writer's words; null when
   * none could be found and the suggestion is a general one, which the offer must say.
   */
  act: FramingSpan | null;
}

type VerdictKind =
  | 'identity'
  | 'global'
  | 'permanent'
  | 'deserving'
  | 'comparison'
  | 'hiding'
  | 'punishment'
  | 'question'
  | 'mocking'
  | 'adopted';

const KIND_BY_RULE: Readonly<Record<string, VerdictKind>> = {
  'shame.ruins-everything': 'global',
  'shame.always-fails': 'global',
  'shame.thats-who-i-am': 'global',
  'shame.cant-do-anything-right': 'global',
  'shame.cannot-function': 'global',
  'shame.cant-even': 'global',
  'shame.nothing-i-do': 'global',
  'shame.never-finish-anything': 'global',
  'shame.same-pattern': 'global',
  'shame.bad-at-everything': 'global',
  'shame.push-people-away': 'global',
  'shame.common-factor': 'global',
  'shame.no-willpower': 'global',
  'shame.never-will-be': 'permanent',
  'shame.never-was-good-enough': 'permanent',
  'shame.always-will-be': 'permanent',
  'shame.born-this-way': 'permanent',
  'shame.deserve-this': 'deserving',
  'shame.dont-deserve-good': 'deserving',
  'shame.deserves-better-than-me': 'deserving',
  'shame.deserve-someone-better': 'deserving',
  'shame.would-leave-me-too': 'deserving',
  'shame.miracle-anyone-stays': 'deserving',
  'shame.better-off-without-me': 'deserving',
  'shame.better-than-me': 'comparison',
  'shame.worse-than-everyone': 'comparison',
  'shame.everyone-else-can': 'comparison',
  'shame.others-just-know': 'comparison',
  'shame.normal-people': 'comparison',
  'shame.why-cant-i-be-normal': 'comparison',
  'shame.dont-belong': 'comparison',
  'shame.not-good-enough': 'comparison',
  'shame.people-like-me': 'comparison',
  'shame.who-would-want-me': 'comparison',
  'shame.everyone-can-tell': 'comparison',
  'shame.want-to-hide': 'hiding',
  'shame.wanted-to-hide': 'hiding',
  'shame.cant-face-anyone': 'hiding',
  'shame.self-disgust': 'hiding',
  'shame.self-punishment': 'punishment',
  'shame.what-is-wrong-with-me': 'question',
  'shame.why-am-i-like-this': 'question',
  'shame.what-kind-of-person': 'question',
  'shame.kidding-myself': 'question',
  'shame.mock-self': 'mocking',
  'shame.of-course-i-did': 'mocking',
  'adoption.they-were-right': 'adopted',
  'adoption.proves-it': 'adopted',
};

/** Verbs for things that happen to a person rather than things they do. */
/** "I forgot my keys" -> "you forgot your keys", for the prompt. */
function toSecondPerson(s: string): string {
  const swaps: Readonly<Record<string, string>> = {
    i: 'you', me: 'you', my: 'your', mine: 'yours', myself: 'yourself', "i'm": "you're", im: "you're",
    "i've": "you've", "i'd": "you'd", "i'll": "you'll", am: 'are', "i\u2019m": 'you\u2019re',
  };
  return s.replace(/[\p{L}'\u2019]+/gu, (w) => swaps[w.toLowerCase()] ?? w);
}

function strongestVerdict(sentence: SentenceFraming): FramingCue | undefined {
  const verdicts = (sentence.cues ?? []).filter((c) => c.status === 'active' && c.label === 'shame');
  return [...verdicts].sort((a, b) => b.weight - a.weight || a.start - b.start)[0];
}

/** "I forgot the form" stays as written mid-sentence; "Dad left" becomes "dad left". */
function midSentence(told: string): string {
  return /^I\b/u.test(told) ? told : told.charAt(0).toLowerCase() + told.slice(1);
}

function reframeFor(kind: VerdictKind, event: Event | null): string {
  if (!event) return FALLBACK_REFRAME[kind];
  const { told } = event;
  const inside = midSentence(told);
  switch (kind) {
    case 'identity':
      return `${told}; that is ${event.happened ? 'something that happened' : 'something I did'}, not who I am.`;
    case 'global':
      return `${told}. That is one thing that went wrong this time, not everything and not always.`;
    case 'permanent':
      return `${told}; that is where things stand today, not where they have to stay.`;
    case 'deserving':
      return `${told}. It hurts, and hurting is not the same as deserving it.`;
    case 'comparison':
      return `${told}; that is about this one time, not about how I measure up against everyone else.`;
    case 'hiding':
      return `I feel awful that ${inside}. The feeling is real, and it is not a verdict on me.`;
    case 'punishment':
      return `${told}. Owning it means repairing what I can, not punishing myself.`;
    case 'question':
      return `Nothing has to be wrong with me for this to have happened: ${inside}. I can look at what led to it.`;
    case 'mocking':
      return `${told}; I can be as fair to myself about it as I would be to a friend.`;
    case 'adopted':
      return `${told}; that does not make a harsh thing once said about me true.`;
  }
}

const FALLBACK_REFRAME: Readonly<Record<VerdictKind, string>> = {
  identity: 'Something went wrong, and it hurts; that is something that happened, not who I am.',
  global: 'One thing went wrong this time; that is not everything, and not always.',
  permanent: 'This is where things stand today, not where they have to stay.',
  deserving: 'This hurts, and hurting is not the same as deserving it.',
  comparison: 'This is about one time, not about how I measure up against everyone else.',
  hiding: 'I feel awful right now. The feeling is real, and it is not a verdict on me.',
  punishment: 'Owning what happened means repairing what I can, not punishing myself.',
  question: 'Nothing has to be wrong with me for this to have happened. I can look at what led to it.',
  mocking: 'I can be as fair to myself about this as I would be to a friend.',
  adopted: 'What happened does not make a harsh thing once said about me true.',
};

function promptFor(kind: VerdictKind, event: Event | null): string {
  if (!event) {
    return 'Want to look at what is yours to own here? What part of this was in your hands, and what is one small thing you could try next time?';
  }
  const yours = toSecondPerson(midSentence(event.told));
  switch (kind) {
    case 'deserving':
    case 'punishment':
      return `Want to look at what is yours to own here? Thinking about when ${yours}, what is one thing you could repair or do differently, without punishing yourself?`;
    case 'comparison':
      return `Want to look at just your part? When ${yours}, what was in your hands, and what would you like to try next time?`;
    case 'hiding':
      return `When you feel ready, want to look at what happened? When ${yours}, which part was yours, and which part was not?`;
    default:
      return `Want to look at what is yours to own? When ${yours}, what part was in your hands, and what is one small thing you could try next time?`;
  }
}

export function suggestReframe(sentence: SentenceFraming, text: string): Reframe | null {
  if (sentence.label !== 'shame') return null;
  const verdict = strongestVerdict(sentence);
  const kind: VerdictKind = (verdict && KIND_BY_RULE[verdict.rule]) ?? 'identity';
  const event = findEvent(text, sentence);
  const basedOn: FramingSpan[] = [
    ...sentence.spans.map((s) => ({ ...s })),
    ...(event ? [{ ...event.span }] : []),
  ].sort((a, b) => a.start - b.start);
  return {
    sentence: { start: sentence.start, end: sentence.end, text: sentence.text },
    reframe: reframeFor(kind, event),
    prompt: promptFor(kind, event),
    basedOn,
    act: event ? { ...event.span } : null,
  };
}

/** A suggestion for every sentence in the analysis that reads as a verdict on who the writer is. */
export function suggestReframes(analysis: FramingAnalysis, text: string): Reframe[] {
  return analysis.sentences.map((s) => suggestReframe(s, text)).filter((r): r is Reframe => r !== null);
}
