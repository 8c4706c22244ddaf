import { basename, join } from 'node:path';
import {
  autoBackupSettingsSchema,
  type AutoBackupSettings,
  type AutoBackupStatus,
} from '../../shared/domain/backup';
import type { Timers } from '../vault/auto-lock';
import { diskError, isVaultError, VaultError } from '../vault/errors';
import type { FileSystem } from '../vault/storage/file-system';
import { withOpenKeys, type BackupVault } from './backup-vault';
import { writeBackupFile } from './export-backup';
import { BACKUP_EXTENSION } from './format/backup-header';
import { journalKeys, type KnownKey, type OpenJournalKeys } from './format/backup-keys';
import { entryCount, readJournalRecords } from './journal-records';
import { ownBackupMadeAt } from './owned-backups';


const AUTO_FILE = /^bounce-forward-auto-\d{8}-\d{6}(?:-\d+)?\.bfbackup$/u;
const DAY_MS = 24 * 60 * 60 * 1000;
const CHECK_EVERY_MS = 60 * 60 * 1000;

const quietTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms).unref(),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export interface AutoBackupOptions {
  vault: BackupVault;
  fs: FileSystem;
  now: () => Date;
  timers?: Timers;
  chunkBytes?: number;
}

type Trigger = 'unlock' | 'timer' | 'now';

/**
 * Backs the journal up on its own, after an unlock or once a day, into a folder
 * the person chose, keeping the newest N. Backups use the journal's own keys, so
 * no extra secret is stored anywhere. The result of the last run is kept in the
 * encrypted settings for the window to show.
 */
export class AutoBackup {
  private running: Promise<void> = Promise.resolve();
  private handle: unknown = null;
  private readonly timers: Timers;

  constructor(private readonly options: AutoBackupOptions) {
    this.timers = options.timers ?? quietTimers;
  }

  async settings(): Promise<AutoBackupSettings> {
    return withOpenKeys(this.options.vault, (keys) => this.read(keys));
  }

  async update(patch: Partial<Pick<AutoBackupSettings, 'enabled' | 'schedule' | 'keep' | 'folder'>>): Promise<AutoBackupSettings> {
    return withOpenKeys(this.options.vault, async (keys) => {
      const next = autoBackupSettingsSchema.parse({ ...(await this.read(keys)), ...patch });
      if (next.enabled && !next.folder) {
        throw new VaultError('INVALID_REQUEST', 'Choose a folder for automatic backups first; nothing was changed.');
      }
      try {
        await this.write(keys, next);
      } catch (error) {
        throw diskError(error, 'Your automatic backup settings are as they were.');
      }
      return next;
    });
  }

  /** Called after every unlock: backs up now if due, then checks hourly while the journal is open. */
  afterUnlock(): void {
    this.trigger('unlock');
    this.arm();
  }

  stop(): void {
    if (this.handle !== null) this.timers.clearTimeout(this.handle);
    this.handle = null;
  }

  /** Backs up now, whatever the schedule, and answers with the settings and the result. */
  async runNow(): Promise<AutoBackupSettings> {
    const run = this.running.then(() => this.run('now'));
    this.running = run.catch(() => undefined);
    await run;
    return this.settings();
  }

  /** Resolves when any backup under way has finished. A lock does not stop one: it holds its own copy of the key. */
  whenIdle(): Promise<void> {
    return this.running;
  }

  private trigger(trigger: Trigger): void {
    this.running = this.running.then(() => this.run(trigger)).catch(() => undefined);
  }

  private arm(): void {
    this.stop();
    this.handle = this.timers.setTimeout(() => {
      this.trigger('timer');
      this.arm();
    }, CHECK_EVERY_MS);
  }

  private async run(trigger: Trigger): Promise<void> {
    let keys: OpenJournalKeys;
    try {
      keys = this.options.vault.openKeys();
    } catch (error) {
      if (trigger === 'now') throw error;
      return; // locked since: the next unlock tries again
    }
    try {
      const settings = await this.read(keys);
      if (trigger !== 'now' && (!settings.enabled || !settings.folder || !this.isDue(settings, trigger))) return;
      if (!settings.folder) throw new VaultError('INVALID_REQUEST', 'Choose a folder for automatic backups first.');
      const status = await this.backUp(keys, settings.folder, settings.keep);
      const latest = await this.read(keys);
      await this.write(keys, { ...latest, last: status, lastSuccessAt: status.ok ? status.at : latest.lastSuccessAt });
    } finally {
      keys.dataKey.fill(0);
    }
  }

