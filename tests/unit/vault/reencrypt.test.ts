import { inlineFramer } from '../../../electron/vault/framing/entry-framer';
import { copyFile, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { nodeFileSystem, type FileSystem } from '../../../electron/vault/storage/file-system';
import { Vault } from '../../../electron/vault/vault';
import { createFaultyFileSystem } from '../../support/faulty-fs';
import { FAST_KDF } from '../../support/temp-folder';
import { useTempFolder } from '../../support/use-temp-folder';

// Issue 9, item 7: a passphrase change that really locks the old one out.

const OLD = 'river stone lantern 42';
const NEW = 'a brand new passphrase 77';
const folder = useTempFolder('bf-reencrypt-');
let journalDir: string;

beforeEach(() => {
  journalDir = join(folder(), 'journal');
});

const vaultOn = (fs: FileSystem = nodeFileSystem) => new Vault({ framer: inlineFramer(), fs, journalDir, kdf: FAST_KDF });

async function journalWithEntries(): Promise<{ vault: Vault; recoveryCode: string; ids: string[] }> {
  const vault = vaultOn();
  const { recoveryCode, confirmGroups } = await vault.create(OLD);
  const groups = recoveryCode.split('-');
  await vault.confirmRecoveryCode(confirmGroups.map((group) => ({ group, value: groups[group - 1]! })));
  const ids: string[] = [];
  for (let i = 0; i < 5; i++) {
    const entry = await vault.journal().save({ title: `Entry ${i}`, date: '2026-02-01', body: `words of entry ${i}`, tags: [] });
    await vault.journal().save({ id: entry.id, title: `Entry ${i}`, date: '2026-02-01', body: `words of entry ${i}, edited`, tags: [] });
    ids.push(entry.id);
  }
  await vault.journal().updateSettings({ autoLockMinutes: 30 });
  return { vault, recoveryCode, ids };
}

async function bodiesWith(passphrase: string): Promise<{ bodies: string[]; damaged: number }> {
  const vault = vaultOn();
  await vault.unlock(passphrase);
  const bodies = vault.journal().list({}).entries.map((summary) => vault.journal().get(summary.id).body).sort();
  const damaged = ((await vault.status()).damaged ?? []).length;
  await vault.lock('quit');
  return { bodies, damaged };
}

const expectedBodies = Array.from({ length: 5 }, (_, i) => `words of entry ${i}, edited`).sort();

describe('change passphrase and re-encrypt everything', () => {
  it('the new passphrase and code open everything; the old ones, and old header copies, open nothing written since', async () => {
    const { vault, recoveryCode: oldCode, ids } = await journalWithEntries();
    await copyFile(join(journalDir, 'journal.json'), join(folder(), 'old-header.json'));
    const { recoveryCode } = await vault.reencrypt(OLD, NEW);
    expect(recoveryCode).not.toBe(oldCode);
    await vault.journal().save({ id: ids[0]!, title: 'Entry 0', date: '2026-02-01', body: 'written after the change', tags: [] });
    expect(vault.journal().getSettings().autoLockMinutes).toBe(30);
    await vault.lock('quit');

    await expect(vaultOn().unlock(OLD)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await expect(vaultOn().recover(oldCode, 'whatever passphrase 12')).rejects.toMatchObject({ code: 'WRONG_RECOVERY_CODE' });
    const now = await bodiesWith(NEW);
    expect(now.damaged).toBe(0);
    expect(now.bodies).toContain('written after the change');

    // Someone puts the old header (and its copy) back and uses the old passphrase.
    await copyFile(join(folder(), 'old-header.json'), join(journalDir, 'journal.json'));
    await copyFile(join(folder(), 'old-header.json'), join(journalDir, 'journal.json.copy'));
    const withOldHeader = await bodiesWith(OLD);
    expect(withOldHeader.bodies).toEqual([]);
    expect(withOldHeader.damaged).toBeGreaterThanOrEqual(ids.length);
  });

  it('no file in the folder still opens under the old key', async () => {
    const { vault } = await journalWithEntries();
    const before = new Map<string, Buffer>();
    for (const folderName of await readdir(join(journalDir, 'records'))) {
      for (const name of await readdir(join(journalDir, 'records', folderName))) before.set(name, await readFile(join(journalDir, 'records', folderName, name)));
    }
    await vault.reencrypt(OLD, NEW);
    await vault.lock('quit');
    let compared = 0;
    for (const folderName of await readdir(join(journalDir, 'records'))) {
      for (const name of await readdir(join(journalDir, 'records', folderName))) {
        const old = before.get(name);
        if (old) {
          compared += 1;
          expect((await readFile(join(journalDir, 'records', folderName, name))).equals(old)).toBe(false);
        }
      }
    }
    expect(compared).toBeGreaterThanOrEqual(10);
  });

  it('a wrong current passphrase changes nothing', async () => {
    const { vault } = await journalWithEntries();
    const header = await readFile(join(journalDir, 'journal.json'));
    await expect(vault.reencrypt('not the passphrase', NEW)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    expect(await readFile(join(journalDir, 'journal.json'))).toEqual(header);
  });

  it('a disk fault at any write step resumes at the next unlock with the new passphrase, losing nothing', async () => {
    const probe = await journalWithEntries();
    await probe.vault.lock('quit');
    const counter = createFaultyFileSystem();
    const counting = vaultOn(counter.fs);
    await counting.unlock(OLD);
    const startAt = counter.calls.length;
    await counting.reencrypt(OLD, NEW);
    const steps = counter.calls.slice(startAt).filter((call) => ['writeNewFileSynced', 'rename', 'fsyncDirectory'].includes(call.op)).length;
    await counting.lock('quit');
    expect(steps).toBeGreaterThan(20);

    for (let step = 0; step < steps; step += 1) {
      journalDir = join(folder(), `step-${step}`, 'journal');
      const fresh = await journalWithEntries();
      await fresh.vault.lock('quit');
      const faulty = createFaultyFileSystem();
      const vault = vaultOn(faulty.fs);
      await vault.unlock(OLD);
      faulty.fail({ op: ['writeNewFileSynced', 'rename', 'fsyncDirectory'], code: 'EIO', after: step, times: 1 });
      const outcome = await vault.reencrypt(OLD, NEW).then(
        () => 'done',
        (error: { code?: string }) => error.code,
      );
      await vault.lock('quit');
      const oldWorks = await vaultOn().unlock(OLD).then(() => true, () => false);
      const newWorks = await vaultOn().unlock(NEW).then(() => true, () => false);
      // Exactly one way in, and it opens every word.
      expect(oldWorks !== newWorks, `step ${step}: ${outcome}`).toBe(true);
      const opened = await bodiesWith(newWorks ? NEW : OLD);
      expect(opened.bodies, `step ${step}`).toEqual(expectedBodies);
      expect(opened.damaged, `step ${step}`).toBe(0);
      if (outcome === 'done') expect(newWorks).toBe(true);
    }
  }, 60_000);
});

describe('a new recovery code', () => {
  it('opens the journal, and the old code no longer does', async () => {
    const { vault, recoveryCode: oldCode } = await journalWithEntries();
    await expect(vault.newRecoveryCode('wrong one entirely')).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    const { recoveryCode } = await vault.newRecoveryCode(OLD);
    await vault.lock('quit');
    await expect(vaultOn().recover(oldCode, 'another passphrase 99')).rejects.toMatchObject({ code: 'WRONG_RECOVERY_CODE' });
    const recovering = vaultOn();
    await recovering.recover(recoveryCode, 'another passphrase 99');
    expect(recovering.journal().list({}).total).toBe(5);
  });
});

describe('a lock while re-encrypting', () => {
  it('never loses a word: before it starts nothing changes, once started it finishes; either way the journal stays locked', async () => {
    const { vault } = await journalWithEntries();
    const running = vault.reencrypt(OLD, NEW).then(
      () => 'done',
      (error: { code?: string }) => error.code,
    );
    await vault.lock('sleep');
    const outcome = await running;
    expect((await vault.status()).unlocked).toBe(false);
    const opensWith = outcome === 'done' ? NEW : OLD;
    expect(outcome === 'done' || outcome === 'LOCKED').toBe(true);
    const opened = await bodiesWith(opensWith);
    expect(opened.bodies).toEqual(expectedBodies);
    expect(opened.damaged).toBe(0);
  });

  it('keeps the old key wrapped in the header while any file still fails to open under both keys', async () => {
    const { vault, ids } = await journalWithEntries();
    await vault.lock('quit');
    const { flipByte } = await import('../../support/tamper');
    const { recordPath } = await import('../../../electron/vault/storage/record-paths');
    await flipByte(recordPath(journalDir, ids[0]!), 60);
    const opened = vaultOn();
    await opened.unlock(OLD);
    await opened.reencrypt(OLD, NEW);
    await opened.lock('quit');
    const header = JSON.parse((await readFile(join(journalDir, 'journal.json'))).toString('utf8')) as { rekey?: unknown };
    expect(header.rekey).toBeDefined();
    const after = await bodiesWith(NEW);
    expect(after.bodies).toHaveLength(5);
  });
});
