import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinFromFolder } from '../../../electron/sync/join-from-folder';
import { JournalSync } from '../../../electron/sync/journal-sync';
import { nodeFileSystem } from '../../../electron/vault/storage/file-system';
import { openVault, PASSPHRASE } from '../../support/journal-fixture';
import { useTempFolder } from '../../support/use-temp-folder';
import { firstComputer, lockedAfterEach } from './sync-computers';

const temp = useTempFolder('bf-sync-');
const open = lockedAfterEach();

describe('joining from a synced folder', () => {
  it('refuses a wrong passphrase and writes nothing', async () => {
    const folder = join(temp(), 'synced');
    const a = await firstComputer(temp(), folder);
    open.push(a);
    await a.pass();
    const journalDir = join(temp(), 'b-journal');
    await expect(joinFromFolder({ fs: nodeFileSystem, folder, journalDir, kind: 'passphrase', secret: 'not the passphrase' })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    expect(existsSync(journalDir)).toBe(false);
  });

  it('opens with the recovery code too, and the joined journal unlocks with the passphrase and fills at its first pass', async () => {
    const folder = join(temp(), 'synced');
    const a = await firstComputer(temp(), folder);
    open.push(a);
    const entry = await a.vault.journal().save({ title: 'Before joining', date: '2026-12-01', body: 'words', tags: [] });
    await a.pass();
    const journalDir = join(temp(), 'b-journal');
    const { recoveryCode } = a;
    await joinFromFolder({ fs: nodeFileSystem, folder, journalDir, kind: 'recovery', secret: recoveryCode });
    const b = openVault(journalDir);
    await b.unlock(PASSPHRASE);
    expect(b.journal().entryCount).toBe(0);
    await new JournalSync({ vault: b, fs: nodeFileSystem, folder }).pass();
    expect(b.journal().get(entry.id).body).toBe('words');
    await b.lock('user');
  });

  it('says when the folder holds no journal, and refuses to join over a journal already there', async () => {
    const empty = join(temp(), 'empty');
    await expect(joinFromFolder({ fs: nodeFileSystem, folder: empty, journalDir: join(temp(), 'x'), kind: 'passphrase', secret: PASSPHRASE })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const folder = join(temp(), 'synced');
    const a = await firstComputer(temp(), folder);
    open.push(a);
    await a.pass();
    const before = readdirSync(a.journalDir).sort();
    await expect(joinFromFolder({ fs: nodeFileSystem, folder, journalDir: a.journalDir, kind: 'passphrase', secret: PASSPHRASE })).rejects.toMatchObject({ code: 'JOURNAL_EXISTS' });
    expect(readdirSync(a.journalDir).sort()).toEqual(before);
  });
});
