import type { z } from 'zod';
import { autoBackupSettingsSchema } from './backup';
import { EARLIER_VERSION_KIND, earlierVersionRecordSchema } from './earlier-version';
import { entrySchema } from './entry';
import { ownStepSchema, OWN_STEP_KIND } from './own-step';
import { periodSchema, PERIOD_KIND } from './period';
import { practiceSchema, PRACTICE_KIND } from './practice';
import { journalSettingsSchema } from './settings';
import { WIN_KIND, winSchema } from './win';

/**
 * Every kind of sealed record the journal stores, with the schema its data must
 * meet. Whatever the source (the journal folder, a backup, an import, a merge), a
 * record is checked here before anything uses it, so one malformed record is named
 * and set aside instead of breaking every unlock.
 */
export const RECORD_KINDS = {
  entry: entrySchema,
  [WIN_KIND]: winSchema,
  [OWN_STEP_KIND]: ownStepSchema,
  [PRACTICE_KIND]: practiceSchema,
  [PERIOD_KIND]: periodSchema,
  settings: journalSettingsSchema,
  'auto-backup': autoBackupSettingsSchema,
  [EARLIER_VERSION_KIND]: earlierVersionRecordSchema,
} as const satisfies Record<string, z.ZodType>;

export type RecordKind = keyof typeof RECORD_KINDS;

export type RecordCheck = { ok: true; data: unknown } | { ok: false; reason: string };

export function isRecordKind(kind: string): kind is RecordKind {
  return Object.hasOwn(RECORD_KINDS, kind);
}

/**
 * The record's data in its current shape (older shapes gain the fields added
 * since), or why it cannot be used. An earlier version's inner copy is checked
 * against its own kind too, because restoring it would put it back in use.
 */
export function checkRecord(kind: string, id: string, data: unknown): RecordCheck {
  if (!isRecordKind(kind)) return { ok: false, reason: `The record ${id} is of a kind this version does not know (${kind.slice(0, 40)}).` };
  const parsed = RECORD_KINDS[kind].safeParse(data);
  if (!parsed.success) return { ok: false, reason: `The ${kindName(kind)} ${id} has fields that are not as expected (${firstIssue(parsed.error)}).` };
  // A record that carries its own id must be stored under it, so one cannot stand in for another.
  const ownId = (parsed.data as { id?: unknown }).id;
  if (ownId !== undefined && ownId !== id) {
    return { ok: false, reason: `The ${kindName(kind)} stored as ${id} names another ${kindName(kind)} inside it.` };
  }
  if (kind === EARLIER_VERSION_KIND) {
    const version = parsed.data as z.infer<typeof earlierVersionRecordSchema>;
    const inner = checkRecord(version.of.kind, version.of.id, version.data);
    if (!inner.ok) return { ok: false, reason: `The earlier version ${id} holds a record that cannot be used: ${inner.reason}` };
    return { ok: true, data: { ...version, data: inner.data } };
  }
  return { ok: true, data: parsed.data };
}

const KIND_NAMES: Partial<Record<RecordKind, string>> = { entry: 'entry', [WIN_KIND]: 'win', [OWN_STEP_KIND]: 'small step', [PRACTICE_KIND]: 'practice', [PERIOD_KIND]: 'period' };

function kindName(kind: RecordKind): string {
  return KIND_NAMES[kind] ?? `${kind} record`;
}

/** Kinds the person writes (as opposed to settings): they go to the trash, are searched and are counted in backups. */
export const WRITTEN_KINDS = ['entry', WIN_KIND, OWN_STEP_KIND, PRACTICE_KIND] as const;
export type WrittenKind = (typeof WRITTEN_KINDS)[number];

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'unknown problem';
  const where = issue.path.length > 0 ? issue.path.join('.') : 'the record';
  return `${where}: ${issue.message}`.slice(0, 200);
}
