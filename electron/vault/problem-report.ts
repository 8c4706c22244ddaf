import type { DamagedFile } from '../../shared/api/contract';
import type { DamagedRecord } from './storage/record-store';
import { HEADER_FILE } from './storage/header';

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
