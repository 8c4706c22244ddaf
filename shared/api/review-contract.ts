import { z } from 'zod';
import { entryDateSchema, entryIdSchema } from '../domain/entry';
import { KEY_SENTENCE_MAX } from '../domain/framing-record';
import { periodSchema } from '../domain/period';
import { patternSchema, periodSummarySchema } from './timeline-contract';

function method<Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res) {
  return { request, response };
}

/** Years a person could have written in; anything else is a mistake, not a year to review. */
export const reviewYearSchema = z.number().int().min(1900, 'Choose a year from 1900 on.').max(2200, 'Choose a year before 2200.');

const quoted = z.strictObject({ entryId: entryIdSchema, date: entryDateSchema, title: z.string(), sentence: z.string().max(KEY_SENTENCE_MAX) });

export const yearlyReviewSchema = z.strictObject({
  year: reviewYearSchema,
  from: entryDateSchema,
  to: entryDateSchema,
  summary: periodSummarySchema,
  periods: z.array(z.strictObject({ period: periodSchema, summary: periodSummarySchema })),
  patterns: z.array(patternSchema),
  moved: z.array(z.strictObject({ tag: z.string().nullable(), before: quoted, after: quoted })),
});

/** The yearly review: read on screen, then printed to a PDF the person places themselves. */
export const reviewContract = {
  'timeline.review': method(z.strictObject({ year: reviewYearSchema }), yearlyReviewSchema),
  /**
   * Prints the window, which is showing the review, to a PDF at a path the person
   * chooses. The window warns first that the file is not encrypted. `path` is null
   * when the person cancelled the save dialog.
   */
  'timeline.saveReview': method(
    z.strictObject({ year: reviewYearSchema }),
    z.strictObject({ path: z.string().nullable(), bytes: z.number().int().min(0), pages: z.number().int().min(0) }),
  ),
};
