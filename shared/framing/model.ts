/**
 * The learned part of the analyzer: a multinomial logistic regression over the
 * features in features.ts, trained by scripts/train-framing.ts on labelled
 * passages. It is linear, so a passage's score is the sum of its sentences'
 * scores, and the sentences that carry a decision (and the words inside them
 * that weigh most) can be named. That keeps every label explained in the
 * writer's own words, whoever decided it.
 */
import type { Feature } from './features';
import { isWordFeature } from './features';
import MODEL from './model-weights.json';
import type { PreparedSentence } from './prepare';
import { FRAMING_LABELS, type FramingCue, type FramingLabel, type FramingSpan, type SentenceFraming } from './types';

export interface ModelWeights {
  labels: readonly FramingLabel[];
  bias: readonly number[];
  /** feature name -> one weight per label, in `labels` order */
  features: Readonly<Record<string, readonly number[]>>;
}

const WEIGHTS: ModelWeights = MODEL as ModelWeights;
const LABEL_INDEX = new Map(WEIGHTS.labels.map((l, i) => [l, i]));
/** Weights reordered to FRAMING_LABELS once, in a Map, so scoring a sentence is lookups and adds. */
const TABLE = new Map(
  Object.entries(WEIGHTS.features).map(([name, w]) => [name, FRAMING_LABELS.map((l) => w[LABEL_INDEX.get(l) ?? 0] ?? 0)] as const),
);
const BIAS = FRAMING_LABELS.map((l) => WEIGHTS.bias[LABEL_INDEX.get(l) ?? 0] ?? 0);
const NEUTRAL = FRAMING_LABELS.indexOf('neutral');
/**
 * A sentence the rules left neutral is marked on the model's word only when,
 * read alone, it is this sure: a passage can be shame because of one
 * sentence, and the facts around it stay facts.
 */
const SENTENCE_SURE = 0.85;
const MAX_EVIDENCE = 3;
/** Puts a typical passage's word features near 1, where they train as readily as the rules' findings. */
const WORD_GAIN = 30;
/** ...but in a very short passage no single word should count for more than two. */
const WORD_CAP = 2;
/**
 * How the model's scores become a label. `shift` is taken off each label's
 * logit (FRAMING_LABELS order) before the argmax; `override` is how sure the
 * model must be to overturn a label the rules gave (where they fire, they are
 * precise). Both are chosen by scripts/train-framing.ts --calibrate, on
 * cross-validated scores over the training corpus, never on a kept-aside file.
 */
export interface DecisionParams {
  shift: readonly number[];
  override: number;
  /** how sure the model must be to take up a sign the rules set aside in one of the `strict` ways */
  setAside: number;
  /** the ways of setting a sign aside ('set-aside': weighed at nothing on purpose, 'reported', 'old-verdict', 'quoted', 'negated') held to `setAside` rather than `override` */
  strict: readonly string[];
  /** how sure the model must be to clear a sign the rules found (reading the passage as neutral); `override` when absent */
  clearing?: number;
}

/**
 * Checked with `--all --by-file` (one corpus file at a time held out, over all
 * seventeen corpus files, 3,458 passages; never a held-out set), and chosen for
 * a new writer rather than for the pooled figure: each corpus file is one
 * writer's batch, and these settings keep every label's precision at 0.85 or
 * more in 9 of the 17 files judged alone (the settings before: 7), with pooled
 * macro-F1 0.874 (before: 0.876) and lowest pooled precision 0.875 (0.872).
 * - blame and neutral are each called a little less readily (their logits
 *   lowered by 0.3 and 1.2): what a new writer's set punished most was blame
 *   and neutral taken for each other and for shame;
 * - where the rules found a sign, the model overturns their reading only at
 *   0.7, and clears it (reads the passage as neutral) only at 0.9: a found act
 *   ("forgot to lock it, bike gone, new padlock on") should not vanish on a
 *   lean. Settings with override 0.5 score higher pooled, but overturn the
 *   rules' lessons and "but" clauses that the mechanism tests hold.
 * - a sign the rules set aside on purpose needs 0.9 to be taken up again.
 */
export const DECISION: DecisionParams = { shift: [0, 0, 0.3, 1.2], override: 0.7, setAside: 0.9, strict: ['set-aside'], clearing: 0.9 };

export interface SentenceInput {
  /** what the rules made of the sentence */
  label: FramingLabel;
  features: readonly Feature[];
}

