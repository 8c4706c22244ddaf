import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText, type FramingLabel } from '../../../shared/framing/index';
import { featuresOf } from '../../../shared/framing/analyze';
import { choose, passageScores, passageVector } from '../../../shared/framing/model';

/**
 * What a sentence does, in phrasings written for these tests (none from an
 * evaluation set). Each mechanism is a kind of passage the analyzer used to
 * leave neutral; each case must come out with its label, a span inside the
 * text and a reason that quotes the words that carried it.
 */
function expectFramed(text: string, label: FramingLabel): void {
  const analysis = analyzeText(text);
  expect(analysis.label, text).toBe(label);
  const carrying = analysis.sentences.filter((s) => s.label === label);
  expect(carrying.length, text).toBeGreaterThan(0);
  for (const s of carrying) {
    expect(s.spans.length, text).toBeGreaterThan(0);
    for (const span of s.spans) {
      expect(text.slice(span.start, span.end)).toBe(span.text);
      expect(s.reason).toContain(`'`);
    }
  }
}

describe('shame without the obvious words', () => {
  it.each([
    'Whatever makes a person good with money, I was born without it.',
    "I didn't just miss the bus, I'm the kind of person who misses everything.",
    'Sooner or later my team will work out that I have been bluffing the whole time.',
  ])('innate lack, act turned into identity, impostor: %s', (text) => expectFramed(text, 'shame'));

  it.each([
    'The record shows a basic defect in my character.',
    'Looking at the facts, there is a fundamental flaw in who I am.',
  ])('a verdict in formal register: %s', (text) => expectFramed(text, 'shame'));

  it.each(['My brother got all the brains in this family.', 'My cousin inherited the sporty genes, clearly.'])(
    'ranking oneself below someone close: %s',
    (text) => expectFramed(text, 'shame'),
  );

  it.each([
    'No wonder my friends drift off, there is nothing in me worth sticking around for.',
    "I've deleted my game, people like me don't get to have fun after this.",
  ])('unworthiness and self-punishment: %s', (text) => expectFramed(text, 'shame'));

  it.each(['Everyone says one failed exam means nothing. For me it means everything.', 'They say a bad year does not define a person. Mine does.'])(
    'reassurance turned down: %s',
    (text) => expectFramed(text, 'shame'),
  );

  it('an adopted verdict is shame; the same verdict only reported is not', () => {
    expectFramed('My teacher said I was lazy, and she had it right.', 'shame');
    expect(analyzeText('My teacher said I was lazy.').label).toBe('neutral');
  });
});

describe('accountability without cue phrases', () => {
  it.each(['forgot to lock the shed, bike gone. new padlock fitted today', 'i shouted at the kids tonight i said sorry at bedtime and we talked it through'])(
    'a plain act and a repair, lower case and run on: %s',
    (text) => expectFramed(text, 'accountability'),
  );

  it.each(['The late payment sits with me.', 'The train strike made us late, but not leaving earlier was my doing.'])(
    'ownership in words other than "fault": %s',
    (text) => expectFramed(text, 'accountability'),
  );

  it('"none of it lands on me" is not ownership', () => {
    expect(analyzeText('None of it lands on me.').label).not.toBe('accountability');
  });

  it.each(["Mum said it was the bank's fault. It wasn't, I never read the letter.", 'stupid move, posting it without checking; rang her to apologise'])(
    'offered blame turned down, harsh words about the act only: %s',
    (text) => expectFramed(text, 'accountability'),
  );
});

describe('blame without "their fault"', () => {
  it.each([
    'The whole council are clowns.',
    'None of this is on me.',
    'The printer jammed, the courier was late and the client changed the brief.',
    'I did everything right, the judges just had no taste.',
    'What I learned is never to trust a contractor.',
  ])('contempt, disowning, deflection onto several, a lesson that deflects: %s', (text) => expectFramed(text, 'blame'));
});

describe('what already worked still holds', () => {
  it.each([
    ['My uncle called me a failure at the wedding.', 'neutral'],
    ['I felt so embarrassed walking out of the room.', 'neutral'],
    ['The factory closed in March and nobody saw it coming.', 'neutral'],
    ["I'm not a failure, I failed a test.", 'accountability'],
  ] as const)('%s', (text, label) => expect(analyzeText(text).label).toBe(label));
});

