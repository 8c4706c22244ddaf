import { inlineFramer } from '../../../electron/vault/framing/entry-framer';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { BackupService } from '../../../electron/backup/backup-service';
import { nodeFileSystem } from '../../../electron/vault/storage/file-system';
import { RecordStore } from '../../../electron/vault/storage/record-store';
import { Vault } from '../../../electron/vault/vault';
import { EARLIER_VERSION_KIND } from '../../../shared/domain/earlier-version';
import { FAST_KDF } from '../../support/temp-folder';

export const PASS = 'river stone lantern 42';
export const BACKUP_PASS = 'a separate backup passphrase';
/** Small chunks, so a few entries make dozens of chunks to cut and swap. */
export const SMALL_CHUNKS = 64;

/** Every vault these helpers made, so a test can let saved entries' framing land before it compares folders. */
const made = new Set<Vault>();

/** Waits for the framing each open journal saves after its saves (see Journal.reframeLater). */
export async function settleJournals(): Promise<void> {
  for (const vault of made) {
    if ((await vault.status()).unlocked) await vault.journal().settle();
  }
}

export function newVault(journalDir: string, now?: () => Date): Vault {
  const vault = new Vault({ framer: inlineFramer(), fs: nodeFileSystem, journalDir, kdf: FAST_KDF, ...(now ? { now } : {}) });
  made.add(vault);
  return vault;
}

export async function createJournal(journalDir: string, now?: () => Date): Promise<{ vault: Vault; recoveryCode: string }> {
  const vault = newVault(journalDir, now);
  const { recoveryCode, confirmGroups } = await vault.create(PASS);
  const groups = recoveryCode.split('-');
  await vault.confirmRecoveryCode(confirmGroups.map((group) => ({ group, value: groups[group - 1]! })));
  return { vault, recoveryCode };
}

export function services(vault: Vault, options: { chunkBytes?: number; now?: () => Date } = {}): BackupService {
  return new BackupService({ vault, fs: nodeFileSystem, kdf: FAST_KDF, ...options });
}

/**
 * A journal holding one of everything: a page, a guided reflection with a step
 * and a framing correction, an entry in the trash, settings, wins (one linked to
 * the reflection, one in the trash), a settled own small step, a completed
 * practice, an earlier version, and a record of a kind no code knows yet
 * (standing in for kinds added later).
 */
export async function fillEveryKind(vault: Vault): Promise<void> {
  const journal = vault.journal();
  await journal.save({ title: 'Interview', date: '2026-01-05', body: 'It went badly.\nI froze on the second question.', tags: ['work', 'Café'] });
  const reflection = await journal.save({
    kind: 'reflection',
    title: 'The launch',
    date: '2026-02-14',
    body: '',
    tags: ['launch'],
    reflection: { whatHappened: 'We shipped late.', learned: 'Ask for help sooner.', nextStep: { text: 'Email Sam' }, mineToOwn: ['I said yes too fast'] },
  });
  await journal.correctFraming(reflection.id, 'We shipped late.', 'accountability');
  const gone = await journal.save({ title: 'Unsent letter', date: '2025-12-31', body: 'Never mind.', tags: [] });
  await journal.trash(gone.id);
  await journal.updateSettings({ autoLockMinutes: 15 });
  await journal.evidence.wins.save({ date: '2026-02-20', title: 'Ran 5k', story: 'Slow, and all the way.', kind: 'showed-up', area: 'health', entryIds: [reflection.id], origin: { from: 'learning', id: reflection.id } });
  const step = await journal.evidence.steps.add({ text: 'Walk around the block' });
  await journal.evidence.steps.settle(step.id, 'done');
  const practice = await journal.evidence.practices.plan({ date: '2026-02-21', attempt: 'Send the pitch', fear: 'Silence', expected: 7 });
  await journal.evidence.practices.complete(practice.id, { date: '2026-02-22', happened: 'A polite no.', actual: 3, learned: 'A no is survivable.' });
  const trashedWin = await journal.evidence.wins.save({ date: '2026-01-02', title: 'Old win', story: 'Kept for the trash.', kind: 'other', area: 'other' });
  await journal.evidence.wins.records.trash(trashedWin.id);
  await journal.evidence.periods.save({ name: 'After the layoff', from: '2026-01-01', to: '2026-02-28' });
  const keys = vault.openKeys();
  const store = new RecordStore(nodeFileSystem, vault.journalDir, keys.dataKey);
  await store.write({ id: '0b0e8a2c-8f61-4d1e-9a57-2f3c4d5e6f70', kind: 'future-kind' }, { text: 'Made by a newer version', at: '2026-02-20T08:00:00.000Z' });
  await store.write(
    { id: '4f9c3b1a7d2e5f6a8b9c0d1e2f3a4b5c6d7e8f90', kind: EARLIER_VERSION_KIND },
    { of: { id: reflection.id, kind: 'entry' }, data: { ...reflection, title: 'The launch (draft)' }, keptAt: '2026-02-15T09:00:00.000Z', reason: 'merge' },
  );
  keys.dataKey.fill(0);
  await vault.reloadJournal();
}

/** Every record as stored, decrypted, in a stable order. */
export async function recordsOf(vault: Vault): Promise<{ id: string; kind: string; data: unknown }[]> {
  await settleJournals();
  const keys = vault.openKeys();
  try {
    const { records } = await new RecordStore(nodeFileSystem, vault.journalDir, keys.dataKey).loadAll();
    // What a record holds, not how many times this folder has saved it, nor the settings'
    // id, which is derived from the data key and so changes when a restore makes a new key.
    return records
      .map(({ id, kind, data }) => ({ id: kind === 'settings' ? '(settings)' : id, kind, data }))
      .sort((a, b) => a.id.localeCompare(b.id));
  } finally {
    keys.dataKey.fill(0);
  }
}

/** Every file under a folder with a hash of its bytes, to show that nothing was written. */
export async function snapshot(folder: string): Promise<Record<string, string>> {
  await settleJournals();
  const files: Record<string, string> = {};
  const walk = async (dir: string) => {
    let names: import('node:fs').Dirent[];
    try {
      names = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const dirent of names) {
      const path = join(dir, dirent.name);
      if (dirent.isDirectory()) {
        files[`${relative(folder, path)}/`] = 'folder';
        await walk(path);
      } else files[relative(folder, path)] = createHash('sha256').update(await readFile(path)).digest('hex');
    }
  };
  await walk(folder);
  return files;
}
