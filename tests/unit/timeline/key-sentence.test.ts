import { describe, expect, it } from 'vitest';
import { analyzeText, applyCorrections, entryFramingOf } from '../../../shared/framing';
import { timelineView } from '../../../shared/timeline/view';
import { entry, framingOf, indexOf } from './timeline-fixtures';

const DAY = { from: '2026-03-01', to: '2026-03-01', resolution: 'day' as const };
const TEXT = 'The launch slipped a week. I am such a failure. I missed the deadline.';

function pointFor(framing: ReturnType<typeof entryFramingOf> | null) {
  return timelineView(indexOf({ entries: [entry('2026-03-01', null, { framing })] }), DAY).points[0]!;
}

describe('a point’s key sentence: the writer’s sentence that decided its reading', () => {
  it('is the sentence carrying the entry’s reading, read from its kept framing', () => {
    const analysis = analyzeText(TEXT);
    const framing = entryFramingOf(applyCorrections(analysis, []));
    const point = pointFor(framing);
    expect(point.label).toBe(framing.label);
    const carrying = analysis.sentences.filter((s) => s.label === point.label).map((s) => s.text.trim());
    expect(carrying).toContain(point.keySentence);
  });

  it('follows the person’s corrections: relabelled, the same entry is decided by another sentence', () => {
    const analysis = analyzeText('I am such a failure. I always ruin everything. I missed the deadline.');
    const before = pointFor(entryFramingOf(applyCorrections(analysis, [])));
    expect(before.label).toBe('shame');
    expect(before.keySentence).toMatch(/failure|ruin/u);
    const at = '2026-03-02T10:00:00.000Z';
    const corrections = analysis.sentences.filter((s) => s.label === 'shame').map((s) => ({ sentence: s.text, label: 'accountability' as const, at }));
    const after = pointFor(entryFramingOf(applyCorrections(analysis, corrections)));
    expect(after.label).toBe('accountability');
    // A sentence the person marked themselves outranks the analyzer's own.
    expect([corrections[0]!.sentence.trim()]).toContain(after.keySentence);
  });

  it('is null where nothing decided a reading: no verdict either way, or framing kept before key sentences were', () => {
    expect(pointFor(entryFramingOf(applyCorrections(analyzeText('We met on Tuesday at noon. The train was late.'), []))).keySentence).toBeNull();
    expect(pointFor(framingOf({ shame: 2 })).keySentence).toBeNull();
    expect(pointFor(null).keySentence).toBeNull();
  });
});