describe('a passage label always has a sentence to show for it', () => {
  const parts = [
    'The launch went badly.',
    'I am such a failure.',
    'My boss set me up.',
    'Forgot the invoice, paid it this morning.',
    'It rained all week.',
    'There is nothing in me worth keeping.',
    'The whole panel are clowns.',
    'Lunch was soup.',
  ];
  it('for any mix of sentences', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { minLength: 1, maxLength: 6 }), (chosen) => {
        const analysis = analyzeText(chosen.join(' '));
        if (analysis.label !== 'neutral') expect(analysis.sentences.some((s) => s.label === analysis.label)).toBe(true);
        for (const s of analysis.sentences) if (s.label !== 'neutral') expect(s.spans.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });
});

describe('a label the learned part gives is explained in the writer\u2019s words', () => {
  it.each(['Whatever makes a person good with money, I was born without it.', 'Sooner or later my team will work out that I have been bluffing the whole time.'])(
    '%s',
    (text) => {
      const [s] = analyzeText(text).sentences;
      expect(s?.cues?.some((c) => c.rule === 'learned.shame')).toBe(true);
      expect(s?.reason).toMatch(/^words that, taken together, read as a verdict on who you are: '/u);
      const quoted = [...(s?.reason ?? '').matchAll(/'([^']+)'/gu)].map((m) => m[1] ?? '');
      expect(quoted.length).toBeGreaterThan(0);
      // A reason that quotes only "a" or "my" would tell the person nothing.
      for (const q of quoted) expect(q).toMatch(/\p{L}{4,}/u);
    },
  );
});

describe('a verdict the rules set aside stays aside unless the learned part is sure', () => {
  it.each(['My boss blamed me for the delay.', 'The landlord accused me of breaking the boiler.', 'She told me off in front of the whole class.'])(
    'a reported accusation is not the writer\u2019s blame: %s',
    (text) => expect(analyzeText(text).label).toBe('neutral'),
  );

  it.each(['The project failed in May and the team moved on.', 'My startup folded last year.', 'The deal fell through after the survey.'])(
    'a thing failing is an event: %s',
    (text) => expect(analyzeText(text).label).toBe('neutral'),
  );

  it.each(['I deserve to be paid for the overtime.', 'Honestly I deserve a break after this month.', 'We deserved a fair hearing.'])(
    'deserving something good is no verdict: %s',
    (text) => expect(analyzeText(text).label).toBe('neutral'),
  );
});

describe('the analyzer decides as the trainer does', () => {
  // The trainer scores a passage's vector (passageVector, passageScores); the analyzer sums its sentences in one pass.
  // Both must give the same label, or cross-validated figures would describe a different decision.
  it('one-pass passage scores give the label the vector gives', () => {
    const words = ['I', 'he', 'they', 'missed', 'the', 'deadline', 'failure', 'always', 'not', 'my', 'fault', 'sorry', 'rigged', 'felt', 'awful', 'will', 'fix', 'it', 'said', 'idiot'];
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 9 }), { minLength: 1, maxLength: 4 }), (sentences) => {
        const text = sentences.map((s) => `${s.join(' ')}.`).join(' ');
        const { sentences: features, ruleLabel } = featuresOf(text);
        const vector = passageVector(features, ruleLabel);
        expect(analyzeText(text).label).toBe(choose(passageScores(vector), ruleLabel, vector));
      }),
      { numRuns: 200, seed: 12 },
    );
  });
});

describe('someone else\u2019s words are not the writer\u2019s words to the learned part', () => {
  it.each([
    ['My coach told me I was hopeless at defending.', 'hopeless'],
    ['I used to think I was worthless.', 'worthless'],
  ])('%s: the verdict word counts only as reported', (text, word) => {
    const names = featuresOf(text).sentences.flat().map((f) => f.name);
    expect(names).toContain(`rep:${word}`);
    expect(names).not.toContain(`w:${word}`);
  });

  it('the writer\u2019s own words still count as theirs', () => {
    const names = featuresOf('I was hopeless at defending today.').sentences.flat().map((f) => f.name);
    expect(names).toContain('w:hopeless');
  });
});
