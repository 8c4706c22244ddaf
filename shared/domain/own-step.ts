import { z } from 'zod';
import { NEXT_STEP_STATUSES } from './reflection';
import { recordIdSchema } from './win';

/** The record kind of a small step the person added themselves. */
export const OWN_STEP_KIND = 'step';

export const OWN_STEP_CHARS = 500;

const stepText = z
  .string()
  .trim()
  .min(1, 'Write the step in a few words.')
  .max(OWN_STEP_CHARS, `A small step can be at most ${OWN_STEP_CHARS} characters.`);

export const ownStepDraftSchema = z.strictObject({ id: recordIdSchema.optional(), text: stepText });
export type OwnStepDraft = z.infer<typeof ownStepDraftSchema>;

/**
 * A small, ordinary thing the person means to do ("send a text", "walk around the
 * block"). Done, not yet, or let go: never counted, never overdue.
 */
export const ownStepSchema = z.strictObject({
  id: recordIdSchema,
  text: stepText,
  status: z.enum(NEXT_STEP_STATUSES),
  /** When it was last marked done or let go; null while open. */
  settledAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  deletedAt: z.iso.datetime().nullable(),
});
export type OwnStep = z.infer<typeof ownStepSchema>;

/** Ordinary first steps offered when the list is empty; taking one makes it the person's own. */
export const STEP_SUGGESTIONS = [
  'Do the laundry',
  'Send a text to someone I miss',
  'Walk around the block',
  'Drink a glass of water',
  'Open the email I have been avoiding',
] as const;
