import { z } from 'zod';

export const AUTO_LOCK_CHOICES = [1, 5, 10, 15, 30, 60, 0] as const;

const careSchema = z.strictObject({
  trustedContact: z.string().max(500).default(''),
  crisisLine: z.string().max(500).default(''),
});

/**
 * Each setting's own check, without a default. A change names only what it
 * changes: with defaults, a partial schema would fill in every field left out
 * and a change to one setting would quietly reset all the others.
 */
const settingFields = {
  /** Minutes of inactivity before the journal locks; 0 means never. */
  autoLockMinutes: z.number().int().min(0).max(24 * 60),
  /** The person's own support details, shown on the care card; never sent anywhere. */
  care: careSchema,
  /** Offer the person's own wins beside an entry that reads as a verdict on who they are. */
  surfaceWins: z.boolean(),
  /** Entries whose wins panel the person closed; it stays closed for them. */
  surfaceDismissed: z.array(z.uuid()).max(5_000),
  /** The journal's entry list is folded away, so the page has the room. */
  listCollapsed: z.boolean(),
  /** The framing view beside an entry is folded away. */
  framingCollapsed: z.boolean(),
  /** Each row of the entry list carries its small framing mark. */
  showListMarks: z.boolean(),
  /** Entries the person left out of On this day for good: never brought back there. */
  onThisDayLeftOut: z.array(z.uuid()).max(10_000),
};

/** Settings that live inside the encrypted journal: they say something about the person. */
export const journalSettingsSchema = z.strictObject({
  autoLockMinutes: settingFields.autoLockMinutes,
  care: settingFields.care.default({ trustedContact: '', crisisLine: '' }),
  surfaceWins: settingFields.surfaceWins.default(true),
  surfaceDismissed: settingFields.surfaceDismissed.default([]),
  // Journals saved before these existed read them as their defaults.
  listCollapsed: settingFields.listCollapsed.default(false),
  framingCollapsed: settingFields.framingCollapsed.default(false),
  showListMarks: settingFields.showListMarks.default(true),
  onThisDayLeftOut: settingFields.onThisDayLeftOut.default([]),
});
export type JournalSettings = z.infer<typeof journalSettingsSchema>;

/** A change to the settings: any of them, and only those named. */
export const journalSettingsChangeSchema = z.strictObject(settingFields).partial();

export const DEFAULT_JOURNAL_SETTINGS: JournalSettings = {
  autoLockMinutes: 10,
  care: { trustedContact: '', crisisLine: '' },
  surfaceWins: true,
  surfaceDismissed: [],
  listCollapsed: false,
  framingCollapsed: false,
  showListMarks: true,
  onThisDayLeftOut: [],
};
