import { z } from 'zod';
import { entryDateSchema, entryIdSchema, entryKindSchema } from '../domain/entry';
import { periodDraftSchema, periodSchema } from '../domain/period';
import { HOLDING_CHOICES, ROOT_CAUSES, TACTICAL_MISSTEPS, type Holding, type RootCauseKind, type TacticalMisstep } from '../domain/reflection';
import { recordIdSchema, WIN_KIND_IDS } from '../domain/win';
import { framingLabelSchema } from '../domain/framing-record';
import { RESOLUTIONS } from '../timeline/days';
import { MAX_AVERAGE_DAYS } from '../timeline/view';

const empty = z.strictObject({});
const nothing = z.null();
const count = z.number().int().min(0);
const share = z.number().min(0).max(1);

function method<Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res) {
  return { request, response };
}

const span = z.strictObject({ from: entryDateSchema, to: entryDateSchema }).refine((s) => s.from <= s.to, { message: 'The end of the range comes before its start.', path: ['to'] });
const counts = z.strictObject({ shame: count, accountability: count, blame: count, neutral: count });
const shares = z.strictObject({ shame: share, accountability: share, blame: share, neutral: share });
const lean = z.number().min(-1).max(1);
const rootCauseKind = z.enum(Object.keys(ROOT_CAUSES) as [RootCauseKind, ...RootCauseKind[]]);
const tactic = z.enum(Object.keys(TACTICAL_MISSTEPS) as [TacticalMisstep, ...TacticalMisstep[]]).nullable();

export const timelinePointSchema = z.strictObject({
  id: entryIdSchema,
  date: entryDateSchema,
  kind: entryKindSchema,
  title: z.string(),
  tags: z.array(z.string()),
  lean: lean.nullable(),
  label: framingLabelSchema.nullable(),
  sentences: counts,
  keySentence: z.string().nullable(),
});

const lanesSchema = z.strictObject({
  wins: z.array(z.strictObject({ id: recordIdSchema, date: entryDateSchema, kind: z.enum(WIN_KIND_IDS), title: z.string() })),
  steps: z.array(z.strictObject({ id: recordIdSchema, date: entryDateSchema, text: z.string(), from: z.enum(['own', 'reflection']) })),
  practices: z.array(z.strictObject({ id: recordIdSchema, date: entryDateSchema, attempt: z.string(), expected: count, actual: count.nullable(), doneOn: entryDateSchema.nullable() })),
  rootCauses: z.array(z.strictObject({ entryId: entryIdSchema, date: entryDateSchema, kind: rootCauseKind, tactic })),
  holding: z.array(z.strictObject({ entryId: entryIdSchema, date: entryDateSchema, holding: z.enum(Object.keys(HOLDING_CHOICES) as [Holding, ...Holding[]]) })),
  words: z.array(z.strictObject({ entryId: entryIdSchema, date: entryDateSchema, words: z.array(z.string()) })),
});

export const timelineViewSchema = z.strictObject({
  from: entryDateSchema,
  to: entryDateSchema,
  resolution: z.enum(RESOLUTIONS),
  averageDays: count,
  points: z.array(timelinePointSchema),
  average: z.array(z.strictObject({ date: entryDateSchema, mean: lean, entries: count })),
  buckets: z.array(z.strictObject({ key: z.string(), start: entryDateSchema, end: entryDateSchema, entries: count, sentences: counts, shares: shares.nullable(), meanLean: lean.nullable() })),
  lanes: lanesSchema,
});

const spanFraming = z.strictObject({ from: entryDateSchema, to: entryDateSchema, entries: count, reflections: count, meanLean: lean.nullable(), shares: shares.nullable() });
const rootCauseCount = z.strictObject({ kind: rootCauseKind, tactic, count });

export const periodSummarySchema = z.strictObject({
  during: spanFraming,
  before: spanFraming,
  after: spanFraming,
  rootCauses: z.array(rootCauseCount),
  mostCommonRootCause: rootCauseCount.nullable(),
  wins: z.strictObject({ total: count, byKind: z.record(z.enum(WIN_KIND_IDS), count) }),
  finishedSteps: count,
  practices: z.strictObject({ planned: count, completed: count, meanGap: z.number().min(-10).max(10).nullable() }),
});

export const patternSchema = z.strictObject({
  id: z.string(),
  text: z.string(),
  numbers: z.record(z.string(), z.number()),
  sources: z.array(z.strictObject({ kind: z.enum(['entry', 'win', 'practice']), id: recordIdSchema, date: entryDateSchema, title: z.string() })),
  minimum: z.string(),
});

const lookBackEntry = z.strictObject({ id: entryIdSchema, date: entryDateSchema, kind: entryKindSchema, title: z.string() });
const dayRecordsSchema = z.strictObject({ date: entryDateSchema, entries: z.array(lookBackEntry), wins: lanesSchema.shape.wins });

/** The timeline: what is on screen at one resolution, named periods, patterns, and looking back. */
export const timelineContract = {
  /** The first and last day with anything on the timeline; null for an empty journal. */
  'timeline.extent': method(empty, z.strictObject({ extent: z.strictObject({ from: entryDateSchema, to: entryDateSchema }).nullable() })),
  /** Only the range on screen: its entries, rolling average, buckets and lanes. */
  'timeline.view': method(
    z.strictObject({ from: entryDateSchema, to: entryDateSchema, resolution: z.enum(RESOLUTIONS), averageDays: z.number().int().min(1).max(MAX_AVERAGE_DAYS).optional() }),
    timelineViewSchema,
  ),
  /** Any span summed up beside the same length before and after (a period before it is named, too). */
  'timeline.summary': method(span, periodSummarySchema),
  'timeline.periods': method(empty, z.strictObject({ periods: z.array(z.strictObject({ period: periodSchema, summary: periodSummarySchema })) })),
  'timeline.savePeriod': method(periodDraftSchema, periodSchema),
  'timeline.deletePeriod': method(z.strictObject({ id: recordIdSchema }), nothing),
  'timeline.patterns': method(span, z.strictObject({ patterns: z.array(patternSchema) })),
  'timeline.onThisDay': method(
    z.strictObject({ date: entryDateSchema }),
    z.strictObject({ date: entryDateSchema, years: z.array(dayRecordsSchema) }),
  ),
  /** Leave an entry out of On this day for good, or let it back in. */
  'timeline.leaveOut': method(z.strictObject({ id: entryIdSchema, leftOut: z.boolean() }), nothing),
  'timeline.calendar': method(
    z.strictObject({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/u, { message: 'A month must look like 2026-03.' }) }),
    z.strictObject({ days: z.array(z.strictObject({ date: entryDateSchema, entries: z.boolean(), wins: z.boolean() })) }),
  ),
  'timeline.day': method(z.strictObject({ date: entryDateSchema }), dayRecordsSchema),
};
