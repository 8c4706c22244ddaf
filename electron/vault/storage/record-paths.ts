import { join } from 'node:path';

export const RECORDS_FOLDER = 'records';
export const RECORD_EXTENSION = '.bfr';

/**
 * One file per record, spread over up to 256 folders by the id's first two
 * characters so no folder grows to tens of thousands of names.
 */
export function recordFolder(journalDir: string, id: string): string {
  return join(journalDir, RECORDS_FOLDER, id.slice(0, 2).toLowerCase());
}

export function recordPath(journalDir: string, id: string): string {
  return join(recordFolder(journalDir, id), `${id}${RECORD_EXTENSION}`);
}

export function idFromRecordFileName(name: string): string | null {
  return name.endsWith(RECORD_EXTENSION) && !name.startsWith('.') ? name.slice(0, -RECORD_EXTENSION.length) : null;
}
