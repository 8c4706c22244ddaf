/**
 * analyzeText: label each sentence shame / accountability / blame / neutral,
 * explain it, and sum the text up.
 */
import { tallyLabels } from './tally';
import { findCues, resolveOverlaps, type FoundCue } from './cues';
import { neutralReason, reasonFor } from './explain';
import { prepareSentence, type PreparedSentence } from './prepare';
import { splitSentences } from './sentences';
import { sentenceFeatures, type Feature } from './features';
import { decide, learnedFraming } from './model';
import type { FramingAnalysis, FramingCue, FramingLabel, FramingSpan, SentenceFraming } from './types';

/** Below this a sentence's strongest sign is too faint to call it anything but neutral. */
const SENTENCE_THRESHOLD = 0.6;
/** A sentence's strength is capped so one very loud sentence cannot drown a passage. */
const MAX_STRENGTH = 2.5;
/** Verdict language weighs more than the same amount of owning language: one "I'm a failure" colours a paragraph. */
const PASSAGE_WEIGHT: Record<Exclude<FramingLabel, 'neutral'>, number> = { shame: 1.5, blame: 1.2, accountability: 1 };
/** What is said before a "but" is conceded; what follows carries the sentence. */
const BEFORE_BUT = 0.6;
/** A whole sentence conceded by the next one opening with "But" weighs a little less again. */
const BEFORE_BUT_SENTENCE = 0.5;
const AFTER_BUT = 1.25;
/** "Am I a failure?" asks; it weighs less than saying it. */
const YES_NO_QUESTION = 0.6;
/** Faint signs of the same kind in neighbouring sentences support each other: "Forgot the form. Reminders are set now." */
const COHERENCE_BONUS = 0.3;
const COHERENCE_REACH = 2;
/** How far back (in sentences) agreement can reach for what it agrees with. */
const ADOPTION_REACH = 2;
const TIE_ORDER: readonly Exclude<FramingLabel, 'neutral'>[] = ['shame', 'blame', 'accountability'];

export interface Judged {
  prepared: PreparedSentence;
  cues: FoundCue[];
  label: FramingLabel;
  strength: number;
}

interface Report {
  sentence: number;
  /** where the frame ("said", "told me") starts */
  firstToken: number;
  lastToken: number;
  label: 'shame' | 'accountability';
  text: string;
}

/** What a reported or remembered verdict says about the writer, if anything. */
function reportsIn(index: number, s: PreparedSentence, cues: readonly FoundCue[]): Report[] {
  return s.scopes.map((scope) => {
    const inside = cues.filter((c) => c.firstToken >= scope.from && c.lastToken <= scope.to && c.status === scope.kind);
    const verdict = inside.find((c) => c.label === 'shame');
    const aboutWriter = s.tokens
      .slice(scope.from, scope.to + 1)
      .some((t) => t.norm === 'i' || t.norm === 'me' || t.norm === 'my');
    const first = s.tokens[scope.from];
    const last = s.tokens[scope.to];
    const text = first && last ? s.text.slice(first.start - s.start, last.end - s.start) : '';
    const label: Report['label'] | null = verdict
      ? 'shame'
      : scope.kind === 'reported' && aboutWriter
        ? 'accountability'
        : null;
    return label ? { sentence: index, firstToken: scope.from, lastToken: scope.to, label, text } : null;
  }).filter((r): r is Report => r !== null);
}

/**
 * "He was right" takes its meaning from what he said. Agreement with a
 * verdict on the writer is shame; agreement with criticism of something they
 * did is accountability. With nothing said before, agreement with the
 * writer's own last verdict or admission takes that label.
 */
function resolveAdoptions(judged: Judged[], reports: Report[][]): void {
  judged.forEach((j, index) => {
    for (const cue of j.cues) {
      if (!cue.adoption || cue.status !== 'active') continue;
      const candidates = [
        // "Coach said I drift on defence and he's right": agreement can sit inside the stretch of reported words it answers.
        ...(reports[index] ?? []).filter((r) => r.lastToken < cue.firstToken || r.firstToken < cue.firstToken),
        ...Array.from({ length: ADOPTION_REACH }, (_, k) => reports[index - 1 - k] ?? []).flat(),
      ].sort((x, y) => y.sentence - x.sentence || y.lastToken - x.lastToken);
      const report = candidates[0];
      if (report) {
        cue.label = report.label;
        cue.weight = 1.2;
        cue.kind = report.label === 'shame' ? 'takes on a verdict someone gave you' : 'agrees with feedback about something you did';
        continue;
      }
      const earlier = [
        ...j.cues.filter((c) => c.lastToken < cue.firstToken),
        ...(judged[index - 1]?.cues ?? []),
      ].filter((c) => c.status === 'active' && !c.adoption && c.label !== 'blame');
      const own = earlier[earlier.length - 1];
      if (own) {
        cue.label = own.label;
        cue.weight = Math.max(cue.weight, 0.8);
        if (own.label === 'shame') cue.kind = 'agrees with a verdict on yourself';
        else cue.kind = 'agrees with feedback about something you did';
      }
    }
  });
}

