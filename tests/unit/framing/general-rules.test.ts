import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../shared/framing/index';
import { tokenize } from '../../../shared/framing/tokens';
import { labelOf } from './helpers';

/**
 * One test per general mechanism added for generalisation (accusing verbs,
 * imputed motives, implicit "nobody will want someone like me", omissions and
 * so on). The sentences are written for these tests, not taken from any
 * evaluation set.
 */
describe('blame: general mechanisms', () => {
  it.each([
    'My agent torpedoed the deal.',
    'The new manager undermined every decision I made.',
    'Her lawyer misled the court and we lost the house.',
    'The producers butchered my script.',
  ])('an accusing verb done by someone else: %s', (text) => {
    expect(labelOf(text)).toBe('blame');
  });

  it.each([
    'The old owners ran the restaurant into the ground.',
    'My partner cut me loose the moment things got hard.',
    'The broker sold us a lemon.',
  ])('a picture of harm done by someone else: %s', (text) => {
    expect(labelOf(text)).toBe('blame');
  });

  it.each([
    'The landlord is delaying the repairs on purpose.',
    'They moved the interview to Sunday just to make me look bad.',
    'The bank would rather we went bust than give us a month.',
  ])('a bad motive put on someone else: %s', (text) => {
    expect(labelOf(text)).toBe('blame');
  });

  it.each([
    'The new coach never gave my daughter a fair shot.',
    'I was never going to get a fair hearing from that panel.',
  ])('no fair chance: %s', (text) => {
    expect(labelOf(text)).toBe('blame');
  });

  it('someone else pushing their fault onto others', () => {
    expect(labelOf('The organisers forgot to book the hall and then blamed the volunteers.')).toBe('blame');
    expect(labelOf('My brother crashed the car and acts like it was partly my fault.')).toBe('blame');
  });

  it('merit waved away', () => {
    expect(labelOf('The promotion was pure nepotism.')).toBe('blame');
    expect(labelOf('Talent had nothing to do with it.')).toBe('blame');
  });

  it('"their problem"', () => {
    expect(labelOf("If the readers don't like it, that's their problem.")).toBe('blame');
  });

  it('a door only open to insiders', () => {
    expect(labelOf('The festival only books bands who know the director.')).toBe('blame');
  });

  it('a person named by kind is a person: "because the drummer..."', () => {
    expect(labelOf('We lost the gig because the drummer never showed up.')).toBe('blame');
  });

  it.each([
    'The storm ruined the harvest.',
    'The flood destroyed the studio.',
    'My boss blamed me for the delay.',
    'They gave the award to someone else.',
  ])('a cause nobody chose, or a plain report, stays neutral: %s', (text) => {
    expect(labelOf(text)).toBe('neutral');
  });
});

describe('shame: general mechanisms', () => {
  it.each([
    'No school is going to hire a teacher who got suspended.',
    'Nobody will ever want to read anything I make.',
    'Who is ever going to take a chance on me now?',
  ])('nobody will want "someone like me": %s', (text) => {
    expect(labelOf(text)).toBe('shame');
  });

  it('"someone like me" after a preposition', () => {
    expect(labelOf('A job like that is wasted on someone like me.')).toBe('shame');
  });

  it.each(['I deserve to be dropped from the squad.', 'I deserve every bit of this.', 'Honestly I deserved worse.'])(
    'deserving the hurt: %s',
    (text) => {
      expect(labelOf(text)).toBe('shame');
    },
  );

  it.each(['She deserves to be happy.', 'I deserve to be paid for the overtime.', 'They probably deserve to be promoted.'])(
    'deserving something good is not shame: %s',
    (text) => {
      expect(labelOf(text)).toBe('neutral');
    },
  );

  it('others deserve it more than me', () => {
    expect(labelOf('Priya deserves the lead role far more than I do.')).toBe('shame');
  });

  it.each(["I'm less talented than my classmates.", 'Since the surgery I feel like less of a man.'])(
    'a comparison that puts the writer below: %s',
    (text) => {
      expect(labelOf(text)).toBe('shame');
    },
  );

  it('the one holding everyone back', () => {
    expect(labelOf("I'm the one dragging this team down.")).toBe('shame');
  });

  it('a trait said of yourself about one area', () => {
    expect(labelOf("I'm hopeless at anything involving numbers.")).toBe('shame');
  });

  it('"turned out to be" as a copula', () => {
    expect(labelOf('I turned out to be a complete disappointment.')).toBe('shame');
  });

  it('hiding: cannot bear to be seen', () => {
    expect(labelOf("I couldn't bear to be seen at the reunion.")).toBe('shame');
  });

  it('"what is even the point of me"', () => {
    expect(labelOf("What's even the point of me?")).toBe('shame');
  });

  it('always choking', () => {
    expect(labelOf("I'll always choke in the big games.")).toBe('shame');
  });
});

describe('accountability: general mechanisms', () => {
  it.each([
    'I never backed up the laptop. Doing it every Friday now.',
    "I didn't practise the speech once. Rehearsing tonight.",
  ])('an omission plus a step: %s', (text) => {
    expect(labelOf(text)).toBe('accountability');
  });

  it.each(["I didn't get the job.", 'I never heard back.', "I didn't see it coming."])(
    'an outcome or a thought is not an omission: %s',
    (text) => {
      expect(labelOf(text)).toBe('neutral');
    },
  );

  it('a concrete wrong choice', () => {
    expect(labelOf('I quoted the client the wrong price.')).toBe('accountability');
  });

  it('something already put right', () => {
    expect(labelOf('I double-booked the venue. I rang them and fixed the booking.')).toBe('accountability');
  });

  it('taking the consequences', () => {
    expect(labelOf('I broke the rule, and I will accept the penalty.')).toBe('accountability');
  });

  it('an outcome put down to my own decision', () => {
    expect(labelOf('My decision to skip the audit cost us the contract.')).toBe('accountability');
  });

  it('what I am fixing, said as a fact', () => {
    expect(labelOf('My first serve is what I am working on.')).toBe('accountability');
  });

  it('the next one of anything', () => {
    expect(labelOf('I rushed the edit. The next episode gets an extra week.')).toBe('accountability');
  });

  it('agreement inside a report: "coach said I X and he is right"', () => {
    expect(labelOf('My tutor said I skim the readings, and she is right.')).toBe('accountability');
  });

  it('"my reviewer said" is someone else speaking', () => {
    const report = analyzeText('My reviewer said I was a failure.').sentences[0]?.cues?.find((c) => c.label === 'shame');
    expect(report?.status).toBe('reported');
  });

  it('"my gut says" is still the writer', () => {
    expect(labelOf('My gut says I am a failure.')).toBe('shame');
  });
});

describe('tokens: an "\'s" that can only mean "is"', () => {
  it('splits before mine/on/right, keeps possessives', () => {
    const text = "that part's mine and the team's fault";
    expect(tokenize(text, 0, text.length).map((t) => t.norm)).toEqual([
      'that', 'part', 'is', 'mine', 'and', 'the', "team's", 'fault',
    ]);
  });
});
