import { diskError, VaultError } from '../vault/errors';
import { writeFileDurably } from '../vault/storage/durable-write';
import type { FileSystem } from '../vault/storage/file-system';
import type { BackupKeys } from './format/backup-keys';
import { openBackup, readBackupBody } from './format/backup-reader';
import { sealBackup } from './format/backup-writer';
import type { BackupRecord } from './format/body-lines';
import { withFileSource } from './format/byte-source';

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
 * Seals the records into one file, writes it durably, then reads every byte of it
 * back from disk before saying it was saved: a backup that cannot be restored is
 * worse than none, because it is trusted.
 */
export async function writeBackupFile(options: WriteBackupOptions): Promise<WrittenBackup> {
  const sealed = sealBackup({
    keys: options.keys,
    manifest: { createdAt: options.now.toISOString(), app: APP_NAME, journalId: options.journalId },
    records: options.records,
    ...(options.chunkBytes ? { chunkBytes: options.chunkBytes } : {}),
    ...(options.randomBytes ? { randomBytes: options.randomBytes } : {}),
  });
  try {
    await writeFileDurably(options.fs, options.path, sealed.bytes);
  } catch (error) {
    throw diskError(error, 'No backup was saved; your journal is unchanged.');
  }
  const readBack = await withFileSource(options.path, async (source) => {
    const opened = await openBackup(source, { known: [{ keyId: options.keys.keyId, key: options.keys.masterKey }] });
    try {
      return await readBackupBody(source, opened, () => undefined);
    } finally {
      opened.masterKey.fill(0);
    }
  }).catch((cause: unknown) => {
    throw new VaultError('DAMAGED', 'The backup was written but did not read back correctly, so do not rely on it. Your journal is unchanged; try again, perhaps somewhere else.', { cause });
  });
  if (readBack.records !== sealed.records) {
    throw new VaultError('DAMAGED', 'The backup was written but did not read back complete, so do not rely on it. Your journal is unchanged.');
  }
  return {
    savedTo: options.path,
    records: sealed.records,
    entries: options.records.filter((record) => record.kind === 'entry').length,
    bytes: sealed.bytes.length,
  };
}
