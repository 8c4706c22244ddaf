import { describe, expect, it } from 'vitest';
import { analyzeText, suggestReframe, suggestReframes, type SentenceFraming } from '../../../shared/framing/index';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

function shameSentence(text: string): SentenceFraming {
  const s = analyzeText(text).sentences.find((x) => x.label === 'shame');
  if (!s) throw new Error(`no shame sentence in: ${text}`);
  return s;
}

describe('suggestReframe', () => {
  it('turns an identity label into something done, in the writer\u2019s own words', () => {
    const text = "Failed organic chem. I'm a failure.";
    const r = suggestReframe(shameSentence(text), text);
    expect(r?.reframe).toBe('I failed organic chem; that is something I did, not who I am.');
    expect(r?.prompt).toContain('you failed organic chem');
    expect(r?.basedOn.map((s) => text.slice(s.start, s.end))).toEqual(['Failed organic chem', "I'm a failure"]);
  });

  it('follows the lead\u2019s template when the setback is only named: "I failed <what>"', () => {
    const text = "I'm a failure. Third time sitting the bar exam.";
    expect(suggestReframe(shameSentence(text), text)?.reframe).toBe('I failed the bar exam; that is something I did, not who I am.');
  });

  it('retells something done to the writer as something that happened', () => {
    const text = "Passed over for the promotion again. I'm a loser.";
    expect(suggestReframe(shameSentence(text), text)?.reframe).toBe(
      'I was passed over for the promotion again; that is something that happened, not who I am.',
    );
  });

  it('uses the clause before "because" as what happened', () => {
    const text = "She left because I'm unlovable.";
    expect(suggestReframe(shameSentence(text), text)?.reframe).toBe('She left; that is something that happened, not who I am.');
  });

  it('answers each kind of verdict in its own way', () => {
    const cases: [string, RegExp][] = [
      ['Forgot the rent. I always ruin everything.', /not everything and not always/u],
      ['Lost the match. I deserve this.', /hurting is not the same as deserving it/u],
      ['Missed the shot. Everyone on the team is better than me.', /how I measure up against everyone else/u],
      ['Forgot my lines on stage. What is wrong with me?', /Nothing has to be wrong with me/u],
      ["Relapsed last night. I'll never be good at anything.", /not where they have to stay/u],
    ];
    for (const [text, expected] of cases) {
      expect(suggestReframe(shameSentence(text), text)?.reframe).toMatch(expected);
    }
  });

  it('still offers something kind when no event can be found', () => {
    const text = 'I am worthless.';
    const r = suggestReframe(shameSentence(text), text);
    expect(r?.reframe).toBe('Something went wrong, and it hurts; that is something that happened, not who I am.');
    expect(r?.prompt).toMatch(/^Want to look at what is yours to own/u);
  });

  it('speaks warmly: invitations, second person, no exclamation marks', () => {
    const texts = ["Failed organic chem. I'm a failure.", 'I hate myself.', 'Maybe I deserve this.', "I'm pathetic."];
    for (const text of texts) {
      for (const r of suggestReframes(analyzeText(text), text)) {
        expect(r.reframe).not.toMatch(/!/u);
        expect(r.prompt).not.toMatch(/!/u);
        expect(r.prompt).toMatch(/\?$/u);
        expect(r.prompt).toMatch(/\byou(r)?\b/u);
      }
    }
  });

  it('returns null for sentences that are not shame', () => {
    const text = 'That was on me. Dad called me a failure.';
    for (const s of analyzeText(text).sentences) expect(suggestReframe(s, text)).toBeNull();
  });

  it('never modifies its input', () => {
    const text = "Failed organic chem. I'm a failure.";
    const sentence = deepFreeze(shameSentence(text));
    const before = JSON.stringify(sentence);
    const r = suggestReframe(sentence, text);
    expect(JSON.stringify(sentence)).toBe(before);
    expect(r?.basedOn).not.toBe(sentence.spans);
  });

  it('suggestReframes gives one suggestion per shame sentence', () => {
    const text = "I'm a failure. Got the letter today. I always ruin everything.";
    expect(suggestReframes(analyzeText(text), text)).toHaveLength(2);
  });
});

describe('suggestReframe picks the act from the writer\u2019s own words', () => {
  it.each([
    // No "I" in the event: the old picker found nothing and fell back to a generic line.
    ['The launch went badly. I am such a failure, I ruin everything.', 'The launch went badly'],
    ['the interview went terribly and honestly i am just a fraud', 'the interview went terribly'],
    ["My essay came back with a D and I'm an idiot.", 'My essay came back with a D'],
  ])('an event told without "I": %s', (text, act) => {
    const r = suggestReframe(shameSentence(text), text);
    expect(r?.act?.text).toBe(act);
    expect(r?.reframe.toLowerCase()).toContain(act.toLowerCase());
    expect(r?.reframe).toMatch(/something that happened, not who I am/u);
  });

  it.each([
    // The old picker took the first thing done ("I cried in the car..."), not the setback.
    ["I cried in the car after I missed the penalty. I'm useless.", 'I missed the penalty'],
    ['Sat in the car park for an hour. Then I sent the invoice to the wrong client. I am hopeless.', 'I sent the invoice to the wrong client'],
  ])('the setback over what came after it: %s', (text, act) => {
    const r = suggestReframe(shameSentence(text), text);
    expect(r?.act?.text).toBe(act);
    expect(r?.reframe).toContain(act);
  });

  it('says when no act was found instead of claiming the writer\u2019s words', () => {
    for (const text of ['I am worthless.', 'I hate myself.']) {
      const r = suggestReframe(shameSentence(text), text);
      expect(r?.act).toBeNull();
      expect(r?.basedOn.every((s) => shameSentence(text).spans.some((v) => v.start === s.start))).toBe(true);
    }
  });

  it('never retells someone else\u2019s words about the writer as the act', () => {
    const text = "Coach said the whole team played badly. I'm the weakest link.";
    expect(suggestReframe(shameSentence(text), text)?.act?.text ?? '').not.toMatch(/said/u);
  });
});
