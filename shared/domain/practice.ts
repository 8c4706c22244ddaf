import { z } from 'zod';
import { entryDateSchema } from './entry';
import { recordIdSchema } from './win';

/** The record kind of a practice in failing on purpose. */
export const PRACTICE_KIND = 'practice';

export const PRACTICE_LIMITS = { attemptChars: 500, textChars: 5_000 } as const;

/** How bad, 0 (not at all) to 10 (as bad as it gets). */
export const badnessSchema = z
  .number({ message: 'Choose a number from 0 to 10.' })
  .int('Choose a whole number from 0 to 10.')
  .min(0, 'Choose a number from 0 to 10.')
  .max(10, 'Choose a number from 0 to 10.');

const text = z.string().max(PRACTICE_LIMITS.textChars, `This can be at most ${PRACTICE_LIMITS.textChars.toLocaleString('en')} characters.`);

/** Before: what I'll try, what I fear, how bad I expect it to be. */
export const practicePlanSchema = z.strictObject({
  id: recordIdSchema.optional(),
  date: entryDateSchema,
  attempt: z
    .string()
    .trim()
    .min(1, 'Say in a few words what you will try.')
    .max(PRACTICE_LIMITS.attemptChars, `This can be at most ${PRACTICE_LIMITS.attemptChars} characters.`),
  fear: text.default(''),
  expected: badnessSchema,
});
export type PracticePlan = z.infer<typeof practicePlanSchema>;
export type PracticePlanInput = z.input<typeof practicePlanSchema>;

/** After: what actually happened, how bad it really was, what I learned. */
export const practiceOutcomeSchema = z.strictObject({
  date: entryDateSchema,
  happened: text.default(''),
  actual: badnessSchema,
  learned: text.default(''),
});
export type PracticeOutcome = z.infer<typeof practiceOutcomeSchema>;

/** A small deliberate risk, planned now and completed later; the gap between expected and actual is the point. */
export const practiceSchema = z.strictObject({
  id: recordIdSchema,
  date: entryDateSchema,
  attempt: practicePlanSchema.shape.attempt,
  fear: text,
  expected: badnessSchema,
  outcome: practiceOutcomeSchema.nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  deletedAt: z.iso.datetime().nullable(),
});
export type Practice = z.infer<typeof practiceSchema>;

/** Expected minus actual, once completed: how much kinder it turned out than feared (negative when worse). */
export function practiceGap(practice: Pick<Practice, 'expected' | 'outcome'>): number | null {
  return practice.outcome ? practice.expected - practice.outcome.actual : null;
}
