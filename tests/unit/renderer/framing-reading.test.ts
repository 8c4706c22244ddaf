import { describe, expect, it } from 'vitest';
import type { FramingCorrection } from '../../../shared/domain/framing-record';
import { analyzeText } from '../../../shared/framing/analyze';
import { applyCorrections, entryFramingOf } from '../../../shared/framing/corrections';
import { FRAMING_LABELS } from '../../../shared/framing/types';
import { runFraming } from '../../../renderer/src/journal-screen/framing/framingJob';
import { framingReading, noReadingWords, readingDescription } from '../../../renderer/src/journal-screen/framing/reading';
import { MARK_SHAPES } from '../../../renderer/src/journal-screen/framing/shapes';
import { framingAsShown } from '../../../renderer/src/journal-screen/framing/shownFraming';

/** What the list row reads: the framing the vault stores for the words. */
function listReading(text: string, corrections: FramingCorrection[] = []) {
  const stored = entryFramingOf(applyCorrections(analyzeText(text), corrections));
  return framingReading(stored.label, stored.score);
}

/** What the panel beside the open entry reads, from the live framing of the same words. */
function panelReading(text: string, corrections: FramingCorrection[] = []) {
  const shown = framingAsShown(runFraming({ text, framing: true, care: false }), corrections);
  return shown.score === null ? null : framingReading(shown.label, shown.score);
}

const PAGES = [
  'I am useless. I forgot the file. He never told me the date.',
  'I am such a failure. I missed the deadline. My boss set an impossible plan.',
  'What I learned is never to trust a contractor.',
  'My manager blamed me in front of everyone. It was his fault the deadline slipped.',
  'I am a failure. I ruin everything. I always will.',
  'I missed the deadline because I did not plan the week. I will plan Mondays now.',
  'The meeting was on Tuesday. It rained.',
  'I want to die.',
];

describe('an entry reads the same in the list and in the panel', () => {
  it.each(PAGES)('"%s"', (text) => {
    expect(panelReading(text)).toEqual(listReading(text));
  });

  it('still agrees once the person relabels a sentence', () => {
    const text = PAGES[1]!;
    const corrections: FramingCorrection[] = [{ sentence: 'I am such a failure.', label: 'blame', at: '2026-03-01T10:00:00.000Z' }];
    expect(panelReading(text, corrections)).toEqual(listReading(text, corrections));
    expect(listReading(text, corrections)).not.toEqual(listReading(text));
  });
});

describe('someone else is its own reading', () => {
  it('reads blame as someone else whatever the score, never as in between', () => {
    for (const score of [-1, -0.5, 0, 0.5, 1]) {
      const reading = framingReading('blame', score)!;
      expect(reading).toMatchObject({ tone: 'blame', short: 'Someone else', words: 'Mostly someone else', onScale: false });
      expect(reading.words.toLowerCase()).not.toContain('between');
    }
  });

  it('reads an entry of all blame as someone else, in the list and in the panel', () => {
    expect(listReading('What I learned is never to trust a contractor.')).toMatchObject({ tone: 'blame', words: 'Mostly someone else' });
  });

  it('puts who I am and what I did on the scale, with in between as a mark of its own', () => {
    expect(framingReading('shame', -1)).toMatchObject({ tone: 'shame', short: 'Who I am', words: 'Mostly who I am', onScale: true });
    expect(framingReading('shame', -0.4)).toMatchObject({ tone: 'shame', words: 'Leaning toward who I am' });
    expect(framingReading('shame', 0)).toMatchObject({ tone: 'mixed', short: 'In between', words: 'In between who I am and what I did' });
    expect(framingReading('accountability', 0.4)).toMatchObject({ tone: 'accountability', words: 'Leaning toward what I did' });
    expect(framingReading('accountability', 1)).toMatchObject({ tone: 'accountability', short: 'What I did', words: 'Mostly what I did' });
  });

  it('never marks an entry that leans no way, so none is called what happened', () => {
    expect(framingReading('neutral', 0)).toBeNull();
    expect(framingReading('something new', 0.5)).toBeNull();
    expect(listReading('I want to die.')).toBeNull();
    expect(noReadingWords(false)).toBe('No sentence leans either way yet.');
    expect(noReadingWords(true)).not.toMatch(/what happened/i);
  });

  it('describes a row with the panel’s own words', () => {
    expect(readingDescription(framingReading('blame', 0)!)).toBe('Framing: mostly someone else');
    expect(readingDescription(framingReading('shame', 0)!)).toBe('Framing: in between who I am and what I did');
  });
});

/** The corners of a mark drawn with straight lines only; null for one with curves. */
function corners(d: string): number | null {
  if (/[aAcCqQsS]/u.test(d)) return null;
  return (d.match(/[lLhHvV]/gu) ?? []).length + (/[zZ]/u.test(d) ? 1 : 0);
}

describe('the marks', () => {
  it('give every label and in between a shape of its own', () => {
    const shapes = Object.values(MARK_SHAPES).map((shape) => `${shape.d}|${shape.filled}`);
    expect(new Set(shapes).size).toBe(FRAMING_LABELS.length + 1);
  });

  it('are never a triangle, the shape of a disclosure control', () => {
    for (const [kind, shape] of Object.entries(MARK_SHAPES)) expect(corners(shape.d), kind).not.toBe(3);
  });
});
