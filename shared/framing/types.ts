/**
 * The four ways a sentence about a setback can frame it. The question behind
 * every label is the same: what does the writer make of the failure?
 */
export const FRAMING_LABELS = ['shame', 'accountability', 'blame', 'neutral'] as const;
export type FramingLabel = (typeof FRAMING_LABELS)[number];

/** What the UI says about a sentence with each label. It describes sentences, never people. */
export const FRAMING_LABEL_DESCRIPTIONS: Readonly<Record<FramingLabel, string>> = {
  shame: 'This sentence reads as a verdict on who you are.',
  accountability: 'This sentence is about something you did.',
  blame: 'This puts all of it on someone else.',
  neutral: 'This sentence describes what happened without a verdict either way.',
};

/** A stretch of the original text; `start`/`end` are UTF-16 offsets, `end` exclusive. */
export interface FramingSpan {
  start: number;
  end: number;
  text: string;
}

/**
 * Why a cue did or did not count. Anything but `active` was found and then set
 * aside, which is kept so a person (or a correction) can see what was considered.
 */
export type CueStatus =
  | 'active'
  /** someone else's words, not taken on by the writer */
  | 'reported'
  /** an old belief the writer looks back on */
  | 'old-verdict'
  /** inside quotation marks */
  | 'quoted'
  /** a "not" in front turns it around */
  | 'negated'
  /** a stronger cue of another label covers the same words */
  | 'outweighed';

export interface FramingCue extends FramingSpan {
  /** stable rule id, e.g. `shame.identity-label` */
  rule: string;
  label: Exclude<FramingLabel, 'neutral'>;
  /** the kind of sign, in words a person understands, e.g. "an identity label" */
  kind: string;
  weight: number;
  status: CueStatus;
}

export interface SentenceFraming {
  start: number;
  end: number;
  text: string;
  label: FramingLabel;
  /** plain words for why; for neutral sentences, why nothing counted */
  reason: string;
  /** the words that carry the label; empty for neutral sentences */
  spans: FramingSpan[];
  /** every sign that was considered, including ones set aside */
  cues?: FramingCue[];
}

export interface FramingAnalysis {
  label: FramingLabel;
  /** -1 when every framed sentence reads as shame, +1 when every one reads as accountability */
  score: number;
  /** fraction of sentences with each label; all zero for empty text */
  shares: Record<FramingLabel, number>;
  sentences: SentenceFraming[];
}
