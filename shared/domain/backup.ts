import { z } from 'zod';
import { entryDateSchema } from './entry';
import { PASSPHRASE_MAX_CHARS } from './passphrase';

/** How a backup file is locked: with the journal's own keyslots, or with a passphrase of its own. */
export const backupProtectionSchema = z.enum(['journal-keys', 'backup-passphrase']);
export type BackupProtection = z.infer<typeof backupProtectionSchema>;

/**
 * A file the person chose in a native dialog, named by an opaque token: the window
 * never sends a path, so it cannot point the app at files the person did not choose.
 */
export const backupFileTokenSchema = z.string().regex(/^[0-9a-f]{32}$/u, 'Choose the backup file again.');

/**
 * The passphrase or recovery code that opens a backup. Optional because a backup of
 * the open journal made with its own keys opens without one.
 */
export const backupSecretSchema = z.string().min(1, 'Type the passphrase for this backup.').max(PASSPHRASE_MAX_CHARS).optional();

/** What the readable header says, before any passphrase. */
export const backupHeaderInfoSchema = z.strictObject({
  formatVersion: z.number().int(),
  protection: backupProtectionSchema,
  /**
   * Format version 1 only: the journal id (journal-keys) or a random id
   * (backup-passphrase), in clear. Version 2 headers carry no id; null.
   */
  keyId: z.string().nullable(),
  keyslots: z.array(
    z.strictObject({ kind: z.string(), kdf: z.strictObject({ name: z.string(), memoryKiB: z.number(), passes: z.number(), lanes: z.number() }) }),
  ),
  chunkBytes: z.number().int(),
  bytes: z.number().int(),
});
export type BackupHeaderInfo = z.infer<typeof backupHeaderInfoSchema>;

/**
 * A record in a backup that cannot be used (a field of the wrong type, or an id
 * that does not match where it is stored). It is left in the backup file, never
 * written anywhere, and named so the person knows what did not come back.
 */
export const setAsideRecordSchema = z.strictObject({
  id: z.string(),
  kind: z.string(),
  reason: z.string(),
});
export type SetAsideRecord = z.infer<typeof setAsideRecordSchema>;

/** The records a backup holds that cannot be used: the first few named, and how many in all. */
const setAsideFields = {
  setAside: z.array(setAsideRecordSchema),
  setAsideCount: z.number().int(),
};

/** What a full check of every byte found. */
export const backupReportSchema = z.strictObject({
  formatVersion: z.number().int(),
  protection: backupProtectionSchema,
  createdAt: z.iso.datetime().nullable(),
  records: z.number().int(),
  entries: z.number().int(),
  byKind: z.record(z.string(), z.number().int()),
  /** First and last entry dates (the day written about), or null with no entries. */
  dateRange: z.strictObject({ first: entryDateSchema, last: entryDateSchema }).nullable(),
  bytes: z.number().int(),
  chunks: z.number().int(),
  /** Exactly the records a restore or merge would leave out. */
  ...setAsideFields,
});
export type BackupReport = z.infer<typeof backupReportSchema>;

export const mergeItemSchema = z.strictObject({
  id: z.string(),
  kind: z.string(),
  title: z.string().optional(),
  date: z.string().optional(),
});
export type MergeItem = z.infer<typeof mergeItemSchema>;

/**
 * "Restore these entries from a backup": only records with these ids, and the
 * earlier versions of those records, are looked at; the rest of the backup is ignored.
 */
export const MERGE_ONLY_IDS_MAX = 1000;
export const mergeOnlyIdsSchema = z.array(z.uuid({ message: 'Each id must be a UUID.' })).min(1).max(MERGE_ONLY_IDS_MAX);

/**
 * What a merge does (or, for a preview, would do). Nothing is ever removed:
 * - added: in the backup only, copied in;
 * - updated: the backup's copy is newer; the journal's copy becomes an earlier version;
 * - keptNewer: the journal's copy is newer and stays; the backup's becomes an earlier version;
 * - unchanged: the same in both, kept once;
 * - repaired: the journal's copy could not be read; the backup's replaces it and the
 *   unreadable file is set aside, not deleted.
 */
export const mergeSummarySchema = z.strictObject({
  applied: z.boolean(),
  added: z.number().int(),
  updated: z.number().int(),
  keptNewer: z.number().int(),
  unchanged: z.number().int(),
  repaired: z.number().int(),
  earlierVersionsKept: z.number().int(),
  items: z.strictObject({
    added: z.array(mergeItemSchema),
    updated: z.array(mergeItemSchema),
    keptNewer: z.array(mergeItemSchema),
  }),
  /** Items left out of the lists above to keep the answer small. */
  moreItems: z.number().int(),
  /** Records of the backup that cannot be used, so were not merged. */
  ...setAsideFields,
});
export type MergeSummary = z.infer<typeof mergeSummarySchema>;

export const AUTO_BACKUP_KEEP_MAX = 100;

export const autoBackupStatusSchema = z.strictObject({
  at: z.iso.datetime(),
  ok: z.boolean(),
  message: z.string(),
  file: z.string().nullable(),
});
export type AutoBackupStatus = z.infer<typeof autoBackupStatusSchema>;

/** Automatic backups: kept inside the encrypted journal, like the other settings. */
export const autoBackupSettingsSchema = z.strictObject({
  enabled: z.boolean(),
  /** 'unlock': after every unlock; 'daily': at most once a day, checked at unlock and hourly while open. */
  schedule: z.enum(['unlock', 'daily']),
  keep: z.number().int().min(1).max(AUTO_BACKUP_KEEP_MAX),
  folder: z.string().max(4096).nullable(),
  last: autoBackupStatusSchema.nullable(),
  lastSuccessAt: z.iso.datetime().nullable(),
});
export type AutoBackupSettings = z.infer<typeof autoBackupSettingsSchema>;

export const DEFAULT_AUTO_BACKUP: AutoBackupSettings = {
  enabled: false,
  schedule: 'daily',
  keep: 10,
  folder: null,
  last: null,
  lastSuccessAt: null,
};

export const IMPORT_FORMATS = ['jrnl', 'dayone'] as const;
export const importFormatSchema = z.enum(IMPORT_FORMATS);
export type ImportFormat = z.infer<typeof importFormatSchema>;

export const importResultSchema = z.strictObject({
  importedFrom: z.string().nullable(),
  imported: z.number().int(),
  /** Already in the journal with the same date, title and text; not added twice. */
  duplicates: z.number().int(),
  skipped: z.number().int(),
  /** Plain sentences about anything changed or left out on the way in. */
  notes: z.array(z.string()),
});
export type ImportResult = z.infer<typeof importResultSchema>;

/** A restore into a scratch folder, read back and thrown away. */
export const testRestoreResultSchema = z.strictObject({
  wouldSucceed: z.boolean(),
  records: z.number().int(),
  entries: z.number().int(),
  message: z.string(),
  /** Why it would fail, when it would. */
  problem: z.strictObject({ code: z.string(), message: z.string() }).nullable(),
  /** Records a restore would leave out, because they cannot be used. */
  ...setAsideFields,
});
export type TestRestoreResult = z.infer<typeof testRestoreResultSchema>;
