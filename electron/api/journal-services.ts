import { BackupService } from '../backup/backup-service';
import type { EntryFramer } from '../vault/framing/entry-framer';
import { WorkerFramer } from '../vault/framing/worker-framer';
import { nodeFileSystem, type FileSystem } from '../vault/storage/file-system';
import { Vault, type VaultOptions } from '../vault/vault';

export interface JournalServicesOptions {
  journalDir: string;
  fs?: FileSystem;
  kdf?: VaultOptions['kdf'];
  now?: () => Date;
  /**
   * The framing worker by default, as the app, the CLI and the bench use. Only tests
   * that start hundreds of journals (fault sweeps) pass the in-thread framer, to
   * avoid a thread start each; the framing itself is the same code.
   */
  framer?: EntryFramer;
}

export interface JournalServices {
  vault: Vault;
  backups: BackupService;
  framer: EntryFramer;
}

/**
 * The one composition root of the journal's services: the app (through
 * createAppServices), the CLI and the bench all build them here, so an entry
 * saved or imported by any of them is framed the same way, in a worker thread.
 */
export function createJournalServices(options: JournalServicesOptions): JournalServices {
  const fs = options.fs ?? nodeFileSystem;
  const now = options.now ?? (() => new Date());
  const framer = options.framer ?? new WorkerFramer();
  const vault = new Vault({ framer, fs, journalDir: options.journalDir, now, ...(options.kdf ? { kdf: options.kdf } : {}) });
  const backups = new BackupService({ vault, fs, now, ...(options.kdf ? { kdf: options.kdf } : {}) });
  return { vault, backups, framer };
}
