/**
 * Finding cues in a prepared sentence and deciding which of them count.
 */
import { findSubject, isNegated } from './context';
import type { PreparedSentence } from './prepare';
import { ALL_RULES, type CueLabel, type Rule } from './rules/index';
import { tokenAt } from './tokens';
import type { CueStatus, FramingCue } from './types';

/** A cue plus the token positions the engine needs; the public type drops them. */
export interface FoundCue extends FramingCue {
  firstToken: number;
  lastToken: number;
  adoption: boolean;
  focus?: string;
}

/** "I" (or an implied "I") somewhere up to the end of the match. */
function hasSelfBefore(s: PreparedSentence, idx: number): boolean {
  for (let j = 0; j <= idx && j < s.tokens.length; j++) {
    const t = s.tokens[j];
    if (t && (t.kind === 'implied' || t.norm === 'i')) return true;
  }
  return false;
}

function statusFor(s: PreparedSentence, rule: Pick<Rule, 'negatable' | 'personal'>, a: number, b: number): CueStatus {
  if (rule.negatable && isNegated(s.tokens, a)) return 'negated';
  if (!rule.personal) return 'active';
  const inside = s.tokens.slice(a, b + 1).filter((t) => t.kind === 'word');
  // A verdict word in quotation marks ("I'm the 'problem'") is held at arm's length.
  if (inside.length > 0 && (inside.every((t) => t.quoted) || inside[inside.length - 1]?.quoted)) return 'quoted';
  const scope = s.scopes.find((sc) => sc.from <= a && b <= sc.to);
  return scope ? scope.kind : 'active';
}

function makeCue(
  text: string,
  s: PreparedSentence,
  rule: Pick<Rule, 'id' | 'label' | 'kind' | 'weight' | 'adoption' | 'focus'>,
  a: number,
  b: number,
  status: CueStatus,
): FoundCue | null {
  const first = s.tokens[a];
  const last = s.tokens[b];
  if (!first || !last) return null;
  // An implied "I" has no characters; the span starts at the word it stands before.
  const start = first.start;
  const end = Math.max(last.end, start);
  if (end <= start) return null;
  const matched = text.slice(start, end);
  const focus = rule.focus?.exec(matched.toLowerCase())?.[0];
  return {
    rule: rule.id,
    label: rule.label,
    kind: rule.kind,
    weight: rule.weight,
    status,
    start,
    end,
    text: matched,
    firstToken: a,
    lastToken: b,
    adoption: rule.adoption ?? false,
    ...(focus ? { focus } : {}),
  };
}

function causeCues(text: string, s: PreparedSentence, cues: FoundCue[]): void {
  for (const cause of s.causes) {
    // "Missed the party because of the storm": the lapse is explained by something outside.
    for (const cue of cues) {
      if (cue.status === 'active' && cue.rule === 'accountability.lapse' && cue.lastToken < cause.from) cue.status = 'outweighed';
    }
    if (!cause.agent) continue;
    const causeRule = {
      id: 'blame.because-of-them',
      label: 'blame' as CueLabel,
      kind: 'puts the cause on someone else',
      weight: cause.direct ? 0.7 : 0.4,
      negatable: true,
      personal: true,
    };
    const cue = makeCue(text, s, causeRule, cause.from, cause.to, statusFor(s, causeRule, cause.from, cause.to));
    if (cue) cues.push(cue);
  }
}

function lineOf(lineStarts: readonly number[], pos: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lineStarts[mid] ?? 0) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Every rule runs once over the whole document (one sentence per line), which
 * keeps a long entry fast; matches are then handed to their sentences.
 */
export function findCues(text: string, sentences: readonly PreparedSentence[]): FoundCue[][] {
  const perSentence: FoundCue[][] = sentences.map(() => []);
  const lineStarts: number[] = [];
  let doc = '';
  for (const s of sentences) {
    if (lineStarts.length > 0) doc += '\n';
    lineStarts.push(doc.length);
    doc += s.canon.text;
  }
  if (doc.length === 0) return perSentence;
  for (const rule of ALL_RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(doc); m; m = rule.re.exec(doc)) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      const line = lineOf(lineStarts, m.index);
      const s = sentences[line];
      const cues = perSentence[line];
      if (!s || !cues) continue;
      const local = m.index - (lineStarts[line] ?? 0);
      const a = tokenAt(s.canon, local);
      const b = tokenAt(s.canon, local + m[0].length - 1);
      if (rule.subjects && !rule.subjects.includes(findSubject(s.tokens, a))) continue;
      if (rule.needsSelf && !hasSelfBefore(s, b)) continue;
      const cue = makeCue(text, s, rule, a, b, statusFor(s, rule, a, b));
      if (cue) cues.push(cue);
    }
  }
  sentences.forEach((s, i) => {
    const cues = perSentence[i] ?? [];
    causeCues(text, s, cues);
    cues.sort((x, y) => x.start - y.start || y.end - x.end);
  });
  return perSentence;
}

function overlaps(x: FoundCue, y: FoundCue): boolean {
  return x.firstToken <= y.lastToken && y.firstToken <= x.lastToken;
}

/**
 * Where two counting cues cover the same words, the stronger one speaks for
 * them: "I mess up everything" is a global verdict, not an owned mistake, and
 * "I'm not the failure here" deflects rather than rejects a label.
 */
export function resolveOverlaps(cues: FoundCue[]): void {
  const active = cues.filter((c) => c.status === 'active' && c.weight > 0);
  for (const c of active) {
    for (const d of active) {
      if (c === d || c.status !== 'active' || d.status !== 'active' || !overlaps(c, d)) continue;
      const cWins = c.weight > d.weight || (c.weight === d.weight && c.end - c.start >= d.end - d.start);
      (cWins ? d : c).status = 'outweighed';
    }
  }
}
