import { describe, expect, it } from 'vitest';
import { labelOf, onlySentence } from './helpers';

describe('accountability: something the writer did, owned', () => {
  it.each([
    "That one's on me.",
    'It was my call to skip the review.',
    'I take full responsibility for the missed shipment.',
    'My part in it was never speaking up.',
  ])('ownership in so many words: %s', (text) => {
    expect(labelOf(text)).toBe('accountability');
  });

  it.each([
    'I missed the flight because I left the house too late.',
    'Lost the client because I never followed up after the demo.',
    'I snapped at my brother at dinner.',
    'Forgot to pay the electric bill.',
  ])('a specific act named: %s', (text) => {
    expect(labelOf(text)).toBe('accountability');
  });

  it.each([
    'Sent her an honest apology this morning.',
    "I'll apologise to the team on Monday.",
  ])('a repair: %s', (text) => {
    expect(labelOf(text)).toBe('accountability');
  });

  it.each([
    'Lesson learned: always read the contract.',
    'From now on the phone stays in the car.',
    "I'm not doing that again.",
  ])('a lesson or next step: %s', (text) => {
    expect(labelOf(text)).toBe('accountability');
  });

  it('an act and a next step together are explained as both', () => {
    const text = 'I skipped my physio exercises for a month. Starting them again every morning from now on.';
    expect(labelOf(text)).toBe('accountability');
  });

  it('faint signs in neighbouring sentences support each other', () => {
    expect(labelOf('I only revised the night before. Booked study blocks every Tuesday from next week.')).toBe(
      'accountability',
    );
  });

  it('self-compassion that still owns the act', () => {
    expect(labelOf('Losing my temper was a bad thing I did, not who I am. I said sorry tonight.')).toBe('accountability');
  });

  it('separates what is mine from what is not', () => {
    const text = "The client kept changing the brief, and that wasn't on me. But I never wrote the scope down, and that part I can fix.";
    expect(labelOf(text)).toBe('accountability');
  });

  it('a plan alone is not accountability', () => {
    expect(labelOf('Failed my theory test. Retake is booked for the 9th.')).toBe('neutral');
    expect(onlySentence('Meeting the advisor on Thursday.').label).toBe('neutral');
  });
});
