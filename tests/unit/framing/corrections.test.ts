import { describe, expect, it } from 'vitest';
import { analyzeText, applyCorrections, entryFramingOf } from '../../../shared/framing';
import { frameEntry } from '../../../electron/vault/framing/entry-framing';

const TEXT = 'I am such a failure, I always ruin everything. I missed the deadline because I did not flag the blocker, and next sprint I will raise it the same day.';

describe('framing corrections', () => {
  it('uses the person’s label for the sentence they corrected and recomputes the entry', () => {
    const analysis = analyzeText(TEXT);
    expect(analysis.sentences.map((s) => s.label)).toEqual(['shame', 'accountability']);
    const corrected = applyCorrections(analysis, [{ sentence: 'I am such a failure, I always ruin everything.', label: 'neutral', at: '2026-01-01T00:00:00.000Z' }]);
    expect(corrected.sentences[0]).toMatchObject({ label: 'neutral', corrected: true, analyzerLabel: 'shame', spans: [] });
    expect(corrected).toMatchObject({ label: 'accountability', score: 1, corrected: true });
    expect(entryFramingOf(corrected)).toMatchObject({ label: 'accountability', score: 1, sentences: 2, corrected: true });
  });

  it('leaves the analysis as it was when no correction applies', () => {
    const analysis = analyzeText(TEXT);
    const same = applyCorrections(analysis, [{ sentence: 'Some other sentence.', label: 'blame', at: '2026-01-01T00:00:00.000Z' }]);
    expect(same).toMatchObject({ label: analysis.label, score: analysis.score, corrected: false });
  });

  it('frames a saved entry from its body or its reflection answers', () => {
    const base = { id: 'x', kind: 'page' as const, title: '', date: '2026-01-01', tags: [], corrections: [], framing: null, createdAt: '', updatedAt: '', deletedAt: null };
    expect(frameEntry({ ...base, body: '', reflection: null })).toBeNull();
    expect(frameEntry({ ...base, body: TEXT, reflection: null })).toMatchObject({ sentences: 2, score: 0 });
  });
});
