import { AutoBackup } from '../backup/auto-backup';
import { BackupService } from '../backup/backup-service';
import { frameEntry } from '../vault/entry-framing';
import { AutoLock, type Timers } from '../vault/auto-lock';
import { nodeFileSystem, type FileSystem } from '../vault/storage/file-system';
import { Vault, type VaultOptions } from '../vault/vault';
import { createDispatcher, type Dispatch, type DispatcherOptions } from './dispatcher';
import { createApiHandlers } from './handlers';
import type { Platform } from './platform';

export interface AppServicesOptions {
  journalDir: string;
  platform: Platform;
  fs?: FileSystem;
  kdf?: VaultOptions['kdf'];
  now?: () => Date;
  timers?: Timers;
  /** Timers for the hourly automatic-backup check; separate so auto-lock tests count only their own. */
  backupTimers?: Timers;
  dispatcher?: DispatcherOptions;
}

export interface AppServices {
  vault: Vault;
  autoLock: AutoLock;
  dispatch: Dispatch;
  backups: BackupService;
  autoBackup: AutoBackup;
}

/**
 * Builds the services and the dispatcher over them. Both the Electron main process
 * and the browser test bridge call this, so tests exercise the real wiring.
 */
export function createAppServices(options: AppServicesOptions): AppServices {
  const vault = new Vault({
    frameEntry,
    fs: options.fs ?? nodeFileSystem,
    journalDir: options.journalDir,
    ...(options.kdf ? { kdf: options.kdf } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  const autoLock = new AutoLock((reason) => void vault.lock(reason), options.timers);
  vault.onLock(() => autoLock.stop());
  const fs = options.fs ?? nodeFileSystem;
  const now = options.now ?? (() => new Date());
  const backups = new BackupService({ vault, fs, now, ...(options.kdf ? { kdf: options.kdf } : {}) });
  const autoBackup = new AutoBackup({ vault, fs, now, ...(options.backupTimers ? { timers: options.backupTimers } : {}) });
  vault.onUnlock(() => autoBackup.afterUnlock());
  vault.onLock(() => autoBackup.stop());
  const dispatch = createDispatcher(createApiHandlers(vault, autoLock, options.platform, { backups, autoBackup }), {
    ...options.dispatcher,
    onRequest: (method) => {
      autoLock.touch();
      options.dispatcher?.onRequest?.(method);
    },
  });
  return { vault, autoLock, dispatch, backups, autoBackup };
}