export interface Evidence {
  from: number;
  to: number;
  name: string;
  weight: number;
}

export interface Decision {
  label: FramingLabel;
  sentences: { label: FramingLabel; evidence: Evidence[] }[];
}

function scoreOf(features: readonly Feature[]): number[] {
  const scores = [0, 0, 0, 0];
  for (const f of features) {
    const w = TABLE.get(f.name);
    if (!w) continue;
    for (let k = 0; k < scores.length; k++) scores[k] = (scores[k] ?? 0) + (w[k] ?? 0);
  }
  return scores;
}

function at(scores: readonly number[], label: FramingLabel): number {
  return scores[FRAMING_LABELS.indexOf(label)] ?? 0;
}

function argmax(scores: readonly number[]): FramingLabel {
  let best = 0;
  scores.forEach((s, k) => {
    if (s > (scores[best] ?? -Infinity)) best = k;
  });
  return FRAMING_LABELS[best] ?? 'neutral';
}

/**
 * The passage as the model sees it. Word features add up over sentences but
 * are scaled by the square root of how many there are, so a long passage is
 * not pushed away from neutral by its length alone and one short sentence
 * still counts; what the rules found counts once per passage, whatever its length.
 */
export function passageVector(sentences: readonly (readonly Feature[])[], ruleLabel: FramingLabel): Map<string, number> {
  const words = new Map<string, number>();
  const rules = new Map<string, number>([[`passage-rule:${ruleLabel}`, 1]]);
  let count = 0;
  for (const features of sentences) {
    for (const f of features) {
      if (isWordFeature(f.name)) {
        words.set(f.name, (words.get(f.name) ?? 0) + 1);
        count++;
      } else rules.set(f.name, 1);
    }
  }
  const scale = count > 0 ? Math.min(WORD_CAP, WORD_GAIN / Math.sqrt(count)) : 0;
  for (const [name, n] of words) rules.set(name, n * scale);
  return rules;
}

/** Passage logits, in FRAMING_LABELS order. */
export function passageScores(vector: ReadonlyMap<string, number>): number[] {
  const total = [...BIAS];
  for (const [name, value] of vector) {
    const w = TABLE.get(name);
    if (!w) continue;
    for (let k = 0; k < total.length; k++) total[k] = (total[k] ?? 0) + (w[k] ?? 0) * value;
  }
  return total;
}

/**
 * passageScores(passageVector(sentences, ruleLabel)) in one pass, without the
 * vector: a word feature's value is its count times one scale, so its share
 * of a logit is the scale times the sum of its weight over every occurrence.
 * Also returns the set-aside cues, which are all choose() needs of the vector.
 */
function passageLogits(sentences: readonly SentenceInput[], ruleLabel: FramingLabel): { logits: number[]; cues: Map<string, number> } {
  const total = [...BIAS];
  const words = [0, 0, 0, 0];
  const seen = new Set<string>();
  const cues = new Map<string, number>();
  let count = 0;
  const add = (into: number[], w: readonly number[] | undefined): void => {
    if (w) for (let k = 0; k < into.length; k++) into[k] = (into[k] ?? 0) + (w[k] ?? 0);
  };
  add(total, TABLE.get(`passage-rule:${ruleLabel}`));
  for (const s of sentences) {
    for (const f of s.features) {
      if (isWordFeature(f.name)) {
        add(words, TABLE.get(f.name));
        count++;
      } else if (!seen.has(f.name)) {
        seen.add(f.name);
        add(total, TABLE.get(f.name));
        if (f.name.startsWith('cue-')) cues.set(f.name, 1);
      }
    }
  }
  const scale = count > 0 ? Math.min(WORD_CAP, WORD_GAIN / Math.sqrt(count)) : 0;
  for (let k = 0; k < total.length; k++) total[k] = (total[k] ?? 0) + (words[k] ?? 0) * scale;
  return { logits: total, cues };
}

/** Ways the rules find a verdict and set it aside: someone else's words, an old belief, quotation marks, a "not", a good thing deserved. */
const SET_ASIDE = ['reported', 'old-verdict', 'quoted', 'negated', 'set-aside'];

