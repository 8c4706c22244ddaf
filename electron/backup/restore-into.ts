import { randomBytes as platformRandomBytes } from '../vault/crypto/data-key';
import type { BackupRecord } from './format/body-lines';
import { randomBytes as cryptoRandomBytes, randomUUID } from 'node:crypto';
import { mkdir, readdir, rm, rmdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { SetAsideRecord } from '../../shared/domain/backup';
import { encodeRecoveryCode, RECOVERY_CODE_BYTES } from '../../shared/domain/recovery-code';
import { freshKdfParams, type KdfParams } from '../vault/crypto/kdf';
import { DATA_KEY_BYTES, sealKeyslot } from '../vault/crypto/keyslot';
import { sealRecord } from '../vault/crypto/sealed-record';
import { diskError, isVaultError, VaultError } from '../vault/errors';
import type { FileSystem } from '../vault/storage/file-system';
import { JOURNAL_FORMAT, JOURNAL_FORMAT_VERSION, writeHeader, type JournalHeader } from '../vault/storage/header';
import { recordFolder, recordPath, RECORDS_FOLDER } from '../vault/storage/record-paths';
import type { BackupAccess } from './format/backup-keys';
import { openBackup, readBackupBody, type OpenedBackup } from './format/backup-reader';
import { withFileSource } from './format/byte-source';
import { BackupRecordCheck } from './record-check';
import { removeRestoreLeftovers, restoreTempName } from './restore-leftovers';
import { BackupTally } from './verify-backup';
import { quietWork, type Work } from './work';

export interface RestoreOptions {
  fs: FileSystem;
  /** Argon2id cost for the keyslots a backup-passphrase backup's new journal gets. */
  kdf: Omit<KdfParams, 'salt'>;
  randomBytes?: (n: number) => Uint8Array;
  /** Where a test restore makes its scratch folder: the system's temp folder unless a test says. */
  scratchParent?: string;
}

export interface RestoreResult {
  restoredTo: string;
  journalId: string;
  records: number;
  entries: number;
  /**
   * A new recovery code, when the backup had its own passphrase: the restored
   * journal opens with that passphrase or this code. Shown once, never stored.
   */
  recoveryCode: string | null;
  /** Records of the backup that cannot be used, left out (they stay in the backup file). */
  setAside: SetAsideRecord[];
  setAsideCount: number;
}

const NOTHING_RESTORED = 'Nothing was restored.';

/**
 * Restores a backup as a journal in a new (or empty) folder. Everything is written
 * into a hidden folder beside it and renamed into place only once the whole backup
 * has been read and proven; on any failure the hidden folder is removed, so the
 * target is either a complete journal or untouched.
 */
/** Enough concurrent record writes to keep the disk and libuv's thread pool busy. */
const RESTORE_WRITES_IN_FLIGHT = 32;

export async function restoreBackupInto(
  path: string,
  access: BackupAccess,
  target: string,
  options: RestoreOptions,
  work: Work = quietWork('restore'),
): Promise<RestoreResult> {
  // Once the restored journal is renamed into place, stopping would no longer leave the folder as it was.
  const { result, dataKey } = await restoreJournal(path, access, target, options, work, () => work.commit());
  dataKey.fill(0);
  return result;
}

/**
 * As restoreBackupInto, also handing back the new journal's data key (the caller
 * wipes it). `beforeMove` runs once everything is written, just before the hidden
 * folder is renamed into place; stopped before then, nothing is left behind.
 */
export async function restoreJournal(
  path: string,
  access: BackupAccess,
  target: string,
  options: RestoreOptions,
  work: Work,
  beforeMove: () => void,
): Promise<{ result: RestoreResult; dataKey: Uint8Array }> {
  await requireEmptyTarget(target);
  await removeRestoreLeftovers(dirname(target));
  return withFileSource(path, async (source) => {
    const opened = await openBackup(source, access);
    const journal = await journalFor(opened, access, options).finally(() => opened.masterKey.fill(0));
    const temp = join(dirname(target), restoreTempName(basename(target), cryptoRandomBytes(6).toString('hex')));
    // Record writes run several at once; a failure or a cancel waits for them before removing the folder.
    const inFlight = new Set<Promise<void>>();
    try {
      await mkdir(dirname(target), { recursive: true, mode: 0o700 });
      await options.fs.mkdir(temp);
      const tally = new BackupTally();
      const check = new BackupRecordCheck();
      const folders = new Set<string>();
      // The hidden folder only becomes the journal once everything is in it, so record
      // writes need no order: keeping several in flight lets their fsyncs overlap.
      let writeError: unknown = null;
      const writeRecord = async (record: BackupRecord) => {
        try {
          await options.fs.writeNewFileSynced(recordPath(temp, record.id), sealRecord(journal.dataKey, { id: record.id, kind: record.kind }, record.data));
        } catch (error) {
          writeError ??= diskError(error, NOTHING_RESTORED);
        }
      };
      await readBackupBody(source, { ...opened, masterKey: journal.backupKey }, async (record) => {
        if (writeError) throw writeError;
        if (!check.accept(record)) return;
        const folder = recordFolder(temp, record.id);
        if (!folders.has(folder)) {
          await options.fs.mkdir(folder);
          folders.add(folder);
        }
        const write = writeRecord(record).finally(() => inFlight.delete(write));
        inFlight.add(write);
        if (inFlight.size >= RESTORE_WRITES_IN_FLIGHT) await Promise.race(inFlight);
        tally.add(record);
      }, (read, size) => work.step('reading', 'bytes', read, size));
      await Promise.all(inFlight);
      if (writeError) throw writeError;
      for (const folder of folders) await options.fs.fsyncDirectory(folder);
      if (folders.size > 0) await options.fs.fsyncDirectory(join(temp, RECORDS_FOLDER));
      await writeHeader(options.fs, temp, journal.header);
      beforeMove();
      await moveIntoPlace(options.fs, temp, target);
      const result: RestoreResult = {
        restoredTo: target,
        journalId: journal.header.journalId,
        records: tally.records,
        entries: tally.entries,
        recoveryCode: journal.recoveryCode,
        setAside: check.setAside,
        setAsideCount: check.setAsideCount,
      };
      return { result, dataKey: journal.dataKey };
    } catch (error) {
      journal.dataKey.fill(0);
      await Promise.allSettled(inFlight);
      await rm(temp, { recursive: true, force: true }).catch(() => undefined);
      if (isVaultError(error)) throw error;
      throw diskError(error, NOTHING_RESTORED);
    } finally {
      journal.backupKey.fill(0);
    }
  });
}

interface RestoredKeys {
  header: JournalHeader;
  dataKey: Uint8Array;
  /** The backup's master key, for reading its body. */
  backupKey: Uint8Array;
  recoveryCode: string | null;
}

/**
 * journal-keys: the restored journal is the same journal, with the same keyslots,
 * so it opens with the passphrase and recovery code it had when the backup was made.
 * backup-passphrase: a new journal (new id, new data key) that opens with the backup's
 * passphrase, plus a new recovery code.
 */
async function journalFor(opened: OpenedBackup, access: BackupAccess, options: RestoreOptions): Promise<RestoredKeys> {
  const { header } = opened.parsed;
  const backupKey = Uint8Array.from(opened.masterKey);
  if (header.protection === 'journal-keys') {
    return {
      header: { format: JOURNAL_FORMAT, version: JOURNAL_FORMAT_VERSION, journalId: opened.keyId, keyslots: header.keyslots },
      dataKey: Uint8Array.from(opened.masterKey),
      backupKey,
      recoveryCode: null,
    };
  }
  if (!access.secret) {
    backupKey.fill(0);
    throw new VaultError('WRONG_PASSPHRASE', 'Type the backup passphrase: the restored journal will open with it.');
  }
  const randomBytes = options.randomBytes ?? platformRandomBytes;
  const journalId = randomUUID();
  const dataKey = randomBytes(DATA_KEY_BYTES);
  const recoveryCode = encodeRecoveryCode(randomBytes(RECOVERY_CODE_BYTES));
  const keyslots = [
    await sealKeyslot('passphrase', access.secret, freshKdfParams(randomBytes, options.kdf), dataKey, journalId),
    await sealKeyslot('recovery', recoveryCode, freshKdfParams(randomBytes, options.kdf), dataKey, journalId),
  ];
  return { header: { format: JOURNAL_FORMAT, version: JOURNAL_FORMAT_VERSION, journalId, keyslots }, dataKey, backupKey, recoveryCode };
}

async function requireEmptyTarget(target: string): Promise<void> {
  let names: string[];
  try {
    const info = await stat(target);
    if (!info.isDirectory()) throw new VaultError('JOURNAL_EXISTS', `There is already a file at ${target}. Choose a new or empty folder. ${NOTHING_RESTORED}`);
    names = await readdir(target);
  } catch (error) {
    if (isVaultError(error)) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw diskError(error, NOTHING_RESTORED);
  }
  if (names.length > 0) {
    throw new VaultError('JOURNAL_EXISTS', `The folder ${target} is not empty. Choose a new or empty folder. ${NOTHING_RESTORED}`);
  }
}

async function moveIntoPlace(fs: FileSystem, temp: string, target: string): Promise<void> {
  // An empty target folder would make the rename fail on Windows; it holds nothing.
  await rmdir(target).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await fs.rename(temp, target);
  await fs.fsyncDirectory(dirname(target));
}
