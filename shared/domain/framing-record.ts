import { z } from 'zod';

import { FRAMING_LABELS } from '../framing/types';

/** The one list of labels is the analyzer's; stored framing and corrections are checked against it. */
/** A quoted sentence longer than this is cut at a word and ends with an ellipsis. */
export const KEY_SENTENCE_MAX = 320;

export const framingLabelSchema = z.enum(FRAMING_LABELS);

/**
 * The person disagreed with a sentence's label. Kept by the sentence's text, not
 * its offset, so the correction survives edits elsewhere in the entry.
 */
export const framingCorrectionSchema = z.strictObject({
  sentence: z.string().trim().min(1).max(5_000),
  label: framingLabelSchema,
  at: z.iso.datetime(),
});
export type FramingCorrection = z.infer<typeof framingCorrectionSchema>;

/** The entry's framing as last computed, kept inside the ciphertext for the timeline. */
export const entryFramingSchema = z.strictObject({
  label: framingLabelSchema,
  /** -1 all "who I am" (shame) … +1 all "what I did" (accountability). */
  score: z.number().min(-1).max(1),
  shares: z.strictObject({
    shame: z.number().min(0).max(1),
    accountability: z.number().min(0).max(1),
    blame: z.number().min(0).max(1),
    neutral: z.number().min(0).max(1),
  }),
  sentences: z.number().int().min(0),
  /** True when at least one sentence's label comes from the person's own correction. */
  corrected: z.boolean(),
  /**
   * The person's own sentence that most plainly carries each reading, so the timeline
   * and the yearly review can quote it without analysing every body again. Absent in
   * framing worked out before it was kept (such entries are framed again at open).
   */
  key: z
    .strictObject({
      shame: z.string().max(KEY_SENTENCE_MAX).nullable(),
      accountability: z.string().max(KEY_SENTENCE_MAX).nullable(),
      blame: z.string().max(KEY_SENTENCE_MAX).nullable(),
    })
    .optional(),
});
export type EntryFraming = z.infer<typeof entryFramingSchema>;
