import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../shared/framing/sentences';

function pieces(text: string): string[] {
  return splitSentences(text).map((r) => text.slice(r.start, r.end));
}

describe('splitSentences', () => {
  it('splits on terminal punctuation and keeps exact offsets', () => {
    const text = 'Failed the test. I am fine!  Really?';
    expect(pieces(text)).toEqual(['Failed the test.', 'I am fine!', 'Really?']);
  });

  it('splits lowercase journal sentences and keeps a last sentence without punctuation', () => {
    expect(pieces('what is wrong with me. why cant i just be normal')).toEqual([
      'what is wrong with me.',
      'why cant i just be normal',
    ]);
  });

  it('treats a line break as the end of a thought', () => {
    expect(pieces('Lost the job\nStarting over tomorrow')).toEqual(['Lost the job', 'Starting over tomorrow']);
  });

  it('keeps a quotation that ends in a full stop with its sentence', () => {
    expect(pieces("He says I'm 'hard to talk to.' Maybe he should listen.")).toEqual([
      "He says I'm 'hard to talk to.'",
      'Maybe he should listen.',
    ]);
  });

  it('does not split after abbreviations, decimals or initials', () => {
    expect(pieces('Saw Dr. Patel at 3.30 with J. K. Smith. Then home.')).toEqual([
      'Saw Dr. Patel at 3.30 with J. K. Smith.',
      'Then home.',
    ]);
  });

  it('ends a sentence after a grade letter', () => {
    expect(pieces('Got a D. I only studied the night before.')).toEqual(['Got a D.', 'I only studied the night before.']);
  });

  it('returns nothing for empty or punctuation-only text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('  ...  \n !! ')).toEqual([]);
  });
});
