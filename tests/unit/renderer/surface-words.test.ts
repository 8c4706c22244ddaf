import { describe, expect, it } from 'vitest';
import type { FramingCorrection } from '../../../shared/domain/framing-record';
import { readsMostlyAsShame } from '../../../shared/evidence/surfacing';
import { runFraming } from '../../../renderer/src/journal-screen/framing/framingJob';
import { shownCounts, tagsToSend, winName, withDismissed } from '../../../renderer/src/journal-screen/surfacing/surfaceWords';

const A = '0b9c5e8a-4a3b-4f7e-9d2a-1c3e5f7a9b11';
const B = '5d1f2a3b-6c7d-4e8f-9a0b-2c4d6e8f0a22';
const C = '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c33';

const SHAME = "I am such a failure. I always ruin everything. I'm worthless.";
const OWNED = 'I missed the deadline because I did not plan the week. I will block out Monday mornings.';

function framed(text: string) {
  return runFraming({ text, framing: true, care: false });
}

describe('the framing the editor shows, counted for surfacing', () => {
  it('counts a page of verdicts as reading mostly as "who I am"', () => {
    const counts = shownCounts(framed(SHAME), []);
    expect(counts).toEqual({ shame: 3, accountability: 0, blame: 0, neutral: 0 });
    expect(readsMostlyAsShame(counts)).toBe(true);
  });

  it('does not for a page about what was done', () => {
    const counts = shownCounts(framed(OWNED), []);
    expect(counts.shame).toBe(0);
    expect(readsMostlyAsShame(counts)).toBe(false);
  });

  it("counts a sentence as the person labelled it, so their correction can turn the panel off", () => {
    const corrections: FramingCorrection[] = ['I am such a failure.', 'I always ruin everything.'].map((sentence) => ({
      sentence,
      label: 'accountability',
      at: '2026-03-01T10:00:00.000Z',
    }));
    const counts = shownCounts(framed(SHAME), corrections);
    expect(counts).toEqual({ shame: 1, accountability: 2, blame: 0, neutral: 0 });
    expect(readsMostlyAsShame(counts)).toBe(false);
  });

  it('counts nothing before the first reading', () => {
    expect(shownCounts(null, [])).toEqual({ shame: 0, accountability: 0, blame: 0, neutral: 0 });
  });
});

describe('closing the panel for an entry', () => {
  it('adds the entry once, newest last', () => {
    expect(withDismissed([A, B], C)).toEqual([A, B, C]);
    expect(withDismissed([A, B], A)).toEqual([B, A]);
  });

  it('lets the oldest closings go first when the list is full', () => {
    expect(withDismissed([A, B], C, 2)).toEqual([B, C]);
  });
});

describe('what the panel shows and sends', () => {
  it('names a win by its title, or by its first words, cut at a word', () => {
    expect(winName({ title: 'Shipped the rewrite', excerpt: 'ignored' })).toBe('Shipped the rewrite');
    expect(winName({ title: '  ', excerpt: 'Ran   the whole loop' })).toBe('Ran the whole loop');
    expect(winName({ title: '', excerpt: 'one two three four five six' }, 14)).toBe('one two three…');
  });

  it('sends at most the tags the request takes', () => {
    expect(tagsToSend(Array.from({ length: 40 }, (_, i) => `t${i}`))).toHaveLength(30);
  });
});
