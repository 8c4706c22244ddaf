import { join } from 'node:path';

export const RECORDS_FOLDER = 'records';
export const RECORD_EXTENSION = '.bfr';
/** The version a record had before its latest save: the last good copy to fall back to. */
export const PREVIOUS_SUFFIX = '.prev';
/** Where a record found damaged is set aside when it is next saved, so it is never silently lost. */
export const DAMAGED_SUFFIX = '.damaged';

/**
 * One file per record, spread over up to 256 folders by the id's first two
 * characters so no folder grows to tens of thousands of names.
 */
export function recordFolder(journalDir: string, id: string): string {
  return join(journalDir, RECORDS_FOLDER, recordFolderName(id));
}

/** The name of the folder (inside RECORDS_FOLDER) a record's files belong in. */
export function recordFolderName(id: string): string {
  return id.slice(0, 2).toLowerCase();
}

export function recordPath(journalDir: string, id: string): string {
  return join(recordFolder(journalDir, id), `${id}${RECORD_EXTENSION}`);
}

export function previousRecordPath(journalDir: string, id: string): string {
  return `${recordPath(journalDir, id)}${PREVIOUS_SUFFIX}`;
}

export function damagedRecordPath(journalDir: string, id: string): string {
  return `${recordPath(journalDir, id)}${DAMAGED_SUFFIX}`;
}

export function idFromRecordFileName(name: string): string | null {
  return name.endsWith(RECORD_EXTENSION) && !name.startsWith('.') ? name.slice(0, -RECORD_EXTENSION.length) : null;
}

export function idFromPreviousFileName(name: string): string | null {
  return name.endsWith(PREVIOUS_SUFFIX) ? idFromRecordFileName(name.slice(0, -PREVIOUS_SUFFIX.length)) : null;
}
