import { z } from 'zod';

export const AUTO_LOCK_CHOICES = [1, 5, 10, 15, 30, 60, 0] as const;

/** Settings that live inside the encrypted journal: they say something about the person. */
export const journalSettingsSchema = z.strictObject({
  /** Minutes of inactivity before the journal locks; 0 means never. */
  autoLockMinutes: z.number().int().min(0).max(24 * 60),
  /** The person's own support details, shown on the care card; never sent anywhere. */
  care: z
    .strictObject({
      trustedContact: z.string().max(500).default(''),
      crisisLine: z.string().max(500).default(''),
    })
    .default({ trustedContact: '', crisisLine: '' }),
  /** Offer the person's own wins beside an entry that reads as a verdict on who they are. */
  surfaceWins: z.boolean().default(true),
  /** Entries whose wins panel the person closed; it stays closed for them. */
  surfaceDismissed: z.array(z.uuid()).max(5_000).default([]),
});
export type JournalSettings = z.infer<typeof journalSettingsSchema>;

export const DEFAULT_JOURNAL_SETTINGS: JournalSettings = {
  autoLockMinutes: 10,
  care: { trustedContact: '', crisisLine: '' },
  surfaceWins: true,
  surfaceDismissed: [],
};