/** For each label whose signs the rules found in this passage and deliberately set aside: how they were set aside. */
function setAsideIn(vector: ReadonlyMap<string, number>): Map<string, Set<string>> {
  const labels = new Map<string, Set<string>>();
  for (const name of vector.keys()) {
    const m = /^cue-([a-z-]+):([a-z]+)$/u.exec(name);
    if (!m || !SET_ASIDE.includes(m[1] ?? '')) continue;
    const ways = labels.get(m[2] ?? '') ?? new Set<string>();
    ways.add(m[1] ?? '');
    labels.set(m[2] ?? '', ways);
  }
  return labels;
}

/**
 * Where the rules found a sign, they keep the passage unless the model is
 * sure otherwise; where they found none (most of what they miss), the model
 * decides, except that a verdict the rules set aside on purpose ("Dad called
 * me a failure", "I deserve to be paid") needs the model to be just as sure
 * before it is taken up again.
 */
export function choose(
  raw: readonly number[],
  ruleLabel: FramingLabel,
  vector: ReadonlyMap<string, number>,
  params: DecisionParams = DECISION,
): FramingLabel {
  const logits = raw.map((z, k) => z - (params.shift[k] ?? 0));
  const learned = argmax(logits);
  if (learned === ruleLabel) return learned;
  const max = Math.max(...logits);
  const sure = 1 / logits.reduce((n, z) => n + Math.exp(z - max), 0);
  if (ruleLabel === 'neutral') {
    const ways = setAsideIn(vector).get(learned);
    if (!ways) return learned;
    // A sign weighed at nothing on purpose ("I deserve a break", "she blamed me") needs the most; one in someone else's words, an old belief, quotation marks or after a "not" is a finding of the rules like any other.
    return sure >= (params.strict.some((w) => ways.has(w)) ? params.setAside : params.override) ? learned : ruleLabel;
  }
  return sure >= (learned === 'neutral' ? (params.clearing ?? params.override) : params.override) ? learned : ruleLabel;
}

/**
 * Words too common to explain anything by themselves: a reason that quotes
 * "a" or "my" tells the person nothing, even where the model leans on them.
 */
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'so', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'it',
  'is', 'was', 'are', 'were', 'be', 'am', 'i', '<i>', 'me', 'my', 'you', 'your', 'he', 'she', 'they', 'them', 'his',
  'her', 'their', 'we', 'our', 'this', 'that', 'these', 'those', 'just', 'really', 'very', 'have', 'has', 'had', 'do',
  'did', 'does', 'not', 'no', 'up', 'out', 'all', 'what', 'who', 'which', 'there', 'then', 'than', 'if', 'when',
]);

function explainsSomething(name: string): boolean {
  if (name.startsWith('last:')) return explainsSomething(name.slice('last:'.length));
  if (!isWordFeature(name)) return false;
  const colon = name.indexOf(':');
  const prefix = name.slice(0, colon);
  const words = name.slice(colon + 1).split('_');
  // Clause shapes ("I am <what>", "I <did> <something>") always say something about the sentence.
  if (prefix !== 'w' && prefix !== 's' && prefix !== 'b' && prefix !== 'neg' && prefix !== 'rep') return !name.endsWith('-be') || words.length > 1;
  return words.some((w) => !FUNCTION_WORDS.has(w));
}

/** The words in a sentence that pull hardest towards `label`. */
function evidenceFor(features: readonly Feature[], label: FramingLabel): Evidence[] {
  const k = FRAMING_LABELS.indexOf(label);
  return features
    .filter((f) => explainsSomething(f.name) && f.to >= f.from)
    .map((f) => {
      const w = TABLE.get(f.name);
      return { from: f.from, to: f.to, name: f.name, weight: w ? (w[k] ?? 0) - (w[NEUTRAL] ?? 0) : 0 };
    })
    .filter((e) => e.weight > 0)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, MAX_EVIDENCE);
}

/**
 * passageScores(passageVector([features], 'neutral')), shifted as choose()
 * shifts it, in one pass without building the vector: this runs for every
 * neutral sentence of a long entry.
 */
function aloneLogits(features: readonly Feature[]): number[] {
  const total = [...BIAS];
  const words = [0, 0, 0, 0];
  let count = 0;
  const seen = new Set<string>();
  const add = (into: number[], w: readonly number[] | undefined): void => {
    if (w) for (let k = 0; k < into.length; k++) into[k] = (into[k] ?? 0) + (w[k] ?? 0);
  };
  add(total, TABLE.get('passage-rule:neutral'));
  for (const f of features) {
    if (isWordFeature(f.name)) {
      add(words, TABLE.get(f.name));
      count++;
    } else if (!seen.has(f.name)) {
      seen.add(f.name);
      add(total, TABLE.get(f.name));
    }
  }
  const scale = count > 0 ? Math.min(WORD_CAP, WORD_GAIN / Math.sqrt(count)) : 0;
  for (let k = 0; k < total.length; k++) total[k] = (total[k] ?? 0) + (words[k] ?? 0) * scale;
  for (let k = 0; k < total.length; k++) total[k] = (total[k] ?? 0) - (DECISION.shift[k] ?? 0);
  return total;
}

