import { z } from 'zod';
import { entryDateSchema, entryIdSchema, tagSchema } from '../domain/entry';
import { ownStepDraftSchema, ownStepSchema, OWN_STEP_KIND } from '../domain/own-step';
import { practiceOutcomeSchema, practicePlanSchema, practiceSchema, PRACTICE_KIND } from '../domain/practice';
import { NEXT_STEP_STATUSES } from '../domain/reflection';
import { LIFE_AREA_IDS, recordIdSchema, WIN_KIND, WIN_KIND_IDS, winDraftSchema, winSchema, winSummarySchema } from '../domain/win';

const empty = z.strictObject({});
const nothing = z.null();
const count = z.number().int().min(0);
const byId = z.strictObject({ id: recordIdSchema });

function method<Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res) {
  return { request, response };
}

/** An entry a win links to, as the win's side of the link shows it. */
export const linkedEntrySchema = z.strictObject({
  id: entryIdSchema,
  title: z.string(),
  date: entryDateSchema,
  inTrash: z.boolean(),
});
export type LinkedEntry = z.infer<typeof linkedEntrySchema>;

/** The sentences of the entry being written, counted by reading, as the editor's framing shows them. */
export const framingCountsSchema = z.strictObject({
  shame: count.max(100_000),
  accountability: count.max(100_000),
  blame: count.max(100_000),
  neutral: count.max(100_000),
});

export const winYearSchema = z.strictObject({
  year: z.number().int(),
  counts: z.record(z.enum(WIN_KIND_IDS), count),
  total: count,
});

/** Which record a practice or small step became a win as. */
const becameWinSchema = z.strictObject({ fromId: recordIdSchema, winId: recordIdSchema });

/** The kinds the trash holds beside entries. */
export const keptKindSchema = z.enum([WIN_KIND, OWN_STEP_KIND, PRACTICE_KIND]);

export const trashedItemSchema = z.strictObject({
  kind: keptKindSchema,
  id: recordIdSchema,
  title: z.string(),
  date: entryDateSchema.nullable(),
  deletedAt: z.iso.datetime(),
});

/** The evidence vault, the person's own small steps, practice in failing on purpose, and their trash. */
export const evidenceContract = {
  'wins.list': method(
    z.strictObject({
      query: z.string().max(200).optional(),
      kind: z.enum(WIN_KIND_IDS).optional(),
      area: z.enum(LIFE_AREA_IDS).optional(),
      year: z.number().int().min(1000).max(9999).optional(),
      trash: z.boolean().optional(),
    }),
    z.strictObject({ wins: z.array(winSummarySchema), total: count }),
  ),
  /** Wins of each kind, year by year, for the vault's chart and its table. */
  'wins.overview': method(empty, z.strictObject({ years: z.array(winYearSchema), total: count })),
  'wins.get': method(byId, z.strictObject({ win: winSchema, entries: z.array(linkedEntrySchema) })),
  'wins.save': method(winDraftSchema, winSchema),
  'wins.trash': method(byId, winSchema),
  /** An older win brought back, a different one each time; null with an empty vault. */
  'wins.remember': method(empty, z.strictObject({ win: winSummarySchema.nullable() })),
  /** Two or three of the person's wins to put beside an entry that reads mostly as "who I am"; none otherwise. */
  'wins.surface': method(
    z.strictObject({ tags: z.array(tagSchema).max(30), framing: framingCountsSchema }),
    z.strictObject({ wins: z.array(winSummarySchema) }),
  ),
  /** The entry's side of the link: wins that grew out of it. */
  'wins.forEntry': method(z.strictObject({ entryId: entryIdSchema }), z.strictObject({ wins: z.array(winSummarySchema) })),
  'steps.own': method(
    empty,
    z.strictObject({
      open: z.array(ownStepSchema),
      settled: z.array(ownStepSchema),
      /** Practices planned and not yet done: they wait here too. */
      waiting: z.array(practiceSchema),
      becameWins: z.array(becameWinSchema),
    }),
  ),
  'steps.add': method(ownStepDraftSchema, ownStepSchema),
  'steps.settleOwn': method(z.strictObject({ id: recordIdSchema, status: z.enum(NEXT_STEP_STATUSES) }), ownStepSchema),
  'steps.trashOwn': method(byId, ownStepSchema),
  'practices.list': method(empty, z.strictObject({ practices: z.array(practiceSchema), becameWins: z.array(becameWinSchema) })),
  'practices.plan': method(practicePlanSchema, practiceSchema),
  'practices.complete': method(z.strictObject({ id: recordIdSchema, outcome: practiceOutcomeSchema }), practiceSchema),
  'practices.trash': method(byId, practiceSchema),
  'trash.list': method(empty, z.strictObject({ items: z.array(trashedItemSchema) })),
  'trash.restore': method(z.strictObject({ kind: keptKindSchema, id: recordIdSchema }), nothing),
  'trash.purge': method(z.strictObject({ kind: keptKindSchema, id: recordIdSchema }), nothing),
};
