import { describe, expect, it } from 'vitest';
import { locateSentence } from '../../../renderer/src/journal-screen/framing/sentenceLocation';

describe('finding a sentence the analyzer saw in the text as it is now', () => {
  const doc = 'I was late. I am hopeless. I was late.';

  it('uses the place the analyzer saw while the words there are unchanged', () => {
    expect(locateSentence(doc, 12, 26, 'I am hopeless.')).toEqual([12, 26]);
    expect(locateSentence(doc, 27, 38, 'I was late.')).toEqual([27, 38]);
  });

  it('finds the sentence again after writing before it moved it', () => {
    const moved = `Monday. ${doc}`;
    expect(locateSentence(moved, 12, 26, 'I am hopeless.')).toEqual([20, 34]);
  });

  it('picks the copy nearest where the analyzer saw it when the words stand twice', () => {
    const moved = `Oh. ${doc}`;
    expect(locateSentence(moved, 0, 11, 'I was late.')).toEqual([4, 15]);
    expect(locateSentence(moved, 27, 38, 'I was late.')).toEqual([31, 42]);
  });

  it('gives nothing once the sentence has been changed', () => {
    expect(locateSentence('I was late. I am learning.', 12, 26, 'I am hopeless.')).toBeNull();
  });
});
