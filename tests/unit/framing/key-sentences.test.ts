import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KEY_SENTENCE_MAX } from '../../../shared/domain/framing-record';
import { analyzeText, applyCorrections, entryFramingOf } from '../../../shared/framing';
import { quotable } from '../../../shared/framing/key-sentences';

const VERDICT = 'I am a complete failure and I always will be.';
const ACT = 'I missed the deadline because I did not plan the last week.';
const OTHERS = 'It was their fault: the vendor broke the build and blamed us.';

const framingOf = (text: string, corrections: { sentence: string; label: 'shame' | 'accountability' | 'blame' | 'neutral' }[] = []) =>
  entryFramingOf(applyCorrections(analyzeText(text), corrections.map((c) => ({ ...c, at: '2026-06-01T09:00:00.000Z' }))));

describe("an entry's key sentences", () => {
  it('quote the sentence that carries each reading, and nothing for a reading that is absent', () => {
    const framing = framingOf(`The week was long. ${VERDICT} ${ACT}`);
    expect(framing.key).toEqual({ shame: VERDICT, accountability: ACT, blame: null });
    expect(framingOf(`The week was long. ${OTHERS}`).key?.blame).toBe(OTHERS);
  });

  it("follow the person's own label over the analyzer's", () => {
    const framing = framingOf(`${VERDICT} ${ACT}`, [{ sentence: ACT, label: 'blame' }]);
    expect(framing.key).toEqual({ shame: VERDICT, accountability: null, blame: ACT });
  });

  it('prefer a sentence the person labelled themselves to one the rules found', () => {
    const plain = 'The train was late again this morning.';
    const framing = framingOf(`${VERDICT} ${plain}`, [{ sentence: plain, label: 'shame' }]);
    expect(framing.key?.shame).toBe(plain);
  });

  it('are empty for an entry that reads as nothing in particular', () => {
    expect(framingOf('The train was late. We had soup.').key).toEqual({ shame: null, accountability: null, blame: null });
  });
});

describe('a quotable sentence', () => {
  it('keeps short text whole, with its spacing tidied', () => {
    expect(quotable('  I  failed\n the test. ')).toBe('I failed the test.');
  });

  it('never passes the limit, ends whole words with an ellipsis, and only ever shortens', () => {
    const word = fc.stringMatching(/^[a-z]{1,14}$/u);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 120 }), (words) => {
        const text = words.join(' ');
        const quoted = quotable(text);
        expect(quoted.length).toBeLessThanOrEqual(KEY_SENTENCE_MAX);
        if (text.length <= KEY_SENTENCE_MAX) {
          expect(quoted).toBe(text);
          return;
        }
        expect(quoted.endsWith('…')).toBe(true);
        const kept = quoted.slice(0, -1);
        expect(text.startsWith(kept)).toBe(true);
        // Cut between words: what follows the kept part is a space.
        expect(text[kept.length]).toBe(' ');
      }),
    );
  });
});
