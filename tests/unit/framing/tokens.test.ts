import { describe, expect, it } from 'vitest';
import { canonicalise, tokenAt, tokenize } from '../../../shared/framing/tokens';

function canon(text: string): string {
  return canonicalise(tokenize(text, 0, text.length)).text;
}

describe('tokenize and canonicalise', () => {
  it('spells out contractions, with and without apostrophes', () => {
    expect(canon("I'm not. im lazy, cant do it, didnt try")).toBe('i am not . i am lazy , can not do it , did not try');
    expect(canon('I\u2019ve won\u2019t shouldn\u2019t')).toBe('i have will not should not');
  });

  it("reads I'd as had before a past participle and as would otherwise", () => {
    expect(canon("I'd refused to cut it. I'd leave me too.")).toBe('i had refused to cut it . i would leave me too .');
  });

  it('keeps possessives and marks quoted words', () => {
    const text = "Dad's car. She texted 'LOSER' at me.";
    const tokens = tokenize(text, 0, text.length);
    expect(canon(text)).toBe(`dad's car . she texted " loser " at me .`);
    expect(tokens.find((t) => t.norm === 'loser')?.quoted).toBe(true);
    expect(tokens.find((t) => t.norm === 'texted')?.quoted).toBe(false);
  });

  it('treats a plural possessive apostrophe as part of the text, not a quote', () => {
    const text = "my parents' fault, not mine";
    const tokens = tokenize(text, 0, text.length);
    expect(tokens.some((t) => t.quoted)).toBe(false);
  });

  it('maps canonical positions back to the writer\u2019s characters', () => {
    const text = "Honestly I'm done";
    const tokens = tokenize(text, 0, text.length);
    const c = canonicalise(tokens);
    const am = tokens[tokenAt(c, c.text.indexOf('am'))];
    expect(am && text.slice(am.start, am.end)).toBe("I'm");
  });
});
