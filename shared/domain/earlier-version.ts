import { z } from 'zod';
import { entrySchema } from './entry';

/**
 * When a merge finds two different copies of one record, the newer one stays and the
 * other is kept as an "earlier version": a record of its own (kind 'earlier-version')
 * that names the record it belongs to. Nothing a person wrote is dropped by a merge.
 */
export const EARLIER_VERSION_KIND = 'earlier-version';

export const earlierVersionReasonSchema = z.enum(['merge']);

export const earlierVersionRecordSchema = z.strictObject({
  /** The record this was once a version of. */
  of: z.strictObject({ id: z.string().min(1).max(128), kind: z.string().min(1).max(64) }),
  /** Its content at the time, exactly as it was. */
  data: z.unknown(),
  keptAt: z.iso.datetime(),
  reason: earlierVersionReasonSchema,
});
export type EarlierVersionRecord = z.infer<typeof earlierVersionRecordSchema>;

/** What the window lists for one entry. */
export const entryVersionSchema = z.strictObject({
  versionId: z.string(),
  keptAt: z.iso.datetime(),
  reason: earlierVersionReasonSchema,
  entry: entrySchema,
});
export type EntryVersion = z.infer<typeof entryVersionSchema>;
