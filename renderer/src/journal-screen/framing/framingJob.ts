import { analyzeText } from '../../../../shared/framing/analyze';
import { detectCareLanguage } from '../../../../shared/framing/care';
import { suggestReframe } from '../../../../shared/framing/reframe';
import { unframed, type FramingRequest, type FramingResult } from './protocol';

/** The work itself, the same in the worker and in the idle-time fallback. */
export function runFraming(request: Omit<FramingRequest, 'id'>): FramingResult {
  const { text } = request;
  const care = request.care ? detectCareLanguage(text) : [];
  if (!request.framing) return unframed(text, care);
  const { sentences: analysed, ...summary } = analyzeText(text);
  const sentences = analysed.map((s) => {
    const reframe = s.label === 'shame' ? suggestReframe(s, text) : null;
    return {
      start: s.start,
      end: s.end,
      text: s.text,
      label: s.label,
      reason: s.reason,
      spans: s.spans,
      reframe: reframe ? { text: reframe.reframe, prompt: reframe.prompt, act: reframe.act?.text ?? null } : null,
    };
  });
  return { text, summary, sentences, care };
}
