import { describe, expect, it } from 'vitest';
import type { FramingCorrection } from '../../../shared/domain/framing-record';
import { analyzeText } from '../../../shared/framing/analyze';
import { applyCorrections, entryFramingOf } from '../../../shared/framing/corrections';
import type { FramingLabel } from '../../../shared/framing/types';
import { runFraming } from '../../../renderer/src/journal-screen/framing/framingJob';
import { framingAsShown } from '../../../renderer/src/journal-screen/framing/shownFraming';

const PAGE = 'I am a failure. I missed the deadline because I did not plan. The meeting was on Tuesday.';
const PLAIN = 'The meeting was on Tuesday. It rained.';

function framed(text: string) {
  return runFraming({ text, framing: true, care: false });
}

function correction(sentence: string, label: FramingLabel): FramingCorrection {
  return { sentence, label, at: '2026-03-01T10:00:00.000Z' };
}

/** What the vault stores for the same words and corrections: the list mark and the timeline read this. */
function stored(text: string, corrections: FramingCorrection[]) {
  return entryFramingOf(applyCorrections(analyzeText(text), corrections));
}

describe('the framing panel shows the labels as the journal stores them', () => {
  it("shows the analyzer's reading when nothing is corrected", () => {
    const shown = framingAsShown(framed(PAGE), []);
    expect(shown.sentences.map((s) => [s.text, s.shown, s.own])).toEqual([
      ['I am a failure.', 'shame', null],
      ['I missed the deadline because I did not plan.', 'accountability', null],
      ['The meeting was on Tuesday.', 'neutral', null],
    ]);
    expect(shown.counts).toEqual({ shame: 1, accountability: 1, blame: 0, neutral: 1 });
    expect(shown.framed).toBe(2);
    expect(shown.score).toBe(0);
  });

  it("lays the person's label over the analyzer's, keeping both, and counts and scores what is shown", () => {
    const corrections = [correction('I am a failure.', 'accountability')];
    const shown = framingAsShown(framed(PAGE), corrections);
    const first = shown.sentences[0]!;
    expect([first.shown, first.own, first.label]).toEqual(['accountability', 'accountability', 'shame']);
    expect(shown.counts).toEqual({ shame: 0, accountability: 2, blame: 0, neutral: 1 });
    expect(shown.score).toBe(1);
    expect(shown.score).toBe(stored(PAGE, corrections).score);
  });

  it('finds a correction by the sentence without the space around it', () => {
    const shown = framingAsShown(framed(PAGE), [correction('  The meeting was on Tuesday. ', 'shame')]);
    expect(shown.sentences[2]!.own).toBe('shame');
    expect(shown.score).toBe(stored(PAGE, [correction('The meeting was on Tuesday.', 'shame')]).score);
  });

  it("treats a label that agrees with the analyzer as no correction, as the stored framing does", () => {
    const corrections = [correction('I am a failure.', 'shame')];
    const shown = framingAsShown(framed(PAGE), corrections);
    expect(shown.sentences[0]!.own).toBeNull();
    expect(stored(PAGE, corrections).corrected).toBe(false);
  });

  it('says no sentence leans either way when none does, though the stored score is 0', () => {
    const shown = framingAsShown(framed(PLAIN), []);
    expect(shown.framed).toBe(0);
    expect(shown.score).toBeNull();
    expect(stored(PLAIN, []).score).toBe(0);
  });

  it('leans nowhere once the person calls every leaning sentence what happened', () => {
    const corrections = [correction('I am a failure.', 'neutral'), correction('I missed the deadline because I did not plan.', 'neutral')];
    const shown = framingAsShown(framed(PAGE), corrections);
    expect(shown.counts).toEqual({ shame: 0, accountability: 0, blame: 0, neutral: 3 });
    expect(shown.score).toBeNull();
    expect(shown.sentences.filter((s) => s.own).map((s) => s.index)).toEqual([0, 1]);
  });

  it('shows nothing before the first reading arrives', () => {
    expect(framingAsShown(null, [correction('I am a failure.', 'accountability')])).toEqual({
      sentences: [],
      label: 'neutral',
      counts: { shame: 0, accountability: 0, blame: 0, neutral: 0 },
      score: null,
      framed: 0,
    });
  });
});
