import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppServices, type AppServices } from '../../../electron/api/app-services';
import { FAST_KDF } from '../../support/temp-folder';
import { useTempFolder } from '../../support/use-temp-folder';

const FIXTURES = join(__dirname, '../../fixtures/import');
const PASSPHRASE = 'a long enough passphrase';
const folder = useTempFolder('bf-api-');
let dialogs: { save: string | null; open: string | null; folder: string | null };
let app: AppServices;

function servicesAt(journalDir: string): AppServices {
  return createAppServices({
    journalDir,
    platform: {
      chooseSavePath: async () => dialogs.save,
      chooseOpenPath: async () => dialogs.open,
      chooseFolder: async () => dialogs.folder,
    },
    kdf: FAST_KDF,
    dispatcher: { checkResponses: true },
  });
}

async function call<T = Record<string, unknown>>(method: string, request: unknown = {}, services = app): Promise<T> {
  const result = await services.dispatch(method, request);
  if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
  return result.value as T;
}

async function createJournal(services = app): Promise<void> {
  const { recoveryCode, confirmGroups } = await call<{ recoveryCode: string; confirmGroups: number[] }>('vault.create', { passphrase: PASSPHRASE }, services);
  const groups = recoveryCode.split('-');
  await call('vault.confirmRecoveryCode', { answers: confirmGroups.map((group) => ({ group, value: groups[group - 1] })) }, services);
}

beforeEach(async () => {
  dialogs = { save: null, open: null, folder: null };
  app = servicesAt(join(folder(), 'journal'));
});
afterEach(async () => {
  await app.vault.lock('quit');
  await app.autoBackup.whenIdle();
});

