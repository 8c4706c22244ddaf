import type { FileSystem } from '../vault/storage/file-system';
import { RecordStore, type DamagedRecord } from '../vault/storage/record-store';
import type { BackupRecord } from './format/body-lines';

/**
 * Every record of every kind, read from the journal's files rather than from the
 * journal in memory, so a kind added later is backed up without anyone telling
 * the backup about it. Sorted for a stable order.
 */
export async function readJournalRecords(
  fs: FileSystem,
  journalDir: string,
  dataKey: Uint8Array,
): Promise<{ records: BackupRecord[]; damaged: DamagedRecord[]; store: RecordStore }> {
  const store = new RecordStore(fs, journalDir, dataKey);
  const { records, damaged } = await store.loadAll();
  records.sort((a, b) => (a.kind === b.kind ? compare(a.id, b.id) : compare(a.kind, b.kind)));
  return { records, damaged, store };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function entryCount(records: readonly BackupRecord[]): number {
  return records.filter((record) => record.kind === 'entry').length;
}
