import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_FORMAT_VERSION } from '../../../electron/backup/format/backup-header';
import { CHUNK_TAG_BYTES } from '../../../electron/backup/format/chunk-crypto';
import { restoreBackupInto } from '../../../electron/backup/restore-into';
import { testRestore } from '../../../electron/backup/test-restore';
import { inspectBackupFile, verifyBackupFile } from '../../../electron/backup/verify-backup';
import { nodeFileSystem, type FileSystem } from '../../../electron/vault/storage/file-system';
import { FAST_KDF } from '../../support/temp-folder';
import { useTempFolder } from '../../support/use-temp-folder';
import { bodyOffset, flipped, withHeader } from './format-helpers';
import { BACKUP_PASS, PASS, SMALL_CHUNKS, createJournal, fillEveryKind, newVault, recordsOf, services, settleJournals, snapshot } from './journal-helpers';

const folder = useTempFolder('bf-backup-');
const restoreOptions = { fs: nodeFileSystem, kdf: FAST_KDF };

afterEach(async () => {
  await settleJournals();
});

async function journalWithEverything(name = 'journal') {
  const created = await createJournal(join(folder(), name));
  await fillEveryKind(created.vault);
  return created;
}

describe('export, verify and restore', () => {
  it('restores a journal with every kind of record identically, opened by the journal passphrase or recovery code', async () => {
    const { vault, recoveryCode } = await journalWithEverything();
    const before = await recordsOf(vault);
    expect(new Set(before.map((record) => record.kind))).toEqual(new Set(['entry', 'settings', 'win', 'step', 'practice', 'period', 'future-kind', 'earlier-version']));
    const file = join(folder(), 'everything.bfbackup');
    const exported = await services(vault).exportTo(file, 'journal-keys');
    expect(exported).toMatchObject({ savedTo: file, entries: 3, records: before.length, damagedSkipped: 0 });
    expect(exported.bytes).toBe((await readFile(file)).length);
    await vault.lock('user');

    expect(await inspectBackupFile(file)).toMatchObject({ formatVersion: BACKUP_FORMAT_VERSION, protection: 'journal-keys', keyslots: [{ kind: 'passphrase' }, { kind: 'recovery' }] });
    const report = await verifyBackupFile(file, { secret: PASS });
    expect(report).toMatchObject({
      formatVersion: BACKUP_FORMAT_VERSION,
      protection: 'journal-keys',
      records: before.length,
      entries: 3,
      byKind: { entry: 3, settings: 1, win: 2, step: 1, practice: 1, period: 1, 'future-kind': 1, 'earlier-version': 1 },
      dateRange: { first: '2025-12-31', last: '2026-02-14' },
    });
    expect(await verifyBackupFile(file, { secret: recoveryCode })).toEqual(report);

    const target = join(folder(), 'restored');
    const restored = await restoreBackupInto(file, { secret: PASS }, target, restoreOptions);
    expect(restored).toMatchObject({ restoredTo: target, records: before.length, entries: 3, recoveryCode: null });
    const reopened = newVault(target);
    await reopened.unlock(PASS);
    expect(await recordsOf(reopened)).toEqual(before);
    expect(reopened.journal().list({ query: 'froze' }).total).toBe(1);
    await reopened.lock('user');
    await newVault(target).recover(recoveryCode, 'a brand new passphrase');
  });

  it('restores from a backup with its own passphrase into a journal that opens with it, with a new recovery code', async () => {
    const { vault } = await journalWithEverything();
    const before = await recordsOf(vault);
    const file = join(folder(), 'separate.bfbackup');
    await services(vault).exportTo(file, { backupPassphrase: BACKUP_PASS });
    await vault.lock('user');
    expect(await inspectBackupFile(file)).toMatchObject({ protection: 'backup-passphrase', keyslots: [{ kind: 'passphrase' }] });
    await expect(verifyBackupFile(file, { secret: PASS })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    expect(await verifyBackupFile(file, { secret: BACKUP_PASS })).toMatchObject({ protection: 'backup-passphrase', records: before.length, entries: 3 });

    const target = join(folder(), 'restored');
    const restored = await restoreBackupInto(file, { secret: BACKUP_PASS }, target, restoreOptions);
    expect(restored.recoveryCode).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    const reopened = newVault(target);
    await reopened.unlock(BACKUP_PASS);
    expect(await recordsOf(reopened)).toEqual(before);
    await reopened.lock('user');
    await newVault(target).recover(restored.recoveryCode!, 'yet another passphrase');
  });

  it('opens the journal\'s own backups with its key, asking no passphrase while it is open', async () => {
    const { vault } = await journalWithEverything();
    const file = join(folder(), 'own.bfbackup');
    const backups = services(vault);
    await backups.exportTo(file, 'journal-keys');
    expect(await backups.inspect(file)).toMatchObject({ opensWithThisJournal: true });
    expect(await backups.verify(file)).toMatchObject({ entries: 3 });
    expect(await backups.testRestore(file)).toMatchObject({ wouldSucceed: true, entries: 3, problem: null });
  });

  it('test-restores into a scratch folder and says when a restore would fail', async () => {
    const { vault } = await journalWithEverything();
    const file = join(folder(), 'b.bfbackup');
    await services(vault, { chunkBytes: SMALL_CHUNKS }).exportTo(file, 'journal-keys');
    await vault.lock('user');
    expect(await testRestore(file, { secret: PASS }, restoreOptions)).toMatchObject({ wouldSucceed: true, entries: 3, message: expect.stringMatching(/would succeed/) });
    const bytes = await readFile(file);
    await writeFile(file, bytes.subarray(0, bytes.length - 20));
    expect(await testRestore(file, { secret: PASS }, restoreOptions)).toMatchObject({ wouldSucceed: false, problem: { code: 'DAMAGED' } });
    await writeFile(file, bytes);
    await expect(testRestore(file, { secret: 'not it at all' }, restoreOptions)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
  });

  it('refuses to restore into a folder that is not empty', async () => {
    const { vault } = await journalWithEverything();
    const file = join(folder(), 'b.bfbackup');
    await services(vault).exportTo(file, 'journal-keys');
    await expect(restoreBackupInto(file, { secret: PASS }, vault.journalDir, restoreOptions)).rejects.toMatchObject({ code: 'JOURNAL_EXISTS', message: expect.stringMatching(/not empty/) });
  });
});

describe('a backup that cannot be used changes nothing', () => {
  async function corruptions() {
    const { vault } = await journalWithEverything('source');
    const good = join(folder(), 'good.bfbackup');
    await services(vault, { chunkBytes: SMALL_CHUNKS }).exportTo(good, 'journal-keys');
    await vault.lock('user');
    const bytes = new Uint8Array(await readFile(good));
    const start = bodyOffset(bytes);
    const chunk = SMALL_CHUNKS + CHUNK_TAG_BYTES;
    const swapped = Buffer.concat([bytes.subarray(0, start), bytes.subarray(start + chunk, start + 2 * chunk), bytes.subarray(start, start + chunk), bytes.subarray(start + 2 * chunk)]);
    const cases: { name: string; bytes: Uint8Array; secret?: string; code: string; message: RegExp }[] = [
      { name: 'wrong passphrase', bytes, secret: 'not the right one', code: 'WRONG_PASSPHRASE', message: /doesn't open this backup/ },
      { name: 'cut at a chunk boundary', bytes: bytes.subarray(0, start + 3 * chunk), code: 'DAMAGED', message: /damaged or incomplete/ },
      { name: 'cut inside a chunk', bytes: bytes.subarray(0, start + 3 * chunk + 40), code: 'DAMAGED', message: /damaged or incomplete/ },
      { name: 'flipped byte in the header', bytes: flipped(bytes, 40), code: 'DAMAGED', message: /header is damaged/ },
      { name: 'flipped byte in a chunk', bytes: flipped(bytes, start + 5 * chunk + 30), code: 'DAMAGED', message: /part 6 of \d+ failed its integrity check/ },
      { name: 'flipped byte in a tag', bytes: flipped(bytes, start + 2 * chunk + 3), code: 'DAMAGED', message: /integrity check/ },
      { name: 'flipped byte in the last tag', bytes: flipped(bytes, bytes.length - 1), code: 'DAMAGED', message: /integrity check/ },
      { name: 'chunks swapped', bytes: swapped, code: 'DAMAGED', message: /integrity check/ },
      { name: 'wrong magic', bytes: Buffer.concat([Buffer.from('NOTABACK'), bytes.subarray(8)]), code: 'NOT_A_BACKUP', message: /not a Bounce Forward backup/ },
      { name: 'newer format version', bytes: withHeader(bytes, (header) => ({ ...header, version: 99 })), code: 'UNSUPPORTED_VERSION', message: /newer version/ },
      {
        name: 'absurd KDF parameters',
        bytes: withHeader(bytes, (header) => ({ ...header, keyslots: (header.keyslots as { kdf: object }[]).map((slot) => ({ ...slot, kdf: { ...slot.kdf, memoryKiB: 2 ** 31 } })) })),
        code: 'DAMAGED',
        message: /beyond safe limits/,
      },
      { name: 'an empty file', bytes: new Uint8Array(0), code: 'NOT_A_BACKUP', message: /empty/ },
      { name: 'a random file', bytes: new Uint8Array(Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 251))), code: 'NOT_A_BACKUP', message: /not a Bounce Forward backup/ },
    ];
    return cases;
  }

  it('restores nothing, anywhere, for each kind of bad file', async () => {
    const cases = await corruptions();
    for (const bad of cases) {
      const file = join(folder(), 'bad.bfbackup');
      await writeFile(file, bad.bytes);
      const parent = join(folder(), 'restores');
      await nodeFileSystem.mkdir(parent);
      const before = await snapshot(parent);
      const error = await restoreBackupInto(file, { secret: bad.secret ?? PASS }, join(parent, 'journal'), restoreOptions).then(() => null, (caught: unknown) => caught);
      expect(error, bad.name).toMatchObject({ code: bad.code, message: expect.stringMatching(bad.message) });
      expect(await snapshot(parent), bad.name).toEqual(before);
      const report = await verifyBackupFile(file, { secret: bad.secret ?? PASS }).then(() => null, (caught: unknown) => caught);
      expect(report, `verify: ${bad.name}`).toMatchObject({ code: bad.code });
    }
  });

  it('merges nothing into the open journal for each kind of bad file', async () => {
    const cases = await corruptions();
    const { vault } = await createJournal(join(folder(), 'target'));
    await vault.journal().save({ title: 'Mine', date: '2026-03-01', body: 'keep me', tags: [] });
    const backups = services(vault);
    const before = await snapshot(vault.journalDir);
    for (const bad of cases) {
      const file = join(folder(), 'bad.bfbackup');
      await writeFile(file, bad.bytes);
      for (const step of [() => backups.previewMerge(file, bad.secret ?? PASS), () => backups.merge(file, bad.secret ?? PASS)]) {
        const error = await step().then(() => null, (caught: unknown) => caught);
        expect(error, bad.name).toMatchObject({ code: bad.code, message: expect.stringMatching(bad.message) });
      }
      expect(await snapshot(vault.journalDir), bad.name).toEqual(before);
    }
    expect(vault.journal().list({}).total).toBe(1);
  });

  it('leaves no partial journal when the file is cut at any chunk boundary', async () => {
    const { vault } = await journalWithEverything('source');
    const good = join(folder(), 'good.bfbackup');
    const keys = vault.openKeys();
    await services(vault, { chunkBytes: SMALL_CHUNKS }).exportTo(good, 'journal-keys');
    const bytes = await readFile(good);
    const start = bodyOffset(bytes);
    const parent = join(folder(), 'restores');
    await nodeFileSystem.mkdir(parent);
    const known = { known: [{ keyId: keys.journalId, key: keys.dataKey }] };
    for (let cut = start; cut < bytes.length; cut += SMALL_CHUNKS + CHUNK_TAG_BYTES) {
      await writeFile(join(folder(), 'cut.bfbackup'), bytes.subarray(0, cut));
      await expect(restoreBackupInto(join(folder(), 'cut.bfbackup'), known, join(parent, 'journal'), restoreOptions)).rejects.toMatchObject({ code: 'DAMAGED' });
      expect(await snapshot(parent)).toEqual({});
    }
  });

  it('cleans up when the disk fills up half way through a restore, and says so', async () => {
    const { vault } = await journalWithEverything('source');
    const good = join(folder(), 'good.bfbackup');
    await services(vault).exportTo(good, 'journal-keys');
    let writes = 0;
    const fullDisk: FileSystem = {
      ...nodeFileSystem,
      async writeNewFileSynced(path, data) {
        if (++writes > 3) throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
        return nodeFileSystem.writeNewFileSynced(path, data);
      },
    };
    const parent = join(folder(), 'restores');
    await nodeFileSystem.mkdir(parent);
    await expect(restoreBackupInto(good, { secret: PASS }, join(parent, 'journal'), { fs: fullDisk, kdf: FAST_KDF })).rejects.toMatchObject({
      code: 'DISK',
      message: expect.stringMatching(/disk is full.*Nothing was restored/),
    });
    expect(await snapshot(parent)).toEqual({});
  });

  it('leaves no backup file behind when the disk refuses an export', async () => {
    const { vault } = await journalWithEverything();
    const failing: FileSystem = { ...nodeFileSystem, rename: async () => Promise.reject(Object.assign(new Error('denied'), { code: 'EACCES' })) };
    const out = join(folder(), 'out');
    await nodeFileSystem.mkdir(out);
    const { BackupService } = await import('../../../electron/backup/backup-service');
    const backups = new BackupService({ vault, fs: failing, kdf: FAST_KDF });
    await expect(backups.exportTo(join(out, 'b.bfbackup'), 'journal-keys')).rejects.toMatchObject({ code: 'DISK', message: expect.stringMatching(/No backup was saved; your journal is unchanged/) });
    expect(await snapshot(out)).toEqual({});
  });
});