describe('the backup API', () => {
  it('exports, chooses, verifies, test-restores and previews a merge of the journal\'s own backup', async () => {
    await createJournal();
    const entry = await call<{ id: string }>('entries.save', { title: 'T', date: '2026-05-01', body: 'B', tags: ['x'] });
    expect(await call('backup.export', { to: 'journal-keys' })).toEqual({ savedTo: null, entries: 0, records: 0, bytes: 0, damagedSkipped: 0 });
    dialogs.save = join(folder(), 'mine.bfbackup');
    expect(await call('backup.export', { to: 'journal-keys' })).toMatchObject({ savedTo: dialogs.save, entries: 1, records: 1 });
    await expect(call('backup.export', { to: { backupPassphrase: 'short' } })).rejects.toMatchObject({ code: 'INVALID_REQUEST' });

    expect(await call('backup.choose')).toEqual({ file: null });
    dialogs.open = dialogs.save;
    const { file } = await call<{ file: { token: string; name: string; opensWithThisJournal: boolean; header: { protection: string } } }>('backup.choose');
    expect(file).toMatchObject({ name: 'mine.bfbackup', opensWithThisJournal: true, header: { protection: 'journal-keys' } });
    expect(await call('backup.verify', { file: file.token })).toMatchObject({ entries: 1, dateRange: { first: '2026-05-01', last: '2026-05-01' } });
    expect(await call('backup.testRestore', { file: file.token })).toMatchObject({ wouldSucceed: true });
    expect(await call('backup.previewMerge', { file: file.token })).toMatchObject({ unchanged: 1, added: 0, applied: false });
    expect(await call('backup.merge', { file: file.token })).toMatchObject({ unchanged: 1, applied: true });
    expect(await call('entries.versions', { id: entry.id })).toEqual({ versions: [] });
    // "Restore this entry from a backup": only the named ids are looked at.
    expect(await call('backup.previewMerge', { file: file.token, onlyIds: [entry.id] })).toMatchObject({ unchanged: 1, added: 0 });
    expect(await call('backup.merge', { file: file.token, onlyIds: ['00000000-0000-4000-8000-000000000000'] })).toMatchObject({ unchanged: 0, added: 0, applied: true });
    for (const onlyIds of [[], ['settings'], Array.from({ length: 1001 }, () => entry.id)]) {
      await expect(call('backup.previewMerge', { file: file.token, onlyIds })).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
    }
    await expect(call('backup.verify', { file: 'f'.repeat(32) })).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/Choose it again/) });
    await expect(call('backup.verify', { file: '../../etc/passwd' })).rejects.toMatchObject({ code: 'INVALID_REQUEST' });

    dialogs.folder = join(folder(), 'restored');
    await expect(call('backup.restoreInto', { file: file.token, into: 'app-journal' })).rejects.toMatchObject({ code: 'JOURNAL_EXISTS' });
    expect(await call('backup.restoreInto', { file: file.token, into: 'choose-folder' })).toEqual({ restoredTo: dialogs.folder, records: 1, entries: 1, recoveryCode: null, setAside: [], setAsideCount: 0 });
  });

  it('restores into the app\'s own folder when it has no journal yet, and the journal then unlocks', async () => {
    await createJournal();
    await call('entries.save', { title: 'Before the new laptop', date: '2026-05-01', body: 'B', tags: [] });
    dialogs.save = join(folder(), 'old.bfbackup');
    await call('backup.export', { to: 'journal-keys' });
    const fresh = servicesAt(join(folder(), 'new-laptop', 'journal'));
    dialogs.open = dialogs.save;
    const { file } = await call<{ file: { token: string; opensWithThisJournal: boolean } }>('backup.choose', {}, fresh);
    expect(file.opensWithThisJournal).toBe(false);
    await expect(call('backup.restoreInto', { file: file.token, into: 'app-journal' }, fresh)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    expect(await call('backup.restoreInto', { file: file.token, into: 'app-journal', secret: PASSPHRASE }, fresh)).toMatchObject({ entries: 1 });
    await call('vault.unlock', { passphrase: PASSPHRASE }, fresh);
    expect(await call('entries.list', {}, fresh)).toMatchObject({ total: 1, entries: [{ title: 'Before the new laptop' }] });
    await fresh.vault.lock('quit');

    const pending = servicesAt(join(folder(), 'pending', 'journal'));
    await call('vault.create', { passphrase: PASSPHRASE }, pending);
    const chosen = await call<{ file: { token: string } }>('backup.choose', {}, pending);
    await expect(call('backup.restoreInto', { file: chosen.file.token, into: 'app-journal', secret: PASSPHRASE }, pending)).rejects.toMatchObject({
      code: 'JOURNAL_EXISTS',
      message: expect.stringMatching(/being made here/),
    });
  });

  it('asks for an explicit acknowledgement before a readable export', async () => {
    await createJournal();
    await expect(call('backup.exportPlain', {})).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
    await expect(call('backup.exportPlain', { acknowledgeReadable: false })).rejects.toMatchObject({ code: 'INVALID_REQUEST', message: expect.stringMatching(/anyone/) });
    expect(await call('backup.exportPlain', { acknowledgeReadable: true })).toEqual({ savedTo: null, entries: 0, files: 0 });
    dialogs.folder = folder();
    expect(await call('backup.exportPlain', { acknowledgeReadable: true })).toMatchObject({ entries: 0, files: 1 });
  });

  it('imports a jrnl export chosen in the dialog', async () => {
    await createJournal();
    dialogs.open = join(FIXTURES, 'jrnl-export.json');
    expect(await call('backup.importJournal', { format: 'jrnl' })).toMatchObject({ imported: 3, importedFrom: dialogs.open });
    await expect(call('backup.importJournal', { format: 'evernote' })).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
  });

  it('sets up automatic backups that run after every unlock', async () => {
    await createJournal();
    dialogs.folder = join(folder(), 'auto');
    await mkdir(dialogs.folder);
    expect(await call('backup.autoSettings')).toMatchObject({ enabled: false, folder: null });
    expect(await call('backup.updateAutoSettings', { enabled: true, schedule: 'unlock', keep: 3, chooseFolder: true })).toMatchObject({
      enabled: true,
      folder: dialogs.folder,
      keep: 3,
    });
    await call('vault.lock');
    await call('vault.unlock', { passphrase: PASSPHRASE });
    await app.autoBackup.whenIdle();
    expect(await readdir(dialogs.folder)).toHaveLength(1);
    expect(await call('backup.autoSettings')).toMatchObject({ last: { ok: true } });
    expect(await call('backup.runAutoNow')).toMatchObject({ last: { ok: true } });
    await expect(call('backup.updateAutoSettings', { keep: 0 })).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
    await call('vault.lock');
    await expect(call('backup.autoSettings')).rejects.toMatchObject({ code: 'LOCKED' });
  });
});
