import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestRestoreResult } from '../../shared/domain/backup';
import { isVaultError } from '../vault/errors';
import { readHeader } from '../vault/storage/header';
import { RecordStore } from '../vault/storage/record-store';
import type { BackupAccess } from './format/backup-keys';
import { problemWith } from './record-check';
import { restoreJournal, type RestoreOptions } from './restore-into';
import { removeRestoreLeftovers, TEST_RESTORE_PREFIX } from './restore-leftovers';
import { quietWork, type Work } from './work';

/**
 * Does a real restore into a scratch folder, reads the journal back as unlocking
 * would, and removes the folder. A wrong passphrase is an error (the person can
 * retype it); anything wrong with the file is the answer "it would not succeed".
 */
export async function testRestore(path: string, access: BackupAccess, options: RestoreOptions, work: Work = quietWork('testRestore')): Promise<TestRestoreResult> {
  const parent = options.scratchParent ?? tmpdir();
  await removeRestoreLeftovers(parent, Date.now(), 'test-restore');
  const scratch = await mkdtemp(join(parent, TEST_RESTORE_PREFIX));
  try {
    const target = join(scratch, 'journal');
    const { result, dataKey } = await restoreJournal(path, access, target, options, work, () => work.throwIfCancelled());
    try {
      await work.step('checking', 'records', 0, result.records);
      const header = await readHeader(options.fs, target);
      const { records, damaged } = await new RecordStore(options.fs, target, dataKey).loadAll();
      await work.step('checking', 'records', result.records, result.records);
      const unusable = records.filter((record) => problemWith(record) !== null).length;
      const setAside = { setAside: result.setAside, setAsideCount: result.setAsideCount };
      if (!header || header.journalId !== result.journalId || damaged.length > 0 || records.length !== result.records || unusable > 0) {
        const message = 'The backup decrypted, but the journal restored from it did not read back whole. Keep this file, and make a new backup from your journal.';
        return { wouldSucceed: false, records: records.length, entries: result.entries, message, problem: { code: 'DAMAGED', message }, ...setAside };
      }
      const entries = `${result.entries} ${result.entries === 1 ? 'entry' : 'entries'}`;
      const message =
        result.setAsideCount === 0
          ? `A restore would succeed: all ${result.records} records, including ${entries}, came back intact.`
          : `A restore would succeed for ${result.records} records, including ${entries}. ${leftOut(result.setAsideCount)} The backup file itself is unchanged.`;
      return { wouldSucceed: true, records: result.records, entries: result.entries, message, problem: null, ...setAside };
    } finally {
      dataKey.fill(0);
    }
  } catch (error) {
    if (!isVaultError(error) || error.code === 'WRONG_PASSPHRASE' || error.code === 'CANCELLED') throw error;
    return { wouldSucceed: false, records: 0, entries: 0, message: error.message, problem: { code: error.code, message: error.message }, setAside: [], setAsideCount: 0 };
  } finally {
    await rm(scratch, { recursive: true, force: true }).catch(() => undefined);
  }
}

/** Said the same way wherever a backup's unusable records are mentioned. */
export function leftOut(count: number): string {
  return count === 1
    ? '1 record in the backup is not in a shape this app can use, so it would be left out; it is named below.'
    : `${count} records in the backup are not in a shape this app can use, so they would be left out; they are named below.`;
}
