import { analyzeText } from '../../../../shared/framing/analyze';
import { detectCareLanguage } from '../../../../shared/framing/care';
import { suggestReframe } from '../../../../shared/framing/reframe';
import type { FramingRequest, FramingResult } from './protocol';

/** The work itself, the same in the worker and in the idle-time fallback. */
export function runFraming(request: Omit<FramingRequest, 'id'>): FramingResult {
  const { text } = request;
  const sentences = request.framing
    ? analyzeText(text).sentences.map((s) => {
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
      })
    : [];
  const care = request.care ? detectCareLanguage(text) : [];
  return { text, sentences, care };
}
