import { join } from 'node:path';
import { z } from 'zod';
import { VaultError } from '../errors';
import { keyslotSchema } from '../crypto/keyslot';
import { writeFileDurably } from './durable-write';
import type { FileSystem } from './file-system';

export const HEADER_FILE = 'journal.json';
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
});
export type JournalHeader = z.infer<typeof journalHeaderSchema>;

export function headerPath(journalDir: string): string {
  return join(journalDir, HEADER_FILE);
}

export async function readHeader(fs: FileSystem, journalDir: string): Promise<JournalHeader | null> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(headerPath(journalDir));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (cause) {
    throw new VaultError('DAMAGED', 'The journal header (journal.json) is damaged and cannot be read.', { cause });
  }
  const version = (json as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > JOURNAL_FORMAT_VERSION) {
    throw new VaultError('UNSUPPORTED_VERSION', 'This journal was made by a newer version of Bounce Forward. Update the app to open it.');
  }
  const parsed = journalHeaderSchema.safeParse(json);
  if (!parsed.success) {
    throw new VaultError('DAMAGED', 'The journal header (journal.json) is damaged: its fields are not as expected.');
  }
  return parsed.data;
}

export async function writeHeader(fs: FileSystem, journalDir: string, header: JournalHeader): Promise<void> {
  await writeFileDurably(fs, headerPath(journalDir), new TextEncoder().encode(`${JSON.stringify(header, null, 2)}\n`));
}
