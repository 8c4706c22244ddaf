import { join } from 'node:path';
import { z } from 'zod';
import { openRecord, sealRecord } from './crypto/sealed-record';
import { NONCE_BYTES } from './crypto/data-key';
import { diskError } from './errors';
import type { JournalHeader } from './storage/header';
import { writeFileDurably } from './storage/durable-write';
import type { FileSystem } from './storage/file-system';
import { Manifest } from './storage/manifest';
import { DAMAGED_SUFFIX, PREVIOUS_SUFFIX, RECORD_EXTENSION, RECORDS_FOLDER } from './storage/record-paths';

/**
 * A re-encryption in progress: the old data key, wrapped under the new one, kept
 * in the header until every file is sealed under the new key. An unlock that finds
 * it finishes the work first, so a crash at any point resumes instead of leaving
 * a journal half under each key.
 */
export const rekeySchema = z.strictObject({
  nonce: z.base64().refine((s) => Buffer.from(s, 'base64').length === NONCE_BYTES, 'bad nonce length'),
  oldKey: z.base64().max(128),
});
export type Rekey = z.infer<typeof rekeySchema>;

import { unwrapOldKey } from './crypto/data-key';

export { unwrapOldKey, wrapOldKey } from './crypto/data-key';

/**
 * Finishes a re-encryption the header says is unfinished: every file resealed,
 * then the header written without its note. Returns that header.
 */
export async function finishRekey(
  fs: FileSystem,
  journalDir: string,
  header: JournalHeader,
  dataKey: Uint8Array,
  saveHeader: (finished: JournalHeader) => Promise<void>,
): Promise<JournalHeader> {
  if (!header.rekey) return header;
  const oldKey = unwrapOldKey(header.rekey, dataKey);
  try {
    const count = await resealJournal(fs, journalDir, oldKey, dataKey);
    // A file neither key opens is damaged (and reported at open); the old key stays wrapped in the
    // header until none is left, so nothing that might still open under it is ever cut off.
    if (count.unreadable > 0) return header;
  } catch (error) {
    throw diskError(error, 'The journal is safe: re-encrypting carries on from where it stopped at the next unlock.');
  } finally {
    oldKey.fill(0);
  }
  const finished: JournalHeader = { ...header };
  delete finished.rekey;
  await saveHeader(finished);
  return finished;
}

export interface ResealCount {
  resealed: number;
  alreadyNew: number;
  /** Files neither key opens: damaged before, reported at open as before; left exactly as they are. */
  unreadable: number;
}

const SEALED_NAME = new RegExp(`^([^.][^/]*)${RECORD_EXTENSION.replace('.', '\\.')}(${PREVIOUS_SUFFIX.replace('.', '\\.')}|${DAMAGED_SUFFIX.replace('.', '\\.')})?$`, 'u');

/**
 * Seals every record file (current, last good copy, set-aside) and the manifest
 * under the new key, one durable replace each. Files already under the new key are
 * skipped, so running it again after a crash only does what is left.
 */
export async function resealJournal(fs: FileSystem, journalDir: string, oldKey: Uint8Array, newKey: Uint8Array): Promise<ResealCount> {
  const count: ResealCount = { resealed: 0, alreadyNew: 0, unreadable: 0 };
  const root = join(journalDir, RECORDS_FOLDER);
  const folders = (await fs.exists(root)) ? await fs.readdir(root) : [];
  for (const folder of folders) {
    let names: string[];
    try {
      names = await fs.readdir(join(root, folder));
    } catch {
      continue;
    }
    for (const name of names) {
      const id = SEALED_NAME.exec(name)?.[1];
      if (!id) continue;
      const path = join(root, folder, name);
      await resealFile(fs, path, id, oldKey, newKey, count);
    }
  }
  const oldManifest = new Manifest(fs, journalDir, oldKey);
  const read = await oldManifest.read();
  if (read.found) await oldManifest.moveToKey(newKey);
  return count;
}

async function resealFile(fs: FileSystem, path: string, id: string, oldKey: Uint8Array, newKey: Uint8Array, count: ResealCount): Promise<void> {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(path);
  } catch {
    count.unreadable += 1;
    return;
  }
  if (opens(newKey, bytes, id)) {
    count.alreadyNew += 1;
    return;
  }
  let opened: ReturnType<typeof openRecord<unknown>>;
  try {
    opened = openRecord<unknown>(oldKey, bytes, { id });
  } catch {
    count.unreadable += 1;
    return;
  }
  await writeFileDurably(fs, path, sealRecord(newKey, { id, kind: opened.kind }, opened.data, opened.version));
  count.resealed += 1;
}

function opens(key: Uint8Array, bytes: Uint8Array, id: string): boolean {
  try {
    openRecord(key, bytes, { id });
    return true;
  } catch {
    return false;
  }
}
