import { z } from 'zod';
import { entryFramingSchema, framingCorrectionSchema } from './framing-record';
import { reflectionSchema } from './reflection';

/** Limits keep one hostile or runaway request from exhausting memory or disk. */
export const ENTRY_LIMITS = {
  titleChars: 300,
  bodyChars: 1_000_000,
  tagChars: 40,
  tags: 30,
} as const;

export const TRASH_DAYS = 30;

export const entryIdSchema = z.uuid({ message: 'An entry id must be a UUID.' });

/** A calendar day as the writer means it, independent of time zones. */
export const entryDateSchema = z.iso.date({ message: 'A date must look like 2026-03-14.' });

export const tagSchema = z
  .string()
  .trim()
  .min(1, 'A tag cannot be empty.')
  .max(ENTRY_LIMITS.tagChars, `A tag can be at most ${ENTRY_LIMITS.tagChars} characters.`)
  .regex(/^[^\s,#][^,#]*$/u, 'A tag cannot contain commas or #.');

/** A free page, or a guided failure reflection. */
export const ENTRY_KINDS = ['page', 'reflection'] as const;
export const entryKindSchema = z.enum(ENTRY_KINDS);
export type EntryKind = z.infer<typeof entryKindSchema>;

export const entryDraftSchema = z.strictObject({
  id: entryIdSchema.optional(),
  kind: entryKindSchema.default('page'),
  title: z.string().max(ENTRY_LIMITS.titleChars),
  date: entryDateSchema,
  body: z.string().max(ENTRY_LIMITS.bodyChars),
  tags: z.array(tagSchema).max(ENTRY_LIMITS.tags),
  reflection: reflectionSchema.nullable().default(null),
});
export type EntryDraft = z.infer<typeof entryDraftSchema>;
export type EntryDraftInput = z.input<typeof entryDraftSchema>;

export const entrySchema = z.strictObject({
  id: entryIdSchema,
  kind: entryKindSchema.default('page'),
  title: z.string().max(ENTRY_LIMITS.titleChars),
  date: entryDateSchema,
  body: z.string().max(ENTRY_LIMITS.bodyChars),
  tags: z.array(tagSchema).max(ENTRY_LIMITS.tags),
  reflection: reflectionSchema.nullable().default(null),
  /** Sentences whose framing label the person corrected; the timeline uses these. */
  corrections: z.array(framingCorrectionSchema).max(2_000).default([]),
  framing: entryFramingSchema.nullable().default(null),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  deletedAt: z.iso.datetime().nullable(),
});
export type Entry = z.infer<typeof entrySchema>;

/** What a list shows: enough to recognise an entry without shipping every body. */
export const entrySummarySchema = z.strictObject({
  id: entryIdSchema,
  kind: entryKindSchema,
  title: z.string(),
  date: entryDateSchema,
  tags: z.array(z.string()),
  excerpt: z.string(),
  /** The small framing mark in the list. */
  framing: z.strictObject({ label: z.string(), score: z.number() }).nullable(),
  /** With the day, where the row sits in the list (see shared/domain/list-order.ts). */
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  deletedAt: z.iso.datetime().nullable(),
});
export type EntrySummary = z.infer<typeof entrySummarySchema>;

/** Tags are compared case-insensitively but kept as the writer typed them first. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const raw of tags) {
    const tag = raw.trim();
    if (tag && !seen.has(tag.toLowerCase())) seen.set(tag.toLowerCase(), tag);
  }
  return [...seen.values()];
}

export function excerptOf(body: string, max = 160): string {
  const flat = body.replace(/\s+/gu, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** Days left before a trashed entry is purged; 0 means it goes at the next unlock. */
export function trashDaysLeft(deletedAt: string, now: Date): number {
  const elapsedDays = (now.getTime() - Date.parse(deletedAt)) / 86_400_000;
  return Math.max(0, Math.ceil(TRASH_DAYS - elapsedDays));
}
