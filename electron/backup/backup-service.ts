import type { BackupHeaderInfo, BackupReport, ImportFormat, ImportResult, MergeSummary, TestRestoreResult } from '../../shared/domain/backup';
import { DEFAULT_KDF, type KdfParams } from '../vault/crypto/kdf';
import type { FileSystem } from '../vault/storage/file-system';
import { withOpenKeys, type BackupVault } from './backup-vault';
import { writeBackupFile, type WrittenBackup } from './export-backup';
import { backupPassphraseKeys, journalKeys, opensWithKey, type BackupAccess, type BackupKeys } from './format/backup-keys';
import { importJournalFile } from './import/import-journal';
import { readJournalRecords } from './journal-records';
import { mergeBackup } from './merge-backup';
import { writePlainExport, type PlainExportResult } from './plain-export';
import { restoreBackupInto, type RestoreOptions, type RestoreResult } from './restore-into';
import { testRestore } from './test-restore';
import { verifyBackupFile } from './verify-backup';
import { quietWork, type Work } from './work';
import { headerInfo, readBackupHeader } from './format/backup-header';
import { withFileSource } from './format/byte-source';

export type ExportProtection = 'journal-keys' | { backupPassphrase: string };

export interface BackupServiceOptions {
  vault: BackupVault;
  fs: FileSystem;
  /** Argon2id cost for new keyslots (backup passphrases, restored journals); tests lower it. */
  kdf?: Omit<KdfParams, 'salt'>;
  now?: () => Date;
  /** Plaintext bytes per chunk; only tests change it. */
  chunkBytes?: number;
  /** Where test restores make their scratch folder (the system's temp folder unless a test says). */
  scratchParent?: string;
}

export interface ExportResult extends WrittenBackup {
  /** Records that could not be read from the journal, so are not in the backup. */
  damagedSkipped: number;
}

/**
 * Backups, restores, merges, plain exports and imports over one vault: what the
 * window's API and the command line both call.
 */
export class BackupService {
  private readonly now: () => Date;
  private readonly kdf: Omit<KdfParams, 'salt'>;

  constructor(private readonly options: BackupServiceOptions) {
    this.now = options.now ?? (() => new Date());
    this.kdf = options.kdf ?? DEFAULT_KDF;
  }

  /** Every record of the open journal, sealed into one file at `path`, then read back. */
  async exportTo(path: string, protection: ExportProtection, work: Work = quietWork('export')): Promise<ExportResult> {
    return withOpenKeys(this.options.vault, async (keys) => {
      await this.options.vault.journal().settle();
      const { records, damaged } = await readJournalRecords(this.options.fs, this.options.vault.journalDir, keys.dataKey);
      work.throwIfCancelled();
      const backupKeys: BackupKeys =
        protection === 'journal-keys' ? journalKeys(keys) : await backupPassphraseKeys(protection.backupPassphrase, this.kdf);
      try {
        const written = await writeBackupFile({
          fs: this.options.fs,
          path,
          keys: backupKeys,
          records,
          journalId: keys.journalId,
          now: this.now(),
          ...(this.options.chunkBytes ? { chunkBytes: this.options.chunkBytes } : {}),
        }, work);
        return { ...written, damagedSkipped: damaged.filter((damage) => !damage.recoveredFromPrevious).length };
      } finally {
        backupKeys.masterKey.fill(0);
      }
    });
  }

  /** The readable header, and whether the open journal's own key opens it (told by the key, not by an id in clear). */
  async inspect(path: string): Promise<BackupHeaderInfo & { opensWithThisJournal: boolean }> {
    const parsed = await withFileSource(path, readBackupHeader);
    let opensWithThisJournal = false;
    if (parsed.header.protection === 'journal-keys') {
      const keys = this.openKeysOrNull();
      if (keys) {
        opensWithThisJournal = opensWithKey(parsed.header, { keyId: keys.journalId, key: keys.dataKey });
        keys.dataKey.fill(0);
      }
    }
    return { ...headerInfo(parsed), opensWithThisJournal };
  }

  verify(path: string, secret?: string, work: Work = quietWork('verify')): Promise<BackupReport> {
    return this.withAccess(secret, (access) => verifyBackupFile(path, access, work));
  }

  testRestore(path: string, secret?: string, work: Work = quietWork('testRestore')): Promise<TestRestoreResult> {
    return this.withAccess(secret, (access) => testRestore(path, access, this.restoreOptions(), work));
  }

  restoreInto(path: string, secret: string | undefined, target: string, work: Work = quietWork('restore')): Promise<RestoreResult> {
    return this.withAccess(secret, (access) => restoreBackupInto(path, access, target, this.restoreOptions(), work));
  }

  previewMerge(path: string, secret?: string, onlyIds?: readonly string[], work: Work = quietWork('previewMerge')): Promise<MergeSummary> {
    return mergeBackup(this.options.vault, path, { secret }, false, { fs: this.options.fs, now: this.now, onlyIds }, work);
  }

  merge(path: string, secret?: string, onlyIds?: readonly string[], work: Work = quietWork('merge')): Promise<MergeSummary> {
    return mergeBackup(this.options.vault, path, { secret }, true, { fs: this.options.fs, now: this.now, onlyIds }, work);
  }

  /** Readable by anyone: the API only calls this with the person's explicit acknowledgement. */
  async exportPlain(parentFolder: string): Promise<PlainExportResult> {
    return withOpenKeys(this.options.vault, async (keys) => {
      await this.options.vault.journal().settle();
      const { records } = await readJournalRecords(this.options.fs, this.options.vault.journalDir, keys.dataKey);
      return writePlainExport(this.options.fs, parentFolder, records, this.now());
    });
  }

  importJournal(path: string, format: ImportFormat, work: Work = quietWork('import')): Promise<ImportResult> {
    return importJournalFile(this.options.vault.journal(), path, format, work);
  }

  private restoreOptions(): RestoreOptions {
    return { fs: this.options.fs, kdf: this.kdf, ...(this.options.scratchParent ? { scratchParent: this.options.scratchParent } : {}) };
  }

  /** The open journal's keys (the caller wipes the copy of the data key), or null while locked. */
  private openKeysOrNull(): ReturnType<BackupVault['openKeys']> | null {
    try {
      return this.options.vault.openKeys();
    } catch {
      return null;
    }
  }

  /** With the journal open, its own backups need no passphrase. */
  private async withAccess<T>(secret: string | undefined, work: (access: BackupAccess) => Promise<T>): Promise<T> {
    const keys = this.openKeysOrNull();
    try {
      return await work({ secret, ...(keys ? { known: [{ keyId: keys.journalId, key: keys.dataKey }] } : {}) });
    } finally {
      keys?.dataKey.fill(0);
    }
  }
}
