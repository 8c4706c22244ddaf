import { describe, expect, it } from 'vitest';
import { confusionMatrix, evaluate, f1Score, formatEvaluation } from '../../../shared/framing/index';

describe('eval', () => {
  it('computes precision, recall and F1 per label', () => {
    const e = evaluate([
      { expected: 'shame', predicted: 'shame' },
      { expected: 'shame', predicted: 'neutral' },
      { expected: 'blame', predicted: 'blame' },
      { expected: 'neutral', predicted: 'shame' },
    ]);
    expect(e.perLabel.shame).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5, support: 2 });
    expect(e.perLabel.blame).toEqual({ precision: 1, recall: 1, f1: 1, support: 1 });
    expect(e.perLabel.neutral).toEqual({ precision: 0, recall: 0, f1: 0, support: 1 });
    expect(e.accuracy).toBe(0.5);
  });

  it('macro-F1 averages over the labels that occur, without NaN for unused ones', () => {
    const e = evaluate([
      { expected: 'shame', predicted: 'shame' },
      { expected: 'blame', predicted: 'shame' },
    ]);
    expect(e.perLabel.accountability.f1).toBe(0);
    expect(e.macroF1).toBeCloseTo((f1Score(0.5, 1) + 0) / 2, 10);
    expect(Number.isNaN(e.macroF1)).toBe(false);
  });

  it('f1Score is 0 when precision and recall are both 0', () => {
    expect(f1Score(0, 0)).toBe(0);
    expect(f1Score(1, 1)).toBe(1);
  });

  it('builds a confusion matrix with rows expected and columns predicted', () => {
    const m = confusionMatrix([
      { expected: 'blame', predicted: 'accountability' },
      { expected: 'blame', predicted: 'accountability' },
    ]);
    expect(m.blame.accountability).toBe(2);
    expect(m.accountability.blame).toBe(0);
  });

  it('handles an empty set', () => {
    const e = evaluate([]);
    expect(e.macroF1).toBe(0);
    expect(e.accuracy).toBe(0);
    expect(formatEvaluation(e)).toContain('macro-F1  0.000');
  });
});
