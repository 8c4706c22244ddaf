import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { diskError, isVaultError, VaultError } from '../vault/errors';
import { TEMP_SUFFIX } from '../vault/storage/durable-write';
import type { FileSystem } from '../vault/storage/file-system';
import type { BackupKeys } from './format/backup-keys';
import { openBackup, readBackupBody } from './format/backup-reader';
import { sealBackupInSteps } from './format/backup-writer';
import type { BackupRecord } from './format/body-lines';
import { withFileSource } from './format/byte-source';
import { quietWork, type Work } from './work';

export const APP_NAME = 'bounce-forward 0.1';

export interface WriteBackupOptions {
  fs: FileSystem;
  path: string;
  keys: BackupKeys;
  records: BackupRecord[];
  journalId: string | null;
  now: Date;
  chunkBytes?: number;
  randomBytes?: (n: number) => Uint8Array;
}

export interface WrittenBackup {
  savedTo: string;
  records: number;
  entries: number;
  bytes: number;
}

/**
 * Seals the records, writes them to a hidden file beside `path` and reads every
 * byte of it back from disk; only then is it renamed to its name: a backup that
 * cannot be restored is worse than none, because it is trusted. Stopped or failed
 * at any step before that rename, the hidden file is removed and the folder holds
 * exactly what it held before (an older file at `path` included).
 */
export async function writeBackupFile(options: WriteBackupOptions, work: Work = quietWork('export')): Promise<WrittenBackup> {
  const sealed = await sealBackupInSteps(
    {
      keys: options.keys,
      manifest: { createdAt: options.now.toISOString(), app: APP_NAME, journalId: options.journalId },
      records: options.records,
      ...(options.chunkBytes ? { chunkBytes: options.chunkBytes } : {}),
      ...(options.randomBytes ? { randomBytes: options.randomBytes } : {}),
    },
    (done, total) => work.step('sealing', 'records', done, total),
  );
  const temp = join(dirname(options.path), `.${basename(options.path)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
  try {
    try {
      await options.fs.writeNewFileSynced(temp, sealed.bytes);
    } catch (error) {
      throw diskError(error, 'No backup was saved; your journal is unchanged.');
    }
    await readBack(temp, options.keys, sealed.records, work);
    work.throwIfCancelled();
    try {
      await options.fs.rename(temp, options.path);
    } catch (error) {
      throw diskError(error, 'No backup was saved; your journal is unchanged.');
    }
  } catch (error) {
    await options.fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  // Saved under its name; a failed folder sync only makes that rename less certain after a power cut.
  await options.fs.fsyncDirectory(dirname(options.path)).catch(() => undefined);
  return {
    savedTo: options.path,
    records: sealed.records,
    entries: options.records.filter((record) => record.kind === 'entry').length,
    bytes: sealed.bytes.length,
  };
}

async function readBack(path: string, keys: BackupKeys, expected: number, work: Work): Promise<void> {
  let read = 0;
  const readBack = await withFileSource(path, async (source) => {
    const opened = await openBackup(source, { known: [{ keyId: keys.keyId, key: keys.masterKey }] });
    try {
      await work.step('checking', 'records', 0, expected);
      return await readBackupBody(source, opened, async () => {
        read += 1;
        if (read <= expected) await work.step('checking', 'records', read, expected);
      });
    } finally {
      opened.masterKey.fill(0);
    }
  }).catch((cause: unknown) => {
    if (isVaultError(cause) && cause.code === 'CANCELLED') throw cause;
    throw new VaultError('DAMAGED', 'The backup was written but did not read back correctly, so it was not kept. Your journal is unchanged; try again, perhaps somewhere else.', { cause });
  });
  if (readBack.records !== expected) {
    throw new VaultError('DAMAGED', 'The backup was written but did not read back complete, so it was not kept. Your journal is unchanged.');
  }
}
