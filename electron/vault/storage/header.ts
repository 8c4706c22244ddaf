import { join } from 'node:path';
import { z } from 'zod';
import { isVaultError, VaultError } from '../errors';
import { keyslotSchema } from '../crypto/keyslot';
import { rekeySchema } from '../rekey';
import { writeFileDurably } from './durable-write';
import type { FileSystem } from './file-system';
import { RECORDS_FOLDER } from './record-paths';

export const HEADER_FILE = 'journal.json';
/**
 * A second copy of journal.json, the last good copy if journal.json is damaged.
 * It is a copy of the current header, not the previous one: after a passphrase
 * change the old passphrase must stop opening the journal, and a kept previous
 * header would keep it working.
 */
export const HEADER_COPY_FILE = 'journal.json.copy';
export const JOURNAL_FORMAT = 'bounce-forward-journal';
export const JOURNAL_FORMAT_VERSION = 1;

/**
 * The only readable file: format, version and the keyslots (KDF parameters, salts,
 * wrapped keys). Nothing in it says anything about what the person wrote.
 */
export const journalHeaderSchema = z.strictObject({
  format: z.literal(JOURNAL_FORMAT),
  version: z.number().int().min(1),
  journalId: z.uuid(),
  keyslots: z.array(keyslotSchema).min(1).max(8),
  /**
   * Set once the journal keeps a sealed manifest: from then on a missing manifest
   * is reported, not quietly rebuilt (which would hide records deleted with it).
   */
  manifest: z.literal(true).optional(),
  /** Present only while a re-encryption under a new data key is unfinished (see rekey.ts). */
  rekey: rekeySchema.optional(),
});
export type JournalHeader = z.infer<typeof journalHeaderSchema>;

/** What is on disk, read once: the header to try first, and what else is known. */
export interface HeaderState {
  header: JournalHeader;
  /** The copy, when it is readable and differs from journal.json: tried if a secret does not open `header`. */
  alternative: JournalHeader | null;
  /** Why journal.json itself could not be used (the copy stands in for it), or null. */
  damage: string | null;
  /** The two files are not the same good header, so writing `header` back to both would repair them. */
  needsRepair: boolean;
}

export function headerPath(journalDir: string): string {
  return join(journalDir, HEADER_FILE);
}

export function headerCopyPath(journalDir: string): string {
  return join(journalDir, HEADER_COPY_FILE);
}

type Attempt =
  | { kind: 'ok'; header: JournalHeader; bytes: Uint8Array }
  | { kind: 'missing' }
  | { kind: 'bad'; error: VaultError };

/**
 * Reads journal.json, falling back to its copy when it is missing, unreadable or
 * damaged. Null only when there is no journal at all; a journal whose header and
 * copy are both gone but whose records remain is damaged, not absent, so that
 * nobody is invited to create a new journal over it.
 */
export async function readHeaderState(fs: FileSystem, journalDir: string): Promise<HeaderState | null> {
  const current = await attempt(fs, headerPath(journalDir), HEADER_FILE);
  if (current.kind === 'bad' && current.error.code === 'UNSUPPORTED_VERSION') throw current.error;
  const copy = await attempt(fs, headerCopyPath(journalDir), HEADER_COPY_FILE);
  if (current.kind === 'ok') {
    const same = copy.kind === 'ok' && sameBytes(copy.bytes, current.bytes);
    return {
      header: current.header,
      alternative: copy.kind === 'ok' && !same ? copy.header : null,
      damage: null,
      needsRepair: !same,
    };
  }
  if (copy.kind === 'ok') {
    const damage = current.kind === 'missing' ? 'The journal header (journal.json) is missing.' : current.error.message;
    return { header: copy.header, alternative: null, damage: `${damage} Its copy (${HEADER_COPY_FILE}) was used.`, needsRepair: true };
  }
  if (copy.kind === 'bad' && copy.error.code === 'UNSUPPORTED_VERSION') throw copy.error;
  if (current.kind === 'bad') {
    const copyToo = copy.kind === 'missing' ? '' : ` Its copy (${HEADER_COPY_FILE}) is damaged too.`;
    throw new VaultError(current.error.code, `${current.error.message}${copyToo}`, { cause: current.error });
  }
  if (await fs.exists(join(journalDir, RECORDS_FOLDER))) {
    const copyState = copy.kind === 'missing' ? 'is missing too' : 'is damaged';
    throw new VaultError(
      'DAMAGED',
      `The journal header (journal.json) is missing and its copy ${copyState}, but the journal's entries are still here. Restore journal.json from a backup to open them.`,
    );
  }
  return null;
}

/** The header to unlock with, or null when there is no journal. */
export async function readHeader(fs: FileSystem, journalDir: string): Promise<JournalHeader | null> {
  return (await readHeaderState(fs, journalDir))?.header ?? null;
}

/**
 * Writes journal.json, then its copy, each durably (temp, fsync, rename). A crash
 * between the two leaves journal.json new and the copy old; both are complete
 * headers, so the journal opens with either the old or the new passphrase, and
 * unlocking writes whichever one opened back to both files. A new journal cut
 * off there simply has no copy yet, which the first unlock makes.
 */
export async function writeHeader(fs: FileSystem, journalDir: string, header: JournalHeader): Promise<void> {
  const bytes = new TextEncoder().encode(`${JSON.stringify(header, null, 2)}\n`);
  await writeFileDurably(fs, headerPath(journalDir), bytes);
  await writeFileDurably(fs, headerCopyPath(journalDir), bytes);
}

async function attempt(fs: FileSystem, path: string, name: string): Promise<Attempt> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'bad', error: new VaultError('DAMAGED', `The journal header (${name}) could not be read from disk.`, { cause: error }) };
  }
  try {
    return { kind: 'ok', header: parseHeader(bytes, name), bytes };
  } catch (error) {
    if (isVaultError(error)) return { kind: 'bad', error };
    throw error;
  }
}

function parseHeader(bytes: Uint8Array, name: string): JournalHeader {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (cause) {
    throw new VaultError('DAMAGED', `The journal header (${name}) is damaged and cannot be read.`, { cause });
  }
  const version = (json as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > JOURNAL_FORMAT_VERSION) {
    throw new VaultError('UNSUPPORTED_VERSION', 'This journal was made by a newer version of Bounce Forward. Update the app to open it.');
  }
  const parsed = journalHeaderSchema.safeParse(json);
  if (!parsed.success) {
    throw new VaultError('DAMAGED', `The journal header (${name}) is damaged: its fields are not as expected.`);
  }
  return parsed.data;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
