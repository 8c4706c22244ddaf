import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestRestoreResult } from '../../shared/domain/backup';
import { entrySchema } from '../../shared/domain/entry';
import { isVaultError } from '../vault/errors';
import { readHeader } from '../vault/storage/header';
import { RecordStore } from '../vault/storage/record-store';
import type { BackupAccess } from './format/backup-keys';
import { restoreJournal, type RestoreOptions } from './restore-into';

/**
 * Does a real restore into a scratch folder, reads the journal back as unlocking
 * would, and removes the folder. A wrong passphrase is an error (the person can
 * retype it); anything wrong with the file is the answer "it would not succeed".
 */
export async function testRestore(path: string, access: BackupAccess, options: RestoreOptions): Promise<TestRestoreResult> {
  const scratch = await mkdtemp(join(tmpdir(), 'bounce-forward-test-restore-'));
  try {
    const target = join(scratch, 'journal');
    const { result, dataKey } = await restoreJournal(path, access, target, options);
    try {
      const header = await readHeader(options.fs, target);
      const { records, damaged } = await new RecordStore(options.fs, target, dataKey).loadAll();
      const badEntries = records.filter((record) => record.kind === 'entry' && !entrySchema.safeParse(record.data).success).length;
      if (!header || header.journalId !== result.journalId || damaged.length > 0 || records.length !== result.records || badEntries > 0) {
        const message = 'The backup decrypted, but the journal restored from it did not read back whole. Keep this file, and make a new backup from your journal.';
        return { wouldSucceed: false, records: records.length, entries: result.entries, message, problem: { code: 'DAMAGED', message } };
      }
      return {
        wouldSucceed: true,
        records: result.records,
        entries: result.entries,
        message: `A restore would succeed: all ${result.records} records, including ${result.entries} ${result.entries === 1 ? 'entry' : 'entries'}, came back intact.`,
        problem: null,
      };
    } finally {
      dataKey.fill(0);
    }
  } catch (error) {
    if (!isVaultError(error) || error.code === 'WRONG_PASSPHRASE') throw error;
    return { wouldSucceed: false, records: 0, entries: 0, message: error.message, problem: { code: error.code, message: error.message } };
  } finally {
    await rm(scratch, { recursive: true, force: true }).catch(() => undefined);
  }
}
