import type { Journal } from '../vault/journal';
import type { OpenJournalKeys } from './format/backup-keys';

/** What the backup services need from the vault (the Vault class provides it). */
export interface BackupVault {
  readonly journalDir: string;
  /** The open journal's id, keyslots and a copy of its data key, which the caller wipes; LOCKED when locked. */
  openKeys(): OpenJournalKeys;
  /** Reads the journal from disk again, after a merge wrote records beside it. */
  reloadJournal(): Promise<void>;
  journal(): Journal;
}

/** The open journal's keys for one operation, wiped afterwards whatever happens. */
export async function withOpenKeys<T>(vault: BackupVault, work: (keys: OpenJournalKeys) => Promise<T>): Promise<T> {
  const keys = vault.openKeys();
  try {
    return await work(keys);
  } finally {
    keys.dataKey.fill(0);
  }
}
