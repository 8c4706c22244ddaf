import { z } from 'zod';
import { entryDraftSchema, entryIdSchema, entryKindSchema, entrySchema, entrySummarySchema, tagSchema } from '../domain/entry';
import { newPassphraseSchema, passphraseSchema } from '../domain/passphrase';
import { journalSettingsChangeSchema, journalSettingsSchema } from '../domain/settings';
import { framingLabelSchema } from '../domain/framing-record';
import { NEXT_STEP_STATUSES, rootCauseSchema } from '../domain/reflection';
import { backupContract, workProgressSchema } from './backup-contract';
import { evidenceContract } from './evidence-contract';
import { reviewContract } from './review-contract';
import { timelineContract } from './timeline-contract';
import { winSummarySchema } from '../domain/win';
import { LIST_CURSOR, LIST_PAGE_MAX } from '../domain/list-order';
import type { ApiEvent, ApiMethod } from './methods';

const empty = z.strictObject({});
const nothing = z.null();

export const damagedFileSchema = z.strictObject({
  /** A record id (an entry's id for entries), or 'journal.json' for the header. */
  id: z.string(),
  reason: z.string(),
  recoveredFromPrevious: z.boolean(),
  /**
   * damaged: the file could not be read or failed its checks; missing: the journal's
   * sealed manifest lists it but its files are gone; older: the file on disk is an
   * earlier version than the last one saved; header: journal.json itself.
   */
  problem: z.enum(['damaged', 'missing', 'older', 'header']),
  /** The record's kind when known ('entry', 'settings', ...). */
  kind: z.string().optional(),
  /** The entry's title as last saved, when known, so the person can recognise it. */
  title: z.string().optional(),
  /** When this journal first found the problem. */
  foundAt: z.string().optional(),
});
export type DamagedFile = z.infer<typeof damagedFileSchema>;

export const vaultStatusSchema = z.strictObject({
  exists: z.boolean(),
  unlocked: z.boolean(),
  /** A journal made but whose recovery code is not yet confirmed (held in memory only). */
  pendingCreation: z.boolean(),
  /** Where the journal lives, so the person can find and back it up. */
  location: z.string(),
  /** Wrong attempts since the app started; the UI slows down repeated guesses. */
  failedUnlocks: z.number().int().min(0),
  /**
   * Files found damaged when the journal was last read (absent when none): which
   * record or header, why, and whether the version saved before it was used instead.
   */
  damaged: z.array(damagedFileSchema).optional(),
});
export type VaultStatus = z.infer<typeof vaultStatusSchema>;

const lockReasonSchema = z.enum(['user', 'idle', 'sleep', 'screen-lock', 'quit']);
export type LockReason = z.infer<typeof lockReasonSchema>;

const menuCommandSchema = z.enum(['new-entry', 'find', 'preferences']);
export type MenuCommand = z.infer<typeof menuCommandSchema>;

function method<Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res) {
  return { request, response };
}

/**
 * The one API contract: every request the window may make, with the schema that
 * validates it in the main process and the shape of the answer.
 */
