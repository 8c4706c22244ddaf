import { autoBackupSettingsSchema, DEFAULT_AUTO_BACKUP, type AutoBackupSettings } from '../../shared/domain/backup';
import { DEFAULT_JOURNAL_SETTINGS, journalSettingsSchema, type JournalSettings } from '../../shared/domain/settings';
import { diskError } from './errors';
import { SingletonDocument } from './singleton-document';
import type { LoadedRecord, RecordStore } from './storage/record-store';
import type { WriteQueue } from './write-queue';

export const SETTINGS_KIND = 'settings';
export const AUTO_BACKUP_KIND = 'auto-backup';

/**
 * The journal's own settings and its automatic-backup settings: one sealed
 * document each, saved through the journal's write queue so two changes to the
 * same document never interleave.
 */
export class JournalSettingsDocuments {
  private constructor(
    private readonly store: RecordStore,
    private readonly writes: WriteQueue,
    private readonly settings: SingletonDocument<JournalSettings>,
    private readonly autoBackup: SingletonDocument<AutoBackupSettings>,
  ) {}

  static async open(store: RecordStore, writes: WriteQueue, records: readonly LoadedRecord[]): Promise<JournalSettingsDocuments> {
    const settings = await SingletonDocument.open(store, SETTINGS_KIND, journalSettingsSchema, DEFAULT_JOURNAL_SETTINGS, records);
    const autoBackup = await SingletonDocument.open(store, AUTO_BACKUP_KIND, autoBackupSettingsSchema, DEFAULT_AUTO_BACKUP, records);
    return new JournalSettingsDocuments(store, writes, settings, autoBackup);
  }

  get journal(): JournalSettings {
    return this.settings.value;
  }

  get autoBackups(): AutoBackupSettings {
    return this.autoBackup.value;
  }

  async saveAutoBackups(next: AutoBackupSettings): Promise<void> {
    const checked = autoBackupSettingsSchema.parse(next);
    await this.writes.run(this.autoBackup.id, async () => {
      try {
        await this.autoBackup.save(checked, this.store);
      } catch (error) {
        throw diskError(error, 'Your automatic backup settings are as they were.');
      }
    });
  }

  async update(patch: Partial<JournalSettings>): Promise<JournalSettings> {
    const next = journalSettingsSchema.parse({ ...this.settings.value, ...patch });
    await this.writes.run(this.settings.id, async () => {
      try {
        await this.settings.save(next, this.store);
      } catch (error) {
        throw diskError(error, 'Your previous settings are unchanged.');
      }
    });
    return next;
  }
}
