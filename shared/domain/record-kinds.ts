import type { z } from 'zod';
import { autoBackupSettingsSchema } from './backup';
import { EARLIER_VERSION_KIND, earlierVersionRecordSchema } from './earlier-version';
import { entrySchema } from './entry';
import { journalSettingsSchema } from './settings';

/**
 * Every kind of sealed record the journal stores, with the schema its data must
 * meet. Whatever the source (the journal folder, a backup, an import, a merge), a
 * record is checked here before anything uses it, so one malformed record is named
 * and set aside instead of breaking every unlock.
 */
export const RECORD_KINDS = {
  entry: entrySchema,
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
  if (kind === 'entry' && (parsed.data as { id: string }).id !== id) {
    return { ok: false, reason: `The entry stored as ${id} names another entry inside it.` };
  }
  if (kind === EARLIER_VERSION_KIND) {
    const version = parsed.data as z.infer<typeof earlierVersionRecordSchema>;
    const inner = checkRecord(version.of.kind, version.of.id, version.data);
    if (!inner.ok) return { ok: false, reason: `The earlier version ${id} holds a record that cannot be used: ${inner.reason}` };
    return { ok: true, data: { ...version, data: inner.data } };
  }
  return { ok: true, data: parsed.data };
}

function kindName(kind: RecordKind): string {
  return kind === 'entry' ? 'entry' : `${kind} record`;
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'unknown problem';
  const where = issue.path.length > 0 ? issue.path.join('.') : 'the record';
  return `${where}: ${issue.message}`.slice(0, 200);
}