function probabilities(logits: readonly number[]): number[] {
  const max = Math.max(...logits);
  const e = logits.map((z) => Math.exp(z - max));
  const sum = e.reduce((n, x) => n + x, 0);
  return e.map((x) => x / sum);
}

/**
 * The passage label comes from the model (which weighs the rules' findings as
 * evidence). Sentences keep the rules' labels; one the rules left neutral is
 * marked when the model, reading it alone, is sure of it. If the passage still
 * leans a way no sentence shows, the sentence whose words lean that way most
 * is marked, so what the person is shown agrees with the whole.
 */
export function decide(sentences: readonly SentenceInput[], ruleLabel: FramingLabel): Decision {
  const { logits, cues } = passageLogits(sentences, ruleLabel);
  const label = choose(logits, ruleLabel, cues);
  const out = sentences.map((s) => ({ label: s.label, evidence: [] as Evidence[] }));
  if (label === 'neutral') return { label, sentences: out };
  sentences.forEach((s, i) => {
    if (s.label !== 'neutral') return;
    const logits = aloneLogits(s.features);
    const p = probabilities(logits);
    const best = argmax(logits);
    if (best === 'neutral' || (p[FRAMING_LABELS.indexOf(best)] ?? 0) < SENTENCE_SURE) return;
    const evidence = evidenceFor(s.features, best);
    if (evidence.length > 0) out[i] = { label: best, evidence };
  });
  if (out.some((o) => o.label === label)) return { label, sentences: out };
  const scored = sentences.map((s) => scoreOf(s.features));
  const best = scored
    .map((scores, i) => ({ i, lean: at(scores, label) - Math.max(...FRAMING_LABELS.filter((l) => l !== label).map((l) => at(scores, l))) }))
    .filter(({ i }) => evidenceFor(sentences[i]?.features ?? [], label).length > 0)
    .sort((a, b) => b.lean - a.lean)[0];
  if (best) out[best.i] = { label, evidence: evidenceFor(sentences[best.i]?.features ?? [], label) };
  return { label, sentences: out };
}

/** How a learned decision is described; the quoted words follow, as for every rule. */
const LEARNED_KIND: Readonly<Record<Exclude<FramingLabel, 'neutral'>, string>> = {
  shame: 'words that, taken together, read as a verdict on who you are',
  accountability: 'words that, taken together, name something you did and what you make of it',
  blame: 'words that, taken together, put it on someone or something else',
};

function spansOf(text: string, s: PreparedSentence, evidence: readonly Evidence[]): FramingSpan[] {
  const ranges = evidence
    .map((e) => {
      const first = s.tokens[e.from];
      const last = s.tokens[e.to];
      return first && last ? { start: first.start, end: Math.max(first.end, last.end) } : null;
    })
    .filter((r): r is { start: number; end: number } => r !== null && r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    // Words a space or two apart read as one phrase.
    if (last && r.start <= last.end + 2) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged.map((r) => ({ ...r, text: text.slice(r.start, r.end) }));
}

/** A sentence labelled by the model, shown with the words that carried it. */
export function learnedFraming(
  text: string,
  s: PreparedSentence,
  label: FramingLabel,
  evidence: readonly Evidence[],
  cues: readonly FramingCue[],
): SentenceFraming {
  const spans = spansOf(text, s, evidence);
  const kind = label === 'neutral' ? '' : LEARNED_KIND[label];
  const learnedCues: FramingCue[] =
    label === 'neutral'
      ? []
      : spans.map((span) => ({ ...span, rule: `learned.${label}`, label, kind, weight: 1, status: 'active' as const }));
  return {
    start: s.start,
    end: s.end,
    text: s.text,
    label,
    reason: `${kind}: ${spans.map((sp) => `'${sp.text}'`).join(', ')}`,
    spans,
    cues: [...cues, ...learnedCues],
  };
}