/**
 * A label with no subject ("Such an idiot.", "Total scam artist.") is about
 * whoever the sentence before was about: the writer, unless that sentence
 * was about someone else (opened on "he"/"she"/"they" or put the cause on them).
 */
function targetBareLabel(j: Judged, previous: Judged | undefined): void {
  const bare = j.cues.find((c) => c.rule === 'shame.bare-label' && c.status === 'active');
  if (!bare || !previous) return;
  const opening = previous.prepared.canon.text;
  const aboutSomeoneElse =
    /^(?:he|she|they|you) /u.test(opening) || previous.cues.some((c) => c.label === 'blame' && c.status === 'active');
  if (aboutSomeoneElse) {
    bare.label = 'blame';
    bare.kind = 'harsh words about the people involved';
  }
}

function sentenceScores(j: Judged): Record<Exclude<FramingLabel, 'neutral'>, number> {
  const scores = { shame: 0, accountability: 0, blame: 0 };
  const active = j.cues.filter((c) => c.status === 'active' && c.weight > 0);
  const at = j.prepared.contrastAt;
  const labelsBefore = new Set(active.filter((c) => c.firstToken < at).map((c) => c.label));
  const labelsAfter = new Set(active.filter((c) => c.firstToken > at).map((c) => c.label));
  const contrastMatters =
    at >= 0 && (j.prepared.concession || [...labelsAfter].some((l) => !labelsBefore.has(l) || labelsBefore.size > 1));
  // Several matches of one rule are one kind of evidence; the strongest speaks for them.
  const strongest = new Map<string, FoundCue>();
  for (const c of active) {
    const seen = strongest.get(c.rule);
    if (!seen || c.weight > seen.weight) strongest.set(c.rule, c);
  }
  for (const c of strongest.values()) {
    let w = c.weight;
    if (contrastMatters) w *= c.firstToken > at ? AFTER_BUT : BEFORE_BUT;
    if (j.prepared.yesNoQuestion && c.label === 'shame') w *= YES_NO_QUESTION;
    scores[c.label] += w;
  }
  return scores;
}

function pickLabel(scores: Record<Exclude<FramingLabel, 'neutral'>, number>, threshold: number): FramingLabel {
  let best: FramingLabel = 'neutral';
  let bestScore = 0;
  for (const label of TIE_ORDER) {
    const score = scores[label];
    // Small epsilon: weights are sums of decimals, and 0.6 must reach a 0.6 threshold.
    if (score >= threshold - 1e-9 && score > bestScore + 1e-9) {
      best = label;
      bestScore = score;
    }
  }
  return best;
}

function mergeSpans(cues: readonly FoundCue[]): FramingSpan[] {
  const sorted = [...cues].sort((a, b) => a.start - b.start);
  const spans: { start: number; end: number }[] = [];
  for (const c of sorted) {
    const last = spans[spans.length - 1];
    if (last && c.start <= last.end) last.end = Math.max(last.end, c.end);
    else spans.push({ start: c.start, end: c.end });
  }
  return spans.map((s) => ({ ...s, text: '' }));
}

function publicCue(c: FoundCue): FramingCue {
  return { rule: c.rule, label: c.label, kind: c.kind, weight: c.weight, status: c.status, start: c.start, end: c.end, text: c.text };
}

function toSentenceFraming(text: string, j: Judged): SentenceFraming {
  const { prepared } = j;
  const carrying = j.cues.filter((c) => c.status === 'active' && c.label === j.label && c.weight > 0);
  const spans = j.label === 'neutral' ? [] : mergeSpans(carrying).map((s) => ({ ...s, text: text.slice(s.start, s.end) }));
  return {
    start: prepared.start,
    end: prepared.end,
    text: prepared.text,
    label: j.label,
    reason: j.label === 'neutral' ? neutralReason(prepared, j.cues) : reasonFor(carrying),
    spans,
    cues: j.cues.map(publicCue),
  };
}

