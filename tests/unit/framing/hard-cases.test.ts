import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../shared/framing/index';
import { labelOf } from './helpers';

describe('hard cases from the guide', () => {
  describe('negated or rejected identity statements', () => {
    it('a rejected label with the act owned is accountability', () => {
      expect(labelOf("I'm not a failure, I failed an exam.")).toBe('accountability');
      expect(labelOf("Losing the job doesn't make me worthless. I was late too often and I'm fixing that.")).toBe(
        'accountability',
      );
    });

    it('a "not" that deepens the verdict is still shame', () => {
      expect(labelOf("I'm not even a failure. I'm just nothing.")).toBe('shame');
      expect(labelOf("I'm not a real artist, just someone kidding herself.")).toBe('shame');
    });

    it('"not the failure here" deflects onto someone else', () => {
      expect(labelOf("I'm not the problem here. My partner is the one who walked out.")).toBe('blame');
    });
  });

  describe('reported speech counts only if adopted', () => {
    it('a verdict someone else gave is neutral', () => {
      expect(labelOf('My brother called me a loser at the wedding.')).toBe('neutral');
      const s = analyzeText('My brother called me a loser at the wedding.').sentences[0];
      expect(s?.reason).toContain('someone else said');
      expect(s?.spans).toEqual([]);
    });

    it('the same verdict, agreed with, is shame', () => {
      expect(labelOf('My brother called me a loser. After this week, he was right.')).toBe('shame');
      expect(labelOf('Mum was right, I am a disappointment.')).toBe('shame');
    });

    it('agreeing with criticism of something done is accountability', () => {
      expect(labelOf('My editor said I rushed the ending, and she is right.')).toBe('accountability');
    });

    it('quoted words are held at arm\u2019s length', () => {
      expect(labelOf("Love how I'm suddenly the 'problem' when the whole team missed it.")).not.toBe('shame');
    });
  });

  describe('looking back on an old verdict', () => {
    it('without owning or learning it is neutral', () => {
      expect(labelOf('At school I was convinced I was stupid. Strange what stays with you.')).toBe('neutral');
    });

    it('with learning it is accountability', () => {
      expect(labelOf('I used to think I was worthless. Now I can see I was burned out and never asked for help.')).toBe(
        'accountability',
      );
    });

    it('taken up again it is shame', () => {
      expect(labelOf('For years I believed I was worthless. This week proved I was right all along.')).toBe('shame');
    });
  });

  describe('sarcasm where it is readable', () => {
    it('sarcasm carrying a verdict on the self is shame', () => {
      expect(labelOf('Nice one, genius. Missed the train again. I genuinely cannot function.')).toBe('shame');
    });

    it('sarcasm aimed at others is blame', () => {
      expect(labelOf('Oh sure, the layoffs were totally about performance and not about the bonus pool.')).toBe('blame');
    });

    it('sarcasm about bad luck alone is neutral', () => {
      expect(labelOf('Love that the rejection arrived on my birthday. Ate cake anyway.')).toBe('neutral');
    });
  });

  describe('trigger words used neutrally', () => {
    it.each([
      'The failure rate on the new line is down to 3%.',
      'Read a book about failure on the train.',
      'The project failed in May and the team moved on.',
      'My sister wrote LOSER on my cast as a joke.',
    ])('%s', (text) => {
      expect(labelOf(text)).toBe('neutral');
    });
  });

  describe('strong feelings are not shame by themselves', () => {
    it.each([
      "I'm so embarrassed about the speech.",
      'Absolutely humiliated after the audition.',
      'I feel crushed and angry tonight.',
    ])('feeling: %s', (text) => {
      expect(labelOf(text)).toBe('neutral');
    });

    it('a feeling word used as a label is shame', () => {
      expect(labelOf("I'm an embarrassment to this family.")).toBe('shame');
    });

    it('explains the neutral label by naming the feeling', () => {
      expect(analyzeText("I'm so embarrassed.").sentences[0]?.reason).toContain('names a feeling');
    });
  });

  describe('real, unforeseeable causes', () => {
    it('named without deflection they are neutral', () => {
      expect(labelOf('The flood closed the bakery and no one saw it coming. Meeting the insurer on Monday.')).toBe('neutral');
      expect(labelOf('Missed the wedding because of the storm. Every flight was cancelled.')).toBe('neutral');
    });

    it('used to refuse the writer\u2019s own part they are blame', () => {
      expect(labelOf("The recession killed the shop. It had nothing to do with me skipping the books, nobody could have survived that.")).toBe('blame');
    });

    it('named alongside an owned part they are accountability', () => {
      expect(labelOf('The pandemic hit everyone, but I also ignored online orders for a year. That is the first thing I fix next time.')).toBe(
        'accountability',
      );
    });
  });

  it('ownership words used to deflect are blame', () => {
    expect(labelOf('I take full responsibility for trusting my team. My only mistake was trusting idiots.')).toBe('blame');
  });

  it('self-punishment dressed as responsibility is shame', () => {
    expect(labelOf("I'm taking full responsibility: I'm a worthless manager and I deserve to be fired.")).toBe('shame');
  });
});
