import type { DamagedFile } from '../../shared/api/contract';
import { isVaultError } from './errors';
import type { FileSystem } from './storage/file-system';
import type { DamagedRecord } from './storage/record-store';
import { HEADER_FILE, readHeaderState } from './storage/header';

/** A problem the journal found in a record, as the window and the CLI are told it. */
export function reportedRecord(record: DamagedRecord): DamagedFile {
  return {
    id: record.id,
    reason: record.reason,
    recoveredFromPrevious: record.recoveredFromPrevious ?? false,
    problem: record.problem,
    ...(record.kind !== undefined ? { kind: record.kind } : {}),
    ...(record.title !== undefined ? { title: record.title } : {}),
    ...(record.foundAt !== undefined ? { foundAt: record.foundAt } : {}),
  };
}

/** journal.json could not be used; `recovered` when its copy stood in for it. */
export function reportedHeader(reason: string, recovered: boolean): DamagedFile {
  return { id: HEADER_FILE, reason, recoveredFromPrevious: recovered, problem: 'header' };
}

/** While locked: whether a journal is there, and what is wrong with its header if anything. */
export async function headerProblems(fs: FileSystem, journalDir: string): Promise<{ exists: boolean; damaged: DamagedFile[] }> {
  try {
    const read = await readHeaderState(fs, journalDir);
    return { exists: read !== null, damaged: read?.damage ? [reportedHeader(read.damage, true)] : [] };
  } catch (error) {
    // Something is there even if it cannot be read: never offer to create a journal over it.
    return { exists: true, damaged: isVaultError(error) && error.code === 'DAMAGED' ? [reportedHeader(error.message, false)] : [] };
  }
}
