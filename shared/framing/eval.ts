/**
 * Scoring the analyzer against labelled text: per-label precision, recall and
 * F1, macro-F1, accuracy and a confusion matrix. Pure functions.
 */
import { FRAMING_LABELS, type FramingLabel } from './types';

export interface LabelScores {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface Evaluation {
  perLabel: Record<FramingLabel, LabelScores>;
  macroF1: number;
  accuracy: number;
  /** confusion[expected][predicted] = count */
  confusion: Record<FramingLabel, Record<FramingLabel, number>>;
  total: number;
}

export interface LabelledPrediction {
  expected: FramingLabel;
  predicted: FramingLabel;
}

function zeroRow(): Record<FramingLabel, number> {
  return { shame: 0, accountability: 0, blame: 0, neutral: 0 };
}

export function confusionMatrix(pairs: readonly LabelledPrediction[]): Evaluation['confusion'] {
  const matrix = { shame: zeroRow(), accountability: zeroRow(), blame: zeroRow(), neutral: zeroRow() };
  for (const { expected, predicted } of pairs) matrix[expected][predicted] += 1;
  return matrix;
}

/** Harmonic mean, 0 when both are 0 so an unused label does not produce NaN. */
export function f1Score(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

export function evaluate(pairs: readonly LabelledPrediction[]): Evaluation {
  const confusion = confusionMatrix(pairs);
  const perLabel = {} as Record<FramingLabel, LabelScores>;
  for (const label of FRAMING_LABELS) {
    const tp = confusion[label][label];
    const predicted = FRAMING_LABELS.reduce((n, l) => n + confusion[l][label], 0);
    const support = FRAMING_LABELS.reduce((n, l) => n + confusion[label][l], 0);
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    perLabel[label] = { precision, recall, f1: f1Score(precision, recall), support };
  }
  const present = FRAMING_LABELS.filter((l) => perLabel[l].support > 0);
  const macroF1 = present.length ? present.reduce((n, l) => n + perLabel[l].f1, 0) / present.length : 0;
  const correct = FRAMING_LABELS.reduce((n, l) => n + confusion[l][l], 0);
  return { perLabel, macroF1, accuracy: pairs.length ? correct / pairs.length : 0, confusion, total: pairs.length };
}

/** A fixed-width text report for terminals. */
export function formatEvaluation(e: Evaluation): string {
  const pct = (x: number): string => x.toFixed(3);
  const lines = ['label            precision  recall  f1     support'];
  for (const label of FRAMING_LABELS) {
    const s = e.perLabel[label];
    lines.push(`${label.padEnd(16)} ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}  ${pct(s.f1).padStart(5)}  ${String(s.support).padStart(7)}`);
  }
  lines.push('', `macro-F1  ${pct(e.macroF1)}`, `accuracy  ${pct(e.accuracy)}  (${e.total} items)`, '');
  lines.push(`confusion (rows expected, columns predicted)`);
  lines.push(`${''.padEnd(16)}${FRAMING_LABELS.map((l) => l.slice(0, 6).padStart(8)).join('')}`);
  for (const expected of FRAMING_LABELS) {
    lines.push(`${expected.padEnd(16)}${FRAMING_LABELS.map((p) => String(e.confusion[expected][p]).padStart(8)).join('')}`);
  }
  return lines.join('\n');
}
