import { inlineFramer } from '../../../electron/vault/framing/entry-framer';
import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { nodeFileSystem } from '../../../electron/vault/storage/file-system';
import { headerPath } from '../../../electron/vault/storage/header';
import { Vault } from '../../../electron/vault/vault';
import { filesContaining } from '../../support/find-plaintext';
import { FAST_KDF } from '../../support/temp-folder';
import { useTempFolder } from '../../support/use-temp-folder';

const PASS = 'river stone lantern 42';
const folder = useTempFolder();
const newVault = () => new Vault({ framer: inlineFramer(), fs: nodeFileSystem, journalDir: `${folder()}/journal`, kdf: FAST_KDF });

async function createdVault(): Promise<{ vault: Vault; recoveryCode: string }> {
  const vault = newVault();
  const { recoveryCode, confirmGroups } = await vault.create(PASS);
  const groups = recoveryCode.split('-');
  await vault.confirmRecoveryCode(confirmGroups.map((group) => ({ group, value: groups[group - 1]! })));
  return { vault, recoveryCode };
}


describe('vault life', () => {
  it('writes nothing until the recovery code is confirmed', async () => {
    const vault = newVault();
    const { recoveryCode, confirmGroups } = await vault.create(PASS);
    expect(recoveryCode).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    expect((await vault.status()).exists).toBe(false);
    await expect(vault.confirmRecoveryCode([{ group: confirmGroups[0], value: 'ZZZZ' }])).rejects.toMatchObject({ code: 'RECOVERY_CONFIRMATION_MISMATCH' });
    const groups = recoveryCode.split('-');
    // Only one of the two asked groups is not enough.
    await expect(vault.confirmRecoveryCode([{ group: confirmGroups[0], value: groups[confirmGroups[0] - 1]! }])).rejects.toMatchObject({ code: 'RECOVERY_CONFIRMATION_MISMATCH' });
    await vault.confirmRecoveryCode(confirmGroups.map((group) => ({ group, value: groups[group - 1]!.toLowerCase() })));
    expect(await vault.status()).toMatchObject({ exists: true, unlocked: true, pendingCreation: false });
  });

  it('locks, unlocks with the passphrase and refuses a wrong one plainly', async () => {
    const { vault } = await createdVault();
    const saved = await vault.journal().save({ title: 'First', date: '2026-01-02', body: 'hello', tags: [] });
    await vault.lock('user');
    expect(() => vault.journal()).toThrow(/locked/);
    await expect(vault.unlock('not the passphrase')).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE', message: expect.stringMatching(/isn't right/) });
    expect((await vault.status()).failedUnlocks).toBe(1);
    const fresh = newVault();
    await fresh.unlock(PASS);
    expect(fresh.journal().get(saved.id).body).toBe('hello');
  });

  it('recovers with the recovery code, which then sets a new passphrase', async () => {
    const { vault, recoveryCode } = await createdVault();
    await vault.journal().save({ title: 'Kept', date: '2026-01-02', body: 'still here', tags: [] });
    await vault.lock('user');
    await expect(vault.recover('AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH', 'a brand new passphrase')).rejects.toMatchObject({ code: 'WRONG_RECOVERY_CODE' });
    await expect(vault.recover('too short', 'a brand new passphrase')).rejects.toMatchObject({ code: 'WRONG_RECOVERY_CODE' });
    await vault.recover(recoveryCode.toLowerCase().replaceAll('-', ' '), 'a brand new passphrase');
    expect(vault.journal().list({}).entries[0]?.title).toBe('Kept');
    await vault.lock('user');
    await expect(newVault().unlock(PASS)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await newVault().unlock('a brand new passphrase');
  });

  it('changes the passphrase by rewrapping the key only', async () => {
    const { vault } = await createdVault();
    const entry = await vault.journal().save({ title: 'Same bytes', date: '2026-01-02', body: 'x', tags: [] });
    await vault.journal().settle();
    const recordFile = (await import('../../../electron/vault/storage/record-paths')).recordPath(`${folder()}/journal`, entry.id);
    const before = await readFile(recordFile);
    await expect(vault.changePassphrase('wrong current', 'another passphrase')).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await vault.changePassphrase(PASS, 'another passphrase');
    expect(await readFile(recordFile)).toEqual(before);
    await vault.lock('user');
    await expect(newVault().unlock(PASS)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await newVault().unlock('another passphrase');
  });

  it('keeps titles, dates, tags and text out of every file on disk', async () => {
    const { vault } = await createdVault();
    await vault.journal().save({ title: 'Zephyrtitle', date: '2019-07-04', body: 'quokkamarker body', tags: ['wombattag'] });
    await vault.journal().updateSettings({ autoLockMinutes: 15 });
    for (const marker of ['Zephyrtitle', 'quokkamarker', 'wombattag', '2019-07-04']) {
      expect(await filesContaining(folder(), marker)).toEqual([]);
    }
    const header = JSON.parse(await readFile(headerPath(`${folder()}/journal`), 'utf8'));
    expect(Object.keys(header).sort()).toEqual(['format', 'journalId', 'keyslots', 'manifest', 'version']);
  });

  it('names a damaged header and a header from a newer version', async () => {
    await createdVault();
    const path = headerPath(`${folder()}/journal`);
    const good = await readFile(path, 'utf8');
    await writeFile(path, good.slice(0, 40));
    // journal.json alone would fall back to its copy (tests/unit/robustness/tamper.test.ts); damage both.
    await writeFile(`${path}.copy`, good.slice(0, 40));
    await expect(newVault().unlock(PASS)).rejects.toMatchObject({ code: 'DAMAGED', message: expect.stringMatching(/journal.json/) });
    await writeFile(path, JSON.stringify({ ...JSON.parse(good), version: 99 }));
    await expect(newVault().unlock(PASS)).rejects.toMatchObject({ code: 'UNSUPPORTED_VERSION' });
  });

  it('says there is no journal yet', async () => {
    await expect(newVault().unlock(PASS)).rejects.toMatchObject({ code: 'NO_JOURNAL' });
  });

  it('refuses to create over an existing journal', async () => {
    await createdVault();
    await expect(newVault().create(PASS)).rejects.toMatchObject({ code: 'JOURNAL_EXISTS' });
  });

  it('tells listeners why it locked and forgets the text', async () => {
    const { vault } = await createdVault();
    const journal = vault.journal();
    const entry = await journal.save({ title: 'Held', date: '2026-01-02', body: 'only in memory once locked', tags: [] });
    const reasons: string[] = [];
    vault.onLock((reason) => reasons.push(reason));
    await vault.lock('idle');
    await vault.lock('idle');
    expect(reasons).toEqual(['idle']);
    // Someone still holding the journal from before the lock finds nothing in it.
    expect(() => journal.get(entry.id)).toThrow(/no longer exists/);
    expect(journal.list({ query: 'memory' }).total).toBe(0);
  });
});
