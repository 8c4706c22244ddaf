import { describe, expect, it } from 'vitest';
import { labelOf } from './helpers';

describe('blame: all of it on someone else', () => {
  it.each([
    'I failed because the teacher never explained anything.',
    'My manager sabotaged me from day one.',
    'The whole project died because Tom did nothing.',
  ])('the cause placed on someone else, with an accusation: %s', (text) => {
    expect(labelOf(text)).toBe('blame');
  });

  it.each([
    'Not my fault.',
    'None of this is on me.',
    'I did everything right.',
    "I'm not taking the blame for that.",
  ])('refusing any part: %s', (text) => {
    expect(labelOf(text)).toBe('blame');
  });

  it.each([
    'The judges were biased and clueless.',
    'Surrounded by idiots at that company.',
    'Whatever. Their loss.',
    'It was rigged from the start.',
  ])('contempt or dismissal: %s', (text) => {
    expect(labelOf(text)).toBe('blame');
  });

  it('it-would-have-been-fine-if-they-had', () => {
    expect(labelOf('If my coach had played me, we would have won.')).toBe('blame');
  });

  it('sarcasm aimed at others', () => {
    expect(labelOf('Lost my job in the reorg. Great leadership, really.')).toBe('blame');
  });

  it('a bare insult takes its target from the sentence before', () => {
    expect(labelOf('The mechanic overcharged me for nothing. Total crook.')).toBe('blame');
    expect(labelOf('Locked my keys in the car. Such an idiot.')).toBe('shame');
  });

  it('an admitted act followed by "but" and someone else is still blame', () => {
    expect(labelOf('Yes, I was late, but the bus driver skipped my stop. Their mess, not mine.')).toBe('blame');
  });
});
