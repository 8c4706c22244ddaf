import { randomBytes, randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { journalKeys, type BackupKeys } from '../../../electron/backup/format/backup-keys';
import { sealBackup } from '../../../electron/backup/format/backup-writer';
import { sealKeyslot } from '../../../electron/vault/crypto/keyslot';
import { freshKdfParams } from '../../../electron/vault/crypto/kdf';
import { FAST_KDF } from '../../support/temp-folder';
import { useTempFolder } from '../../support/use-temp-folder';
import { headerJson, readAll, withHeader } from './format-helpers';
import { PASS, createJournal, newVault, recordsOf, services, settleJournals } from './journal-helpers';

const folder = useTempFolder('bf-header-');
afterEach(async () => {
  await settleJournals();
});

const manifest = { createdAt: '2026-03-01T10:00:00.000Z', app: 'test', journalId: null };
const records = [{ id: 'settings', kind: 'settings', data: { autoLockMinutes: 5 } }];
const random = (n: number) => new Uint8Array(randomBytes(n));

async function keysOf(journalId: string, dataKey = random(32)): Promise<BackupKeys> {
  const keyslots = [await sealKeyslot('passphrase', PASS, freshKdfParams(random, FAST_KDF), dataKey, journalId)];
  return journalKeys({ journalId, keyslots, dataKey });
}

describe('what a backup header shows (item 9)', () => {
  it('writes the current version, with no journal id anywhere readable and a key check that differs per backup', async () => {
    const journalId = randomUUID();
    const keys = await keysOf(journalId);
    const first = sealBackup({ keys, manifest: { ...manifest, journalId }, records });
    const second = sealBackup({ keys, manifest: { ...manifest, journalId }, records });
    for (const sealed of [first, second]) {
      const clear = Buffer.from(sealed.bytes).toString('latin1');
      expect(clear).not.toContain(journalId);
      expect(clear).not.toContain(journalId.replaceAll('-', ''));
      expect(headerJson(sealed.bytes)).toMatchObject({ version: 2 });
      expect(headerJson(sealed.bytes)).not.toHaveProperty('keyId');
    }
    expect(headerJson(first.bytes).keyCheck).not.toEqual(headerJson(second.bytes).keyCheck);
    // The key check is what tells the journal's own key from another.
    const opened = await readAll(first.bytes, { known: [{ keyId: journalId, key: keys.masterKey }] });
    expect(opened.records).toEqual(records);
    await expect(readAll(first.bytes, { known: [{ keyId: journalId, key: random(32) }] })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await expect(readAll(withHeader(first.bytes, (header) => ({ ...header, keyCheck: Buffer.alloc(32).toString('base64') })), { secret: PASS })).rejects.toMatchObject({ code: 'DAMAGED' });
  });

  it('still reads version 1 backups, whose header named the journal, through verify, merge and restore', async () => {
    const { vault } = await createJournal(join(folder(), 'mine'));
    const entry = await vault.journal().save({ title: 'Old format', date: '2026-01-01', body: 'kept', tags: [] });
    const keys = vault.openKeys();
    const stored = await recordsOf(vault);
    const v1 = sealBackup({ keys: journalKeys(keys), manifest: { ...manifest, journalId: keys.journalId }, records: stored, formatVersion: 1 });
    keys.dataKey.fill(0);
    expect(headerJson(v1.bytes)).toMatchObject({ version: 1, keyId: vault.openKeys().journalId });
    const file = join(folder(), 'old.bfbackup');
    await writeFile(file, v1.bytes);
    const backups = services(vault);
    expect(await backups.inspect(file)).toMatchObject({ formatVersion: 1, opensWithThisJournal: true });
    expect(await backups.verify(file)).toMatchObject({ formatVersion: 1, entries: 1 });
    expect(await backups.previewMerge(file)).toMatchObject({ unchanged: stored.length });
    await vault.lock('user');
    const restored = await services(vault).restoreInto(file, PASS, join(folder(), 'restored'));
    const again = newVault(restored.restoredTo);
    await again.unlock(PASS);
    expect(again.journal().get(entry.id).body).toBe('kept');
    expect(again.openKeys().journalId).toBe(restored.journalId);
  });

  it('restores a version 2 journal-keys backup as the same journal, its id read from inside the keyslot', async () => {
    const { vault } = await createJournal(join(folder(), 'mine'));
    await vault.journal().save({ title: 'New format', date: '2026-01-01', body: 'kept', tags: [] });
    const journalId = vault.openKeys().journalId;
    const file = join(folder(), 'new.bfbackup');
    await services(vault).exportTo(file, 'journal-keys');
    expect(await services(vault).inspect(file)).toMatchObject({ formatVersion: 2, keyId: null, opensWithThisJournal: true });
    const { vault: other } = await createJournal(join(folder(), 'other'));
    expect(await services(other).inspect(file)).toMatchObject({ opensWithThisJournal: false });
    await vault.lock('user');
    const restored = await services(vault).restoreInto(file, PASS, join(folder(), 'restored'));
    expect(restored.journalId).toBe(journalId);
  });

  it('treats a keyslot whose sealed context names another kind as damage, not a wrong passphrase', async () => {
    const journalId = randomUUID();
    const dataKey = random(32);
    const recoveryAsPassphrase = { ...(await sealKeyslot('recovery', PASS, freshKdfParams(random, FAST_KDF), dataKey, journalId)), kind: 'passphrase' as const };
    const sealed = sealBackup({ keys: journalKeys({ journalId, keyslots: [recoveryAsPassphrase], dataKey }), manifest, records });
    await expect(readAll(sealed.bytes, { secret: PASS })).rejects.toMatchObject({ code: 'DAMAGED' });
  });
});
