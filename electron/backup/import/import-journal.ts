import { readFile, stat } from 'node:fs/promises';
import type { ImportFormat, ImportResult } from '../../../shared/domain/backup';
import { isVaultError, VaultError } from '../../vault/errors';
import type { Journal } from '../../vault/journal';
import type { EntryDraftInput } from '../../../shared/domain/entry';
import { isCancelled, quietWork, type Work } from '../work';
import { readFailure } from '../format/byte-source';
import { parseDayOne } from './day-one';
import type { ParsedImport } from './import-drafts';
import { parseJrnl } from './jrnl';

/**
 * Refused before a byte is read: parsing JSON whole costs about fifteen times the
 * file in memory, so this keeps an import under half a gigabyte. Years of daily
 * writing in jrnl or Day One is a few megabytes of JSON.
 */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;

const FORMAT_NAMES: Record<ImportFormat, string> = { jrnl: 'jrnl', dayone: 'Day One' };

export async function parseImportFile(path: string, format: ImportFormat): Promise<ParsedImport> {
  let text: string;
  try {
    const info = await stat(path);
    if (info.size > MAX_IMPORT_BYTES) {
      throw new VaultError(
        'INVALID_REQUEST',
        `That file is ${Math.round(info.size / (1024 * 1024))} MB, more than the ${MAX_IMPORT_BYTES / (1024 * 1024)} MB an import can be, so it was not read. Nothing was imported. If it holds photos or other attachments, export the text only and try again.`,
      );
    }
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (isVaultError(error)) throw error;
    throw readFailure(error);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch (cause) {
    throw new VaultError('INVALID_REQUEST', `That file is not JSON, so it is not a ${FORMAT_NAMES[format]} export. Nothing was imported.`, { cause });
  }
  const parsed = format === 'jrnl' ? parseJrnl(json) : parseDayOne(json);
  if (!parsed) {
    throw new VaultError('INVALID_REQUEST', `That file is JSON but not a ${FORMAT_NAMES[format]} export as expected. Nothing was imported.`);
  }
  return parsed;
}

const sameKey = (date: string, title: string, body: string) => `${date}\0${title}\0${body}`;

/**
 * Imports through the journal's normal save path, one entry at a time. An entry
 * already here with the same date, title and text is not added again, so importing
 * the same file twice (or after an interruption) adds nothing twice. Stopped
 * midway, the entries it had added are taken out again, so nothing is left half done.
 */
export async function importJournalFile(journal: Journal, path: string, format: ImportFormat, work: Work = quietWork('import')): Promise<ImportResult> {
  await work.step('reading', 'entries', 0, 1);
  const parsed = await parseImportFile(path, format);
  const total = parsed.drafts.length;
  await work.step('reading', 'entries', 1, 1);
  const existing = new Set(journal.allEntries().map((entry) => sameKey(entry.date, entry.title, entry.body)));
  const added: string[] = [];
  let duplicates = 0;
  try {
    await work.step('saving', 'entries', 0, total);
    for (const [index, draft] of parsed.drafts.entries()) {
      const key = sameKey(draft.date, draft.title, draft.body);
      if (existing.has(key)) duplicates += 1;
      else {
        added.push((await saveOne(journal, draft, added.length)).id);
        existing.add(key);
      }
      await work.step('saving', 'entries', index + 1, total);
    }
  } catch (error) {
    if (isCancelled(error)) await takeOut(journal, added, work);
    throw error;
  }
  return { importedFrom: path, imported: added.length, duplicates, skipped: parsed.skipped, notes: parsed.notes };
}

async function saveOne(journal: Journal, draft: EntryDraftInput, before: number) {
  try {
    return await journal.save(draft);
  } catch (error) {
    if (isVaultError(error)) {
      throw new VaultError(error.code, `${error.message} ${before} ${before === 1 ? 'entry was' : 'entries were'} imported before that; importing the file again skips them.`, { cause: error });
    }
    throw error;
  }
}

/** After a cancel: the entries this import added go, through the trash, as if never imported. */
async function takeOut(journal: Journal, ids: readonly string[], work: Work): Promise<void> {
  try {
    await work.report('removing', 'entries', 0, ids.length);
    for (const [index, id] of ids.entries()) {
      await journal.trash(id);
      await journal.purge(id);
      await work.report('removing', 'entries', index + 1, ids.length);
    }
  } catch (error) {
    const left = ids.length;
    throw new VaultError(
      isVaultError(error) ? error.code : 'DISK',
      `Stopped, but not all of the ${left} ${left === 1 ? 'entry' : 'entries'} it had added could be taken out again. Those left are ordinary entries in your journal; importing the file again adds nothing twice.`,
      { cause: error },
    );
  }
}
