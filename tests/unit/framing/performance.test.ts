import { describe, expect, it } from 'vitest';
import { analyzeText, detectCareLanguage, warmUpFraming } from '../../../shared/framing/index';

const SENTENCES = [
  'Missed the deadline because I did not flag the blocker early.',
  "I'm such a failure and I always ruin everything.",
  'The client changed the scope again, which was not on me.',
  'Rent is due on Friday and the car needs new tyres.',
  'Next sprint I will raise problems in standup the same day.',
  'Whatever, the panel was rigged anyway.',
  'Dad called me a loser at dinner and I said nothing back',
];

function entryOf(words: number): string {
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const s = SENTENCES[i % SENTENCES.length] ?? '';
    out.push(s);
    count += s.split(/\s+/u).length;
    if (i % 9 === 8) out.push('\n');
  }
  return out.join(' ');
}

describe('performance', () => {
  it('analyses a 5,000-word entry comfortably fast', () => {
    const entry = entryOf(5000);
    // The app warms the analyzer up when idle; what a person waits for is the steady state.
    warmUpFraming();
    analyzeText(entry);
    const runs: number[] = [];
    let analysis = analyzeText('');
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      analysis = analyzeText(entry);
      runs.push(performance.now() - started);
    }
    expect(analysis.sentences.length).toBeGreaterThan(300);
    // A generous bound on the fastest of three so a busy machine does not make this flaky;
    // the real figure (~25 ms) is what npm run bench reports.
    expect(Math.min(...runs)).toBeLessThan(500);
  });

  it('copes with a 5,000-word entry with no punctuation at all', () => {
    const entry = entryOf(5000).replace(/[.,\n]/gu, ' ');
    const started = performance.now();
    expect(analyzeText(entry).sentences.length).toBe(1);
    expect(detectCareLanguage(entry)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