function aggregate(judged: readonly Judged[]): FramingLabel {
  const totals = { shame: 0, accountability: 0, blame: 0 };
  judged.forEach((j, i) => {
    if (j.label === 'neutral') return;
    const conceded = judged[i + 1]?.prepared.opensWithContrast && judged[i + 1]?.label !== 'neutral' && judged[i + 1]?.label !== j.label;
    totals[j.label] += Math.min(j.strength, MAX_STRENGTH) * (conceded ? BEFORE_BUT_SENTENCE : 1) * PASSAGE_WEIGHT[j.label];
  });
  return pickLabel(totals, Number.MIN_VALUE);
}

/** The rules' reading of a text: every sentence judged, and the label the rules alone would give the whole. */
export interface RuleReading {
  judged: Judged[];
  label: FramingLabel;
}

export function readByRules(text: string): RuleReading {
  const prepared = splitSentences(text).map((r) => prepareSentence(text, r));
  const cuesBySentence = findCues(text, prepared);
  const judged: Judged[] = prepared.map((p, i) => ({ prepared: p, cues: cuesBySentence[i] ?? [], label: 'neutral', strength: 0 }));
  const reports = judged.map((j, i) => reportsIn(i, j.prepared, j.cues));
  resolveAdoptions(judged, reports);
  judged.forEach((j, i) => {
    resolveOverlaps(j.cues);
    targetBareLabel(j, judged[i - 1]);
  });
  const raw = judged.map(sentenceScores);
  judged.forEach((j, i) => {
    const scores = { ...(raw[i] ?? { shame: 0, accountability: 0, blame: 0 }) };
    for (const label of TIE_ORDER) {
      const faint = scores[label] > 0 && scores[label] < SENTENCE_THRESHOLD;
      // Only the neighbours within reach are looked at, so a long entry costs no more per sentence than a short one.
      let supported = false;
      for (let k = Math.max(0, i - COHERENCE_REACH); k <= i + COHERENCE_REACH && k < raw.length && !supported; k++) {
        supported = k !== i && (raw[k]?.[label] ?? 0) > 0;
      }
      if (faint && supported) scores[label] += COHERENCE_BONUS;
    }
    j.label = pickLabel(scores, SENTENCE_THRESHOLD);
    j.strength = j.label === 'neutral' ? 0 : scores[j.label];
  });
  return { judged, label: aggregate(judged) };
}

/** What the learned part reads: each sentence's features and the rules' own verdict on the whole. */
/**
 * Each sentence's features; the last sentence's words also count as the
 * passage's last word on it ("...Time-waster.", "...and that's me all over").
 */
function featuresOfJudged(judged: readonly Judged[]): Feature[][] {
  return judged.map((j, i) => {
    const features = sentenceFeatures(j.prepared, j.cues, j.label);
    if (i !== judged.length - 1 || judged.length < 2) return features;
    return [...features, ...features.filter((f) => f.name.startsWith('w:') || f.name.startsWith('s:')).map((f) => ({ ...f, name: `last:${f.name}` }))];
  });
}

export function featuresOf(text: string): { sentences: Feature[][]; ruleLabel: FramingLabel } {
  const { judged, label } = readByRules(text);
  return { sentences: featuresOfJudged(judged), ruleLabel: label };
}

export function analyzeText(text: string): FramingAnalysis {
  const { judged, label: ruleLabel } = readByRules(text);
  const features = featuresOfJudged(judged);
  const decided = decide(judged.map((j, i) => ({ label: j.label, features: features[i] ?? [] })), ruleLabel);
  const sentences = judged.map((j, i) => {
    const learned = decided.sentences[i];
    if (!learned || learned.label === j.label) return toSentenceFraming(text, j);
    return learnedFraming(text, j.prepared, learned.label, learned.evidence, j.cues.map(publicCue));
  });
  const { score, shares } = tallyLabels(sentences.map((s) => s.label));
  return { label: decided.label, score, shares, sentences };
}

const WARM_UP_TEXT =
  "Forgot the form again. I'm such a failure and I always ruin everything. Dad said I was lazy, and he was right. " +
  "That was on me; I'll apologise tomorrow. Not my fault, the panel was rigged. The flood closed the shop.";

/**
 * The first analysis compiles every rule, which takes a few hundred
 * milliseconds; later ones take a few. Call this when the app is idle (or in
 * a worker) after loading the analyzer so a person's first entry is not the
 * one that waits.
 */
export function warmUpFraming(): void {
  for (let i = 0; i < 3; i++) analyzeText(WARM_UP_TEXT);
}
