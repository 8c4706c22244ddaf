import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeText, evaluate, type FramingLabel } from '../../../shared/framing/index';

// A copy of shared/framing/dev.jsonl from the project brief (200 lines, 50 per label).
const DEV = fileURLToPath(new URL('./fixtures/dev.jsonl', import.meta.url));

interface DevLine {
  id: string;
  text: string;
  label: FramingLabel;
  note: string;
}

const lines: DevLine[] = readFileSync(DEV, 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as DevLine);

describe('dev set', () => {
  const evaluation = evaluate(lines.map((l) => ({ expected: l.label, predicted: analyzeText(l.text).label })));

  it('reaches macro-F1 of at least 0.90', () => {
    expect(lines).toHaveLength(200);
    expect(evaluation.macroF1).toBeGreaterThanOrEqual(0.9);
  });

  it('does well on the hard cases too', () => {
    const hard = lines.filter((l) => l.note.startsWith('hard:'));
    const right = hard.filter((l) => analyzeText(l.text).label === l.label).length;
    expect(right / hard.length).toBeGreaterThanOrEqual(0.85);
  });
});
