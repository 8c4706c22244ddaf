import { z } from 'zod';
import { entryDateSchema } from './entry';
import { recordIdSchema } from './win';

/** The record kind a named stretch of time is sealed under. */
export const PERIOD_KIND = 'period';

export const PERIOD_NAME_CHARS = 120;

const periodName = z
  .string()
  .trim()
  .min(1, 'Give the period a name, in your own words.')
  .max(PERIOD_NAME_CHARS, `A period's name can be at most ${PERIOD_NAME_CHARS} characters.`);

const inOrder = (span: { from: string; to: string }) => span.from <= span.to;
const IN_ORDER = { message: 'A period ends on or after the day it starts.', path: ['to'] };

/** A span of calendar days the person names ("the year of no", "after the layoff"). */
export const periodDraftSchema = z.strictObject({ id: recordIdSchema.optional(), name: periodName, from: entryDateSchema, to: entryDateSchema }).refine(inOrder, IN_ORDER);
export type PeriodDraft = z.infer<typeof periodDraftSchema>;

export const periodSchema = z
  .strictObject({
    id: recordIdSchema,
    name: periodName,
    from: entryDateSchema,
    to: entryDateSchema,
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    deletedAt: z.iso.datetime().nullable(),
  })
  .refine(inOrder, IN_ORDER);
export type Period = z.infer<typeof periodSchema>;
