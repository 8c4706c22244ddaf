import type { MergeSummary } from '../../shared/domain/backup';
import { diskError } from '../vault/errors';
import type { FileSystem } from '../vault/storage/file-system';
import { RecordStore } from '../vault/storage/record-store';
import { withOpenKeys, type BackupVault } from './backup-vault';
import type { BackupAccess } from './format/backup-keys';
import { openBackup, readBackupBody } from './format/backup-reader';
import type { BackupRecord } from './format/body-lines';
import { withFileSource } from './format/byte-source';
import { planMerge } from './merge-plan';
import { BackupRecordCheck, onlyThese } from './record-check';
import { quietWork, type Work } from './work';

export interface MergeOptions {
  fs: FileSystem;
  now: () => Date;
  /** Only these records and their earlier versions; the rest of the backup is ignored. */
  onlyIds?: readonly string[] | undefined;
}

/**
 * Every record that passes the shared check, returned only once the whole file
 * has been proven; the check says which were left out.
 */
export function readBackupRecords(
  path: string,
  access: BackupAccess,
  check: BackupRecordCheck = new BackupRecordCheck(),
  work: Work = quietWork('previewMerge'),
): Promise<BackupRecord[]> {
  return withFileSource(path, async (source) => {
    const opened = await openBackup(source, access);
    try {
      const records: BackupRecord[] = [];
      await readBackupBody(
        source,
        opened,
        (record) => {
          if (check.accept(record)) records.push(record);
        },
        (read, size) => work.step('reading', 'bytes', read, size),
      );
      return records;
    } finally {
      opened.masterKey.fill(0);
    }
  });
}

/**
 * Merges a backup into the open journal, or with `apply` false only says what it
 * would do. The journal's own backups open with its key, with no passphrase asked.
 * Nothing is written until every byte of the backup has been checked: until then
 * it can be stopped, and from the first write on it cannot.
 */
export function mergeBackup(
  vault: BackupVault,
  path: string,
  access: BackupAccess,
  apply: boolean,
  options: MergeOptions,
  work: Work = quietWork(apply ? 'merge' : 'previewMerge'),
): Promise<MergeSummary> {
  return withOpenKeys(vault, async (keys) => {
    const check = new BackupRecordCheck(options.onlyIds ? onlyThese(options.onlyIds) : undefined);
    const records = await readBackupRecords(path, { ...access, known: [...(access.known ?? []), { keyId: keys.journalId, key: keys.dataKey }] }, check, work);
    await vault.journal().settle();
    const store = new RecordStore(options.fs, vault.journalDir, keys.dataKey);
    const loaded = await store.loadAll();
    const byId = new Map(loaded.records.map((record) => [record.id, record]));
    const unreadable = new Set(loaded.damaged.filter((damage) => !byId.has(damage.id)).map((damage) => damage.id));
    const plan = planMerge(records, { byId, unreadable }, options.now().toISOString());
    plan.summary.setAside = check.setAside;
    plan.summary.setAsideCount = check.setAsideCount;
    if (!apply) {
      work.throwIfCancelled();
      return plan.summary;
    }
    work.commit();
    try {
      await work.report('writing', 'records', 0, plan.writes.length);
      for (const [index, record] of plan.writes.entries()) {
        await store.write({ id: record.id, kind: record.kind }, record.data);
        await work.report('writing', 'records', index + 1, plan.writes.length);
      }
    } catch (error) {
      await vault.reloadJournal().catch(() => undefined);
      throw diskError(error, 'Part of the backup was merged and nothing already in your journal was lost. Merging again picks up where it stopped.');
    }
    await vault.reloadJournal();
    return { ...plan.summary, applied: true };
  });
}
