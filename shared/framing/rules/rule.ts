import type { FramingLabel } from '../types';

export type CueLabel = Exclude<FramingLabel, 'neutral'>;

/** Who does the verb, found by looking back from the match (see context.ts). */
export type SubjectKind = 'self' | 'other' | 'mine' | 'unknown';

export interface Rule {
  id: string;
  label: CueLabel;
  /** what kind of sign this is, in plain words; the reason quotes the matched text after it */
  kind: string;
  weight: number;
  re: RegExp;
  /**
   * For rules that match a predicate without its subject ("lied about the
   * house"), which subjects it applies to.
   */
  subjects?: readonly SubjectKind[];
  /** A "not" just before the match turns it around. False when the pattern spells out its own "not". */
  negatable?: boolean;
  /**
   * A verdict or admission about the writer: set aside when it sits inside
   * someone else's words, quotation marks, or an old belief looked back on.
   */
  personal?: boolean;
  /** Agreement with something said earlier; resolved against the reports around it. */
  adoption?: boolean;
  /** Only counts when the sentence has "I" (or an implied "I") somewhere before it. */
  needsSelf?: boolean;
  /** A word inside the match to name in the reason, e.g. the global word. */
  focus?: RegExp;
}

/**
 * Rules run over a whole document at once, one sentence per line, so a
 * "[^ ]" gap must not step over a line break and "^"/"$" mean the start and
 * end of a sentence.
 */
export function compileRule(pattern: string): RegExp {
  const withinLine = pattern.replace(/\[\^ /gu, '[^ \\n');
  return new RegExp(`(?<![^ \\n])(?:${withinLine})(?![^ \\n])`, 'gm');
}

export function rule(spec: Omit<Rule, 're'> & { pattern: string }): Rule {
  const { pattern, ...rest } = spec;
  return { negatable: true, personal: true, ...rest, re: compileRule(pattern) };
}
