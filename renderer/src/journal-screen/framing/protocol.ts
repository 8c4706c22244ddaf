import type { FramingAnalysis, FramingLabel, FramingSpan } from '../../../../shared/framing/types';

/** What the framing worker is asked: analyse the text, look for care language, or both. */
export interface FramingRequest {
  id: number;
  text: string;
  framing: boolean;
  care: boolean;
}

/** A suggested way to look at a "who I am" sentence again, offered, never applied on its own. */
interface Reframe {
  text: string;
  /** An invitation to name what is the person's to own. */
  prompt: string;
  /** The person's own words it retells; null when none were found and the suggestion is general. */
  act: string | null;
}

export interface FramedSentence {
  start: number;
  end: number;
  text: string;
  label: FramingLabel;
  reason: string;
  spans: FramingSpan[];
  /** For "who I am" sentences, another way to put it. */
  reframe: Reframe | null;
}

export interface FramingResult {
  /** The exact text this answers for; highlights are only laid on that text. */
  text: string;
  /** The analyzer's summing-up of the text (leading label, score, shares), for the corrections laid over it. */
  summary: Omit<FramingAnalysis, 'sentences'>;
  /** Empty unless framing was asked for. */
  sentences: FramedSentence[];
  /** Where the text speaks of self-harm or of not wanting to live; empty unless care was asked for. */
  care: FramingSpan[];
}

export interface FramingResponse {
  id: number;
  result?: FramingResult;
  error?: string;
}

/** The answer for a text with nothing to frame (blank, or framing not asked for). */
export function unframed(text: string, care: FramingSpan[] = []): FramingResult {
  return { text, summary: { label: 'neutral', score: 0, shares: { shame: 0, accountability: 0, blame: 0, neutral: 0 } }, sentences: [], care };
}
