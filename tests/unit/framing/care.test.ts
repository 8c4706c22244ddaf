import { describe, expect, it } from 'vitest';
import { detectCareLanguage } from '../../../shared/framing/index';

function found(text: string): string[] {
  return detectCareLanguage(text).map((s) => s.text);
}

describe('detectCareLanguage', () => {
  it.each([
    ['I want to die.', 'want to die'],
    ['Some nights I think about how I could kill myself.', 'kill myself'],
    ["There's no reason to live anymore.", 'no reason to live'],
    ['Everyone would be better off without me.', 'Everyone would be better off without me'],
    ['I just want to end it all.', 'want to end it all'],
    ["I don't want to be here anymore.", "don't want to be here anymore"],
    ["I've been cutting myself again.", 'cutting myself'],
    ['honestly i wanna die lol', 'wanna die'],
    ["Life isn't worth living without her.", "Life isn't worth living"],
    ['If I disappeared nobody would notice.', 'If I disappeared nobody would notice'],
  ])('notices: %s', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    "I don't want to die, I want this to stop hurting.",
    'I would never kill myself.',
    "I'm not suicidal, just exhausted.",
    'I nearly died of embarrassment.',
    'I could kill myself laughing at that video.',
    'I cut myself shaving.',
    "I don't want to be here at this party.",
    'The failure rate is killing the project.',
  ])('leaves alone: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('returns exact offsets into the original text, in order and without overlap', () => {
    const text = 'Bad week.\nI want to die. Everyone would be better off without me, honestly.';
    const spans = detectCareLanguage(text);
    expect(spans.length).toBe(2);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(spans[0]!.end).toBeLessThanOrEqual(spans[1]!.start);
  });
});
