import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { Entry } from '../../../shared/domain/entry';
import { joinFromFolder } from '../../../electron/sync/join-from-folder';
import { JournalSync, type SyncReport } from '../../../electron/sync/journal-sync';
import { nodeFileSystem, type FileSystem } from '../../../electron/vault/storage/file-system';
import { RecordStore } from '../../../electron/vault/storage/record-store';
import type { Vault } from '../../../electron/vault/vault';
import { canonicalJson } from '../../../electron/backup/canonical-json';
import { SYNCED_KINDS, syncedPart } from '../../../shared/sync/synced-fields';
import { createJournal, openVault, PASSPHRASE } from '../../support/journal-fixture';

/** One computer in a test: its own journal folder and vault, syncing through `folder`. */
export interface Computer {
  name: string;
  vault: Vault;
  sync: JournalSync;
  journalDir: string;
  folder: string;
  /** The first computer's recovery code; empty for a computer that joined. */
  recoveryCode: string;
  pass(): Promise<SyncReport>;
}

function computer(name: string, vault: Vault, journalDir: string, folder: string, fs: FileSystem, now?: () => Date, recoveryCode = ''): Computer {
  const sync = new JournalSync({ vault, fs, folder, ...(now ? { now } : {}) });
  return { name, vault, sync, journalDir, folder, recoveryCode, pass: () => sync.pass() };
}

/** The first computer: a new journal, set up to sync through `folder`. */
export async function firstComputer(root: string, folder: string, options: { fs?: FileSystem; now?: () => Date } = {}): Promise<Computer> {
  const journalDir = join(root, 'a-journal');
  const { vault, recoveryCode } = await createJournal(journalDir);
  return computer('a', vault, journalDir, folder, options.fs ?? nodeFileSystem, options.now, recoveryCode);
}

/** Another computer joining from the folder with the passphrase, as its first run does. */
export async function joiningComputer(root: string, name: string, folder: string, options: { fs?: FileSystem; now?: () => Date } = {}): Promise<Computer> {
  const journalDir = join(root, `${name}-journal`);
  const fs = options.fs ?? nodeFileSystem;
  await joinFromFolder({ fs: nodeFileSystem, folder, journalDir, kind: 'passphrase', secret: PASSPHRASE });
  const vault = openVault(journalDir);
  await vault.unlock(PASSPHRASE);
  return computer(name, vault, journalDir, folder, fs, options.now);
}

/** Every synced record as the journal's files hold it, framing left out (each computer works it out itself). */
export async function syncedRecords(machine: Computer): Promise<Record<string, string>> {
  await machine.vault.journal().settle();
  const keys = machine.vault.openKeys();
  try {
    const { records } = await new RecordStore(nodeFileSystem, machine.journalDir, keys.dataKey).loadAll();
    const out: Record<string, string> = {};
    for (const record of records) if (SYNCED_KINDS.has(record.kind)) out[record.id] = canonicalJson({ kind: record.kind, data: syncedPart(record.kind, record.data) });
    return out;
  } finally {
    keys.dataKey.fill(0);
  }
}

/** The computers a test opened, locked after it (call at the top of the file, after useTempFolder). */
export function lockedAfterEach(): Computer[] {
  const open: Computer[] = [];
  afterEach(async () => {
    for (const machine of open.splice(0)) await machine.vault.lock('user');
  });
  return open;
}

/** What the journal's save takes, from an entry as stored with some fields changed. */
export function draft(entry: Entry, change: Partial<Entry> = {}) {
  const { id, kind, title, date, body, tags, reflection } = { ...entry, ...change };
  return { id, kind, title, date, body, tags, reflection };
}
