import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../shared/framing/index';
import { labelOf, onlySentence } from './helpers';

describe('shame: a verdict on who the writer is', () => {
  it.each([
    ["I'm a failure.", 'an identity label'],
    ['I am such a loser.', 'an identity label'],
    ["I'm a terrible sister.", 'an identity label'],
    ['im useless and pathetic', 'an identity label'],
    ['I feel like a complete fraud.', 'an identity label'],
    ["I'm the dumbest person in this office.", 'an identity label'],
    ["I'm the kind of person who lets everyone down.", 'an identity label'],
  ])('identity label: %s', (text, kind) => {
    const s = onlySentence(text);
    expect(s.label).toBe('shame');
    expect(s.reason).toContain(kind);
  });

  it.each([
    'I always ruin everything.',
    'I mess up every single thing I touch.',
    "I can't do anything right.",
    'I never finish anything I start.',
    'Nothing I do is ever good enough.',
    "That's just who I am.",
  ])('global or stable attribution: %s', (text) => {
    expect(labelOf(text)).toBe('shame');
  });

  it('names the global word in its reason', () => {
    expect(onlySentence('I always screw things up.').reason).toContain("a global word: 'always'");
  });

  it.each([
    "I'll never be good at anything.",
    "I'm weak and I always will be.",
    'I was born lazy.',
  ])('permanence: %s', (text) => {
    expect(labelOf(text)).toBe('shame');
  });

  it.each([
    'Maybe I deserve this.',
    "I don't deserve anyone's kindness.",
    'My kids deserve a better dad than me.',
    "Honestly I'd dump me too.",
  ])('deserving it: %s', (text) => {
    expect(labelOf(text)).toBe('shame');
  });

  it.each([
    'Everyone in my class is smarter than me.',
    "I'm not good enough for this team.",
    "People like me don't get promoted.",
    "I don't belong at this university.",
    'Normal people manage to pay their bills.',
  ])('inferiority: %s', (text) => {
    expect(labelOf(text)).toBe('shame');
  });

  it.each([
    'I want to crawl into a hole and disappear.',
    "I can't face anyone at church again.",
    'I hate myself.',
  ])('hiding or self-disgust: %s', (text) => {
    expect(labelOf(text)).toBe('shame');
  });

  it.each([
    "I'm cancelling my birthday as punishment for losing the account.",
    'Being responsible means admitting what I am: a screwup.',
  ])('self-punishment passed off as responsibility: %s', (text) => {
    expect(labelOf(text)).toBe('shame');
  });

  it.each([
    'What is wrong with me?',
    'Something about me just drives people off.',
    'Who would ever want to date someone like me?',
    'What kind of mother forgets her own kid at school?',
  ])('shame without the word failure: %s', (text) => {
    expect(labelOf(text)).toBe('shame');
  });

  it('spans cover the verdict words exactly', () => {
    const text = 'Missed the bus again. Honestly I am a total failure.';
    const s = analyzeText(text).sentences[1];
    expect(s?.label).toBe('shame');
    expect(s?.spans.map((x) => text.slice(x.start, x.end))).toEqual(['I am a total failure']);
  });
});

