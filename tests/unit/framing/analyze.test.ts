import { describe, expect, it } from 'vitest';
import { analyzeText, FRAMING_LABEL_DESCRIPTIONS, FRAMING_LABELS, warmUpFraming } from '../../../shared/framing/index';

const PASSAGE =
  "Got passed over again. I'm a failure and always will be.\nHonestly though, I never asked for feedback. I'll book a chat with my manager on Friday.\nThe panel is biased anyway, their loss.";

describe('analyzeText', () => {
  it('labels every sentence and gives spans that are exact slices of the original text', () => {
    const analysis = analyzeText(PASSAGE);
    expect(analysis.sentences.length).toBe(5);
    for (const s of analysis.sentences) {
      expect(PASSAGE.slice(s.start, s.end)).toBe(s.text);
      for (const span of s.spans) {
        expect(span.start).toBeGreaterThanOrEqual(s.start);
        expect(span.end).toBeLessThanOrEqual(s.end);
        expect(PASSAGE.slice(span.start, span.end)).toBe(span.text);
      }
      if (s.label !== 'neutral') {
        expect(s.spans.length).toBeGreaterThan(0);
        expect(s.reason.length).toBeGreaterThan(0);
      }
    }
    expect(analysis.sentences.map((s) => s.label)).toEqual(['neutral', 'shame', 'accountability', 'accountability', 'blame']);
  });

  it('keeps offsets exact through curly quotes, emoji and non-Latin letters', () => {
    const text = 'Café closed 😞. I\u2019m such a failure \u2014 “what is wrong with me”';
    for (const s of analyzeText(text).sentences) {
      for (const span of s.spans) expect(text.slice(span.start, span.end)).toBe(span.text);
    }
    expect(analyzeText(text).label).toBe('shame');
  });

  it('shares sum to one and the score runs from all shame to all accountability', () => {
    const a = analyzeText(PASSAGE);
    const total = FRAMING_LABELS.reduce((n, l) => n + a.shares[l], 0);
    expect(total).toBeCloseTo(1, 10);
    expect(a.score).toBeGreaterThanOrEqual(-1);
    expect(a.score).toBeLessThanOrEqual(1);
    expect(analyzeText("I'm a failure. I'm worthless.").score).toBe(-1);
    expect(analyzeText('That was on me. From now on I check twice.').score).toBe(1);
  });

  it('returns a neutral, empty analysis for empty text', () => {
    expect(analyzeText('')).toEqual({
      label: 'neutral',
      score: 0,
      shares: { shame: 0, accountability: 0, blame: 0, neutral: 0 },
      sentences: [],
    });
    expect(analyzeText('   \n  ').sentences).toEqual([]);
  });

  describe('passage label', () => {
    it('shame outweighs neutral sentences around it', () => {
      expect(analyzeText('Rent is due Friday. The car needs tyres. I am a complete failure.').label).toBe('shame');
    });

    it('one verdict colours a short passage even next to an owned act', () => {
      expect(analyzeText('Forgot her birthday again. What kind of friend forgets twice? A useless one.').label).toBe('shame');
    });

    it('a rejected verdict plus an owned act is accountability', () => {
      expect(analyzeText("Failing doesn't make me a failure. I skipped revision and I'm starting earlier next term.").label).toBe(
        'accountability',
      );
    });

    it('what follows "But" carries the passage', () => {
      expect(analyzeText('The layoff had nothing to do with me. But I did let my skills go stale, so I am taking a course.').label).toBe(
        'accountability',
      );
    });
  });

  it('reasons are plain and calm: no exclamation marks, no judgement of the writer', () => {
    const texts = [PASSAGE, 'Whatever. Their loss.', 'I hate myself.', 'Dad called me lazy.', 'Debt is at $4,000.'];
    for (const t of texts) {
      for (const s of analyzeText(t).sentences) {
        expect(s.reason).not.toMatch(/!/u);
        expect(s.reason).not.toMatch(/\byou are\b|\byou're\b|\bbad\b|\bwrong\b/iu);
      }
    }
  });

  it('reasons name the kind of sign and quote the writer\u2019s words', () => {
    const [s] = analyzeText("I'm a failure.").sentences;
    expect(s?.reason).toBe("an identity label: 'I'm a failure'");
  });

  it('is deterministic and does not depend on earlier calls', () => {
    const first = JSON.stringify(analyzeText(PASSAGE));
    analyzeText('Something else entirely. I always ruin everything.');
    expect(JSON.stringify(analyzeText(PASSAGE))).toBe(first);
  });

  it('keeps every considered cue, including the ones set aside', () => {
    const [s] = analyzeText('Dad called me a failure at dinner.').sentences;
    expect(s?.cues?.some((c) => c.status === 'reported' && c.label === 'shame')).toBe(true);
  });

  it('describes each label for the UI without judging the writer', () => {
    expect(FRAMING_LABEL_DESCRIPTIONS.shame).toBe('This sentence reads as a verdict on who you are.');
    expect(FRAMING_LABEL_DESCRIPTIONS.accountability).toBe('This sentence is about something you did.');
    expect(FRAMING_LABEL_DESCRIPTIONS.blame).toBe('This puts all of it on someone else.');
  });

  it('can be warmed up ahead of the first real entry', () => {
    expect(() => warmUpFraming()).not.toThrow();
    expect(analyzeText("I'm a failure.").label).toBe('shame');
  });
});