  private isDue(settings: AutoBackupSettings, trigger: Trigger): boolean {
    if (settings.schedule === 'unlock') return trigger === 'unlock';
    if (!settings.lastSuccessAt) return true;
    return this.options.now().getTime() - Date.parse(settings.lastSuccessAt) >= DAY_MS;
  }

  private async backUp(keys: OpenJournalKeys, folder: string, keep: number): Promise<AutoBackupStatus> {
    const now = this.options.now();
    const at = now.toISOString();
    const { fs } = this.options;
    if (!(await fs.exists(folder))) {
      return { at, ok: false, message: `The folder for automatic backups (${folder}) was not found. If it is on a drive that is not connected, connect it; your journal is unchanged.`, file: null };
    }
    const backupKeys = journalKeys(keys);
    try {
      const { records } = await readJournalRecords(fs, this.options.vault.journalDir, keys.dataKey);
      const path = await this.freeName(folder, now);
      await writeBackupFile({
        fs,
        path,
        keys: backupKeys,
        records,
        journalId: keys.journalId,
        now,
        ...(this.options.chunkBytes ? { chunkBytes: this.options.chunkBytes } : {}),
      });
      const unremoved = await this.prune(folder, keep, path, { keyId: keys.journalId, key: keys.dataKey });
      const entries = entryCount(records);
      const note = unremoved > 0 ? ` ${unremoved} older ${unremoved === 1 ? 'backup' : 'backups'} could not be removed.` : '';
      return { at, ok: true, message: `Backed up ${entries} ${entries === 1 ? 'entry' : 'entries'} to ${basename(path)}.${note}`, file: path };
    } catch (error) {
      const message = isVaultError(error) ? error.message : 'The automatic backup failed unexpectedly; your journal is unchanged.';
      return { at, ok: false, message, file: null };
    } finally {
      backupKeys.masterKey.fill(0);
    }
  }

  private async freeName(folder: string, now: Date): Promise<string> {
    const stamp = now.toISOString().replace(/\.\d+Z$/u, '').replace(/[-:]/gu, '').replace('T', '-');
    let path = join(folder, `bounce-forward-auto-${stamp}${BACKUP_EXTENSION}`);
    for (let n = 2; await this.options.fs.exists(path); n++) path = join(folder, `bounce-forward-auto-${stamp}-${n}${BACKUP_EXTENSION}`);
    return path;
  }

  /**
   * Removes the oldest automatic backups beyond `keep` that this journal wrote,
   * told by its key and ordered by the time sealed inside each, never by file name:
   * another journal's backups in the same folder, and anything else there, are left
   * alone, and the backup just written always stays.
   */
  private async prune(folder: string, keep: number, justWritten: string, key: KnownKey): Promise<number> {
    const candidates = (await this.options.fs.readdir(folder)).filter((name) => AUTO_FILE.test(name) && name !== basename(justWritten));
    const ours: { name: string; madeAt: string }[] = [];
    for (const name of candidates) {
      const madeAt = await ownBackupMadeAt(join(folder, name), key);
      if (madeAt) ours.push({ name, madeAt });
    }
    ours.sort((a, b) => b.madeAt.localeCompare(a.madeAt) || b.name.localeCompare(a.name));
    let unremoved = 0;
    for (const { name } of ours.slice(Math.max(0, keep - 1))) {
      await this.options.fs.unlink(join(folder, name)).catch(() => {
        unremoved += 1;
      });
    }
    return unremoved;
  }

  /** The settings live in the journal (its own sealed document), read and written through its write queue. */
  private async read(_keys: OpenJournalKeys): Promise<AutoBackupSettings> {
    return this.options.vault.journal().autoBackupSettings();
  }

  /**
   * A backup holds its own copy of the key, so a lock does not stop it; but its
   * result is written through the journal, so after a lock it is not recorded,
   * and the next unlock, finding no recent success, backs up again when due.
   */
  private async write(_keys: OpenJournalKeys, settings: AutoBackupSettings): Promise<void> {
    let journal;
    try {
      journal = this.options.vault.journal();
    } catch (error) {
      if (isVaultError(error) && error.code === 'LOCKED') return;
      throw error;
    }
    await journal.saveAutoBackupSettings(settings);
  }

}
