import { EARLIER_VERSION_KIND } from '../domain/earlier-version';
import { OWN_STEP_KIND } from '../domain/own-step';
import { PERIOD_KIND } from '../domain/period';
import { PRACTICE_KIND } from '../domain/practice';
import { WIN_KIND } from '../domain/win';

/**
 * The record kinds that travel between computers. Settings and the automatic-backup
 * set-up describe one computer (see LOCAL_KINDS in the backup merge) and stay on it.
 */
export const SYNCED_KINDS: ReadonlySet<string> = new Set(['entry', WIN_KIND, OWN_STEP_KIND, PRACTICE_KIND, PERIOD_KIND, EARLIER_VERSION_KIND]);

/**
 * Fields whose words merge word by word when two computers change them at once:
 * both sides' words are kept. Every other field is one value (an enum, a date, a
 * list of tags) and a concurrent change picks one side, keeping the other as an
 * earlier version. Paths are joined with '.'.
 */
const TEXT_FIELDS: Readonly<Record<string, ReadonlySet<string>>> = {
  entry: new Set([
    'title',
    'body',
    'reflection.whatHappened',
    'reflection.learned',
    'reflection.carryForward',
    'reflection.setFree',
    'reflection.hardPart',
    'reflection.toAFriend',
    'reflection.nextStep.text',
  ]),
  [WIN_KIND]: new Set(['title', 'story']),
  [OWN_STEP_KIND]: new Set(['text']),
  [PRACTICE_KIND]: new Set(['attempt', 'fear', 'outcome.happened', 'outcome.learned']),
  [PERIOD_KIND]: new Set(['name']),
};

export function isTextField(kind: string, path: readonly string[]): boolean {
  return TEXT_FIELDS[kind]?.has(path.join('.')) ?? false;
}

/**
 * Derived from the words on each computer (an entry's framing is worked out by the
 * framing worker after every save), so it never travels: a merged entry keeps this
 * computer's framing only while its words are unchanged, and is framed again otherwise.
 */
export const LOCAL_FIELDS: Readonly<Record<string, readonly string[]>> = { entry: ['framing'] };

/**
 * A value that differs only here is not kept as an earlier version when a merge
 * picks one side: every save stamps it, so two concurrent saves always differ in it.
 */
export const UNKEPT_LOSERS: ReadonlySet<string> = new Set(['updatedAt']);

/** Changing only these is not an edit that a concurrent trash must give way to. */
export const NOT_EDITS: ReadonlySet<string> = new Set(['deletedAt', 'updatedAt']);

/** The record's data without its computer-local fields; an earlier version's copy of a record too. */
export function syncedPart(kind: string, data: unknown): Record<string, unknown> {
  const copy = { ...(data as Record<string, unknown>) };
  for (const field of LOCAL_FIELDS[kind] ?? []) delete copy[field];
  const of = (copy.of as { kind?: unknown } | undefined)?.kind;
  if (kind === EARLIER_VERSION_KIND && typeof of === 'string' && copy.data && typeof copy.data === 'object') copy.data = syncedPart(of, copy.data);
  return copy;
}
