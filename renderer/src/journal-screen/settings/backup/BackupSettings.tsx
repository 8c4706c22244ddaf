import '../../../styles/backup.css';
import { AutoBackups } from './AutoBackups';
import { ImportEntries } from './ImportEntries';
import { MakeBackup } from './MakeBackup';
import { ReadableCopy } from './ReadableCopy';
import { UseBackup } from './UseBackup';
import { BackupWorkProvider } from './backupTasks';

/** Settings › Backups: make, check, restore and merge encrypted backups; automatic backups; imports and readable copies. */
export function BackupSettings({ location }: { location: string }) {
  return (
    <section className="settings-section backup-settings" aria-labelledby="backups-heading">
      <h2 id="backups-heading">Backups</h2>
      <BackupWorkProvider>
        <MakeBackup />
        <AutoBackups />
        <UseBackup location={location} />
        <ImportEntries />
        <ReadableCopy />
      </BackupWorkProvider>
    </section>
  );
}
