import { AutoBackup } from '../backup/auto-backup';
import { WorkRegistry, type WorkPacingForTests } from '../backup/work-registry';
import type { BackupService } from '../backup/backup-service';
import type { EntryFramer } from '../vault/framing/entry-framer';
import { AutoLock, type Timers } from '../vault/auto-lock';
import { nodeFileSystem, type FileSystem } from '../vault/storage/file-system';
import type { Vault, VaultOptions } from '../vault/vault';
import { createDispatcher, type Dispatch, type DispatcherOptions } from './dispatcher';
import { createApiHandlers } from './handlers';
import { createJournalServices } from './journal-services';
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
  /** See JournalServicesOptions.framer. */
  framer?: EntryFramer;
  /**
   * Browser tests only: awaited at every step of long work, so a test can hold an
   * export or import at a known step while it looks at the window. The app never passes it.
   */
  workPacingForTests?: WorkPacingForTests;
}

export interface AppServices {
  vault: Vault;
  autoLock: AutoLock;
  dispatch: Dispatch;
  backups: BackupService;
  autoBackup: AutoBackup;
  /** The framing worker, for closing at quit. */
  framer: EntryFramer;
  /** Long work's progress (for the window's `progress` event) and cancelling. */
  work: WorkRegistry;
}

/**
 * Builds the services and the dispatcher over them. Both the Electron main process
 * and the browser test bridge call this, so tests exercise the real wiring.
 */
export function createAppServices(options: AppServicesOptions): AppServices {
  const fs = options.fs ?? nodeFileSystem;
  const now = options.now ?? (() => new Date());
  const { vault, backups, framer } = createJournalServices({
    journalDir: options.journalDir,
    fs,
    now,
    ...(options.kdf ? { kdf: options.kdf } : {}),
    ...(options.framer ? { framer: options.framer } : {}),
  });
  const work = new WorkRegistry(options.workPacingForTests);
  const autoLock = new AutoLock((reason) => void vault.lock(reason), options.timers);
  vault.onLock(() => autoLock.stop());
  const autoBackup = new AutoBackup({ vault, fs, now, ...(options.backupTimers ? { timers: options.backupTimers } : {}) });
  vault.onUnlock(() => autoBackup.afterUnlock());
  vault.onLock(() => autoBackup.stop());
  // After an unlock the list is there at once and full-text search fills in behind it: the window is told how far.
  let opening: { stop: () => void } | null = null;
  vault.onUnlock(() => {
    opening?.stop();
    opening = work.follow('unlock', 'unlock', () => vault.journal().opening());
  });
  vault.onLock(() => opening?.stop());
  const dispatch = createDispatcher(createApiHandlers(vault, autoLock, options.platform, { backups, autoBackup, work }), {
    ...options.dispatcher,
    onRequest: (method) => {
      autoLock.touch();
      options.dispatcher?.onRequest?.(method);
    },
  });
  return { vault, autoLock, dispatch, backups, autoBackup, framer, work };
}