export const apiContract = {
  'vault.status': method(empty, vaultStatusSchema),
  'vault.create': method(
    z.strictObject({ passphrase: newPassphraseSchema }),
    z.strictObject({
      recoveryCode: z.string(),
      /** 1-based group numbers the person types back to show they kept the code. */
      confirmGroups: z.tuple([z.number().int(), z.number().int()]),
    }),
  ),
  'vault.saveRecoveryCode': method(empty, z.strictObject({ savedTo: z.string().nullable() })),
  'vault.confirmRecoveryCode': method(
    z.strictObject({
      answers: z
        .array(z.strictObject({ group: z.number().int().min(1).max(8), value: z.string().max(16) }))
        .min(1)
        .max(8),
    }),
    nothing,
  ),
  'vault.cancelCreate': method(empty, nothing),
  'vault.unlock': method(z.strictObject({ passphrase: passphraseSchema }), nothing),
  'vault.recover': method(
    z.strictObject({ recoveryCode: z.string().min(1, 'Type your recovery code.').max(100), newPassphrase: newPassphraseSchema }),
    nothing,
  ),
  'vault.changePassphrase': method(z.strictObject({ current: passphraseSchema, next: newPassphraseSchema }), nothing),
  'vault.lock': method(empty, nothing),
  /** A new data key and recovery code, every file sealed again: old headers and copies open nothing written since. */
  'vault.reencrypt': method(z.strictObject({ current: passphraseSchema, next: newPassphraseSchema }), z.strictObject({ recoveryCode: z.string() })),
  /** A new recovery code; the old one stops opening this journal. */
  'vault.newRecoveryCode': method(z.strictObject({ passphrase: passphraseSchema }), z.strictObject({ recoveryCode: z.string() })),
  /** The person has read the notice about these problems: stop showing them. */
  'vault.dismissProblems': method(z.strictObject({ ids: z.array(z.string().max(200)).min(1).max(10_000) }), nothing),
  /**
   * One page of the journal, a search of it, or the trash, in list order (shared/domain/list-order.ts
   * says the order and what paging with `after` guarantees while entries change between pages).
   */
  'entries.list': method(
    z.strictObject({
      query: z.string().max(200).optional(),
      tags: z.array(tagSchema).max(20).optional(),
      trash: z.boolean().optional(),
      /** Only pages or only reflections (the Reflect section). */
      kind: entryKindSchema.optional(),
      /** Rows wanted; 100 when not said. */
      limit: z.number().int().min(1).max(LIST_PAGE_MAX).optional(),
      /** The `next` of the page before: this page starts just after it. */
      after: z.string().max(120).regex(LIST_CURSOR).optional(),
    }),
    z.strictObject({
      /** This page's rows. */
      entries: z.array(entrySummarySchema),
      /** How many rows the whole list (or search) has now, not just this page. */
      total: z.number().int(),
      /** Where the next page starts, or null when this page reaches the end. */
      next: z.string().nullable(),
      /** With words to search (no tag or kind filter), on the first page: the wins they find too, so the list can say which is which. */
      wins: z.array(winSummarySchema).optional(),
      /** Present while the journal is still opening: the answer is from the entries read so far. */
      opening: z.strictObject({ done: z.number().int().min(0), total: z.number().int().min(0) }).optional(),
    }),
  ),
  'entries.get': method(z.strictObject({ id: entryIdSchema }), entrySchema),
  'entries.save': method(entryDraftSchema, entrySchema),
  'entries.trash': method(z.strictObject({ id: entryIdSchema }), entrySchema),
  'entries.restore': method(z.strictObject({ id: entryIdSchema }), entrySchema),
  'entries.purge': method(z.strictObject({ id: entryIdSchema }), nothing),
  /** Tags in use, most used first; with a kind, only those on entries of that kind. */
  'entries.tags': method(
    z.strictObject({ kind: entryKindSchema.optional() }),
    z.strictObject({ tags: z.array(z.strictObject({ name: z.string(), count: z.number().int() })) }),
  ),
  'entries.correctFraming': method(
    z.strictObject({ id: entryIdSchema, sentence: z.string().trim().min(1).max(5_000), label: framingLabelSchema.nullable() }),
    entrySchema,
  ),
  'steps.list': method(
    empty,
    z.strictObject({
      steps: z.array(
        z.strictObject({
          entryId: entryIdSchema,
          entryTitle: z.string(),
          entryDate: z.string(),
          text: z.string(),
          createdAt: z.string(),
          checkedAt: z.string().nullable(),
        }),
      ),
    }),
  ),
  'steps.settle': method(z.strictObject({ entryId: entryIdSchema, status: z.enum(NEXT_STEP_STATUSES) }), entrySchema),
  'reflections.rootCausePattern': method(
    z.strictObject({ entryId: entryIdSchema.nullable(), date: z.iso.date(), rootCause: rootCauseSchema }),
    z.strictObject({ message: z.string().nullable() }),
  ),
  'timeline.months': method(
    empty,
    z.strictObject({
      months: z.array(
        z.strictObject({
          month: z.string(),
          entries: z.number().int(),
          reflections: z.number().int(),
          framed: z.number().int(),
          meanScore: z.number().nullable(),
          shares: z.strictObject({ shame: z.number(), accountability: z.number(), blame: z.number(), neutral: z.number() }),
        }),
      ),
    }),
  ),
  'settings.get': method(empty, journalSettingsSchema),
  'settings.update': method(journalSettingsChangeSchema, journalSettingsSchema),
  'session.activity': method(empty, nothing),
  ...backupContract,
  ...evidenceContract,
  ...timelineContract,
  ...reviewContract,
} satisfies Record<ApiMethod, { request: z.ZodType; response: z.ZodType }>;

export const eventContract = {
  locked: z.strictObject({ reason: lockReasonSchema }),
  menu: z.strictObject({ command: menuCommandSchema }),
  /** Framing worked out after a save (or at unlock) has been saved: lists showing marks can refresh. */
  entriesFramed: z.strictObject({ ids: z.array(z.string()).max(10_000) }),
  /** How far long work has got (a backup, a restore, an import, a large unlock), and whether it can still be stopped. */
  progress: workProgressSchema,
} satisfies Record<ApiEvent, z.ZodType>;

export type ApiRequest<M extends ApiMethod> = z.input<(typeof apiContract)[M]['request']>;
export type ApiResponse<M extends ApiMethod> = z.output<(typeof apiContract)[M]['response']>;
export type ApiEventPayload<E extends ApiEvent> = z.output<(typeof eventContract)[E]>;
