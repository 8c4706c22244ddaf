import { analyzeText } from '../../../shared/framing/index';
import type { FramingLabel, SentenceFraming } from '../../../shared/framing/index';

export function labelOf(text: string): FramingLabel {
  return analyzeText(text).label;
}

export function onlySentence(text: string): SentenceFraming {
  const { sentences } = analyzeText(text);
  if (sentences.length !== 1 || !sentences[0]) throw new Error(`expected one sentence in: ${text}`);
  return sentences[0];
}
