import { z } from 'zod';
import {
  autoBackupSettingsSchema,
  AUTO_BACKUP_KEEP_MAX,
  backupFileTokenSchema,
  backupHeaderInfoSchema,
  backupReportSchema,
  backupSecretSchema,
  importFormatSchema,
  importResultSchema,
  mergeOnlyIdsSchema,
  mergeSummarySchema,
  setAsideRecordSchema,
  testRestoreResultSchema,
} from '../domain/backup';
import { entryVersionSchema } from '../domain/earlier-version';
import { entryIdSchema } from '../domain/entry';
import { newPassphraseSchema } from '../domain/passphrase';
import { cancelStateSchema, operationIdSchema, workProgressSchema } from '../domain/work-progress';

export { workProgressSchema };

const empty = z.strictObject({});
const count = z.number().int().min(0);

function method<Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res) {
  return { request, response };
}

/** Long work's own id, made by the window: its `progress` events carry it, and `work.cancel` names it. */
const operation = { operation: operationIdSchema.optional() };

/** A backup file chosen with backup.choose, and the secret that opens it (none for the open journal's own backups). */
const chosenBackup = z.strictObject({ file: backupFileTokenSchema, secret: backupSecretSchema, ...operation });

/** A merge may be limited to a few records ("restore this entry from a backup"): those ids and their earlier versions. */
const mergeRequest = chosenBackup.extend({ onlyIds: mergeOnlyIdsSchema.optional() });

/**
 * Backups, restores, merges, exports and imports. Every path comes from a native
 * dialog in the main process; the window names a chosen backup by its token.
 */
export const backupContract = {
  /** Earlier versions of an entry kept by backup merges, newest first. */
  'entries.versions': method(z.strictObject({ id: entryIdSchema }), z.strictObject({ versions: z.array(entryVersionSchema) })),
  /** Asks where to save, then writes and reads back an encrypted backup of everything. savedTo null: cancelled. */
  'backup.export': method(
    z.strictObject({ to: z.union([z.literal('journal-keys'), z.strictObject({ backupPassphrase: newPassphraseSchema })]), ...operation }),
    z.strictObject({ savedTo: z.string().nullable(), entries: count, records: count, bytes: count, damagedSkipped: count }),
  ),
  /** Asks which backup file to use and reads its header (no passphrase). file null: cancelled. */
  'backup.choose': method(
    empty,
    z.strictObject({
      file: z
        .strictObject({
          token: backupFileTokenSchema,
          name: z.string(),
          header: backupHeaderInfoSchema,
          /** A backup of the open journal with its own keys: no passphrase needed. */
          opensWithThisJournal: z.boolean(),
        })
        .nullable(),
    }),
  ),
  'backup.verify': method(chosenBackup, backupReportSchema),
  'backup.testRestore': method(chosenBackup, testRestoreResultSchema),
  'backup.previewMerge': method(mergeRequest, mergeSummarySchema),
  'backup.merge': method(mergeRequest, mergeSummarySchema),
  /**
   * Restores as a whole journal: into the app's own journal folder when it has no
   * journal yet, or into a folder the person chooses. restoredTo null: cancelled.
   */
  'backup.restoreInto': method(
    chosenBackup.extend({ into: z.enum(['app-journal', 'choose-folder']) }),
    z.strictObject({
      restoredTo: z.string().nullable(),
      records: count,
      entries: count,
      recoveryCode: z.string().nullable(),
      /** Records of the backup that cannot be used, so were left out of the restored journal. */
      setAside: z.array(setAsideRecordSchema),
      setAsideCount: count,
    }),
  ),
  /** Markdown and JSON anyone can read, so the request must say it knows. */
  'backup.exportPlain': method(
    z.strictObject({ acknowledgeReadable: z.literal(true, { message: 'Confirm that you understand anyone who opens these files can read them.' }) }),
    z.strictObject({ savedTo: z.string().nullable(), entries: count, files: count }),
  ),
  'backup.importJournal': method(z.strictObject({ format: importFormatSchema, ...operation }), importResultSchema),
  'backup.autoSettings': method(empty, autoBackupSettingsSchema),
  'backup.updateAutoSettings': method(
    z.strictObject({
      enabled: z.boolean().optional(),
      schedule: z.enum(['unlock', 'daily']).optional(),
      keep: z.number().int().min(1).max(AUTO_BACKUP_KEEP_MAX).optional(),
      /** Opens a folder dialog; a cancelled dialog leaves the folder as it was. */
      chooseFolder: z.literal(true).optional(),
    }),
    autoBackupSettingsSchema,
  ),
  /** Runs an automatic backup now, whatever the schedule; the result is in `last`. */
  'backup.runAutoNow': method(empty, autoBackupSettingsSchema),
  /**
   * Asks long work to stop. cancelling: it stops at its next step and leaves
   * everything as it was (the call itself then fails with CANCELLED); too-late: it
   * is past the point where stopping would leave things as they were, and finishes.
   */
  'work.cancel': method(z.strictObject({ operation: operationIdSchema }), z.strictObject({ state: cancelStateSchema })),
};

export type BackupMethod = keyof typeof backupContract;
