import { z } from 'zod';

export const AUTO_LOCK_CHOICES = [1, 5, 10, 15, 30, 60, 0] as const;

/** Settings that live inside the encrypted journal: they say something about the person. */
export const journalSettingsSchema = z.strictObject({
  /** Minutes of inactivity before the journal locks; 0 means never. */
  autoLockMinutes: z.number().int().min(0).max(24 * 60),
});
export type JournalSettings = z.infer<typeof journalSettingsSchema>;

export const DEFAULT_JOURNAL_SETTINGS: JournalSettings = { autoLockMinutes: 10 };
