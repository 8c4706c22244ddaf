import { randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { BackupMethod } from '../../shared/api/backup-contract';
import type { AutoBackup } from '../backup/auto-backup';
import type { BackupService } from '../backup/backup-service';
import { BACKUP_EXTENSION } from '../backup/format/backup-header';
import type { WorkRegistry } from '../backup/work-registry';
import { VaultError } from '../vault/errors';
import type { Vault } from '../vault/vault';
import type { ApiHandlers } from './dispatcher';
import type { Platform } from './platform';

export interface BackupHandlerDeps {
  backups: BackupService;
  autoBackup: AutoBackup;
  /** Long work the window follows and may cancel, by the operation id it gives. */
  work: WorkRegistry;
}

const REMEMBERED_FILES = 16;

/**
 * Files chosen in a native dialog, each under a random token: the window refers to
 * "the file the person chose", never to a path of its own making.
 */
class ChosenFiles {
  private readonly byToken = new Map<string, string>();

  remember(path: string): string {
    const token = randomBytes(16).toString('hex');
    this.byToken.set(token, path);
    while (this.byToken.size > REMEMBERED_FILES) this.byToken.delete(this.byToken.keys().next().value!);
    return token;
  }

  path(token: string): string {
    const path = this.byToken.get(token);
    if (!path) throw new VaultError('NOT_FOUND', 'That backup file is no longer selected. Choose it again.');
    return path;
  }
}

function port<T>(value: T | undefined): T {
  if (!value) throw new VaultError('INTERNAL', 'Choosing files is not available here, so nothing was done.');
  return value;
}

const today = () => new Date().toISOString().slice(0, 10);

/** An empty or not yet existing folder takes the journal itself; anything else gets a subfolder for it. */
async function isEmptyFolder(path: string): Promise<boolean> {
  try {
    return (await readdir(path)).length === 0;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

/** The backup methods of the contract, over the backup services and the platform's dialogs. */
export function createBackupHandlers(vault: Vault, platform: Platform, deps: BackupHandlerDeps): Pick<ApiHandlers, BackupMethod> {
  const { backups, autoBackup, work } = deps;
  const chosen = new ChosenFiles();
  const chooseOpen = (title: string, extensions: string[]) => port(platform.chooseOpenPath?.bind(platform))(title, extensions);
  const chooseFolder = (title: string) => port(platform.chooseFolder?.bind(platform))(title);

  return {
    'entries.versions': async ({ id }) => ({ versions: vault.journal().earlierVersions(id) }),
    'backup.export': async ({ to, operation }) => {
      vault.journal();
      const path = await platform.chooseSavePath(`bounce-forward-backup-${today()}${BACKUP_EXTENSION}`);
      if (!path) return { savedTo: null, entries: 0, records: 0, bytes: 0, damagedSkipped: 0 };
      const protection = to === 'journal-keys' ? 'journal-keys' : { backupPassphrase: to.backupPassphrase };
      return work.run('export', operation, (steps) => backups.exportTo(path, protection, steps));
    },
    'backup.choose': async () => {
      const path = await chooseOpen('Choose a Bounce Forward backup', [BACKUP_EXTENSION.slice(1)]);
      if (!path) return { file: null };
      const { opensWithThisJournal, ...header } = await backups.inspect(path);
      return { file: { token: chosen.remember(path), name: basename(path), header, opensWithThisJournal } };
    },
    'backup.verify': ({ file, secret, operation }) => {
      const path = chosen.path(file);
      return work.run('verify', operation, (steps) => backups.verify(path, secret, steps));
    },
    'backup.testRestore': ({ file, secret, operation }) => {
      const path = chosen.path(file);
      return work.run('testRestore', operation, (steps) => backups.testRestore(path, secret, steps));
    },
    'backup.previewMerge': ({ file, secret, onlyIds, operation }) => {
      const path = chosen.path(file);
      return work.run('previewMerge', operation, (steps) => backups.previewMerge(path, secret, onlyIds, steps));
    },
    'backup.merge': ({ file, secret, onlyIds, operation }) => {
      const path = chosen.path(file);
      return work.run('merge', operation, (steps) => backups.merge(path, secret, onlyIds, steps));
    },
    'backup.restoreInto': async ({ file, secret, into, operation }) => {
      const path = chosen.path(file);
      let target: string;
      if (into === 'app-journal') {
        const status = await vault.status();
        if (status.exists || status.unlocked) {
          throw new VaultError('JOURNAL_EXISTS', 'There is already a journal here, so nothing was restored. Merge the backup into it, or restore into a new folder.');
        }
        // Confirming the pending journal's recovery code would write its header over the restored one.
        if (status.pendingCreation) {
          throw new VaultError('JOURNAL_EXISTS', 'A new journal is being made here. Go back and cancel it first, then restore; nothing was restored.');
        }
        target = vault.journalDir;
      } else {
        const folder = await chooseFolder('Choose an empty folder for the restored journal');
        if (!folder) return { restoredTo: null, records: 0, entries: 0, recoveryCode: null, setAside: [], setAsideCount: 0 };
        target = (await isEmptyFolder(folder)) ? folder : join(folder, 'Bounce Forward journal');
      }
      const restored = await work.run('restore', operation, (steps) => backups.restoreInto(path, secret, target, steps));
      return {
        restoredTo: restored.restoredTo,
        records: restored.records,
        entries: restored.entries,
        recoveryCode: restored.recoveryCode,
        setAside: restored.setAside,
        setAsideCount: restored.setAsideCount,
      };
    },
    'backup.exportPlain': async () => {
      vault.journal();
      const folder = await chooseFolder('Choose where to put the readable export');
      if (!folder) return { savedTo: null, entries: 0, files: 0 };
      return backups.exportPlain(folder);
    },
    'backup.importJournal': async ({ format, operation }) => {
      vault.journal();
      const path = await chooseOpen(format === 'jrnl' ? 'Choose a jrnl JSON export' : 'Choose a Day One JSON export', ['json']);
      if (!path) return { importedFrom: null, imported: 0, duplicates: 0, skipped: 0, notes: [] };
      return work.run('import', operation, (steps) => backups.importJournal(path, format, steps));
    },
    'backup.autoSettings': () => autoBackup.settings(),
    'backup.updateAutoSettings': async ({ chooseFolder: wantsFolder, ...patch }) => {
      const current = await autoBackup.settings();
      const folder = wantsFolder ? await chooseFolder('Choose a folder for automatic backups') : null;
      return autoBackup.update({ ...patch, folder: folder ?? current.folder });
    },
    'backup.runAutoNow': () => autoBackup.runNow(),
    'work.cancel': async ({ operation }) => ({ state: work.cancel(operation) }),
  };
}
