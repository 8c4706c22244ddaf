import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STALE_TEMP_MS } from '../../../electron/vault/storage/durable-write';
import { nodeFileSystem } from '../../../electron/vault/storage/file-system';
import { previousRecordPath, recordPath } from '../../../electron/vault/storage/record-paths';
import { RecordStore } from '../../../electron/vault/storage/record-store';
import { makeFaultFixture, runFaultSweep, stateOnDisk, visibleState, WRITE_STEPS } from '../../support/fault-sweep';
import { hashBody } from '../../support/crash-protocol';
import { WRITE_OPERATIONS, type FaultRule } from '../../support/faulty-fs';
import { PASSPHRASE } from '../../support/journal-fixture';
import { diffSnapshots, snapshotFolder } from '../../support/folder-snapshot';
import { report } from '../../support/scale';
import { tamperWith } from '../../support/tamper';
import { seededRandom } from '../../support/seeded-random';
import { useTempFolder } from '../../support/use-temp-folder';

// Promise: a saved word is never lost to a full disk or a failing one, and the app never
// claims a save the disk refused. The long form is tests/soak/faults.soak.test.ts.
const folder = useTempFolder('bf-faults-');
let cases = 0;
const journalDir = () => `${folder()}/journal-${cases++}`;

/**
 * `exact`: the folder is byte-identical afterwards. A failed folder fsync comes after
 * the rename, so the old version is put back from its previous copy, which that uses up.
 */
const NAMED_FAULTS: { name: string; rule: Omit<FaultRule, 'times' | 'after'>; says: RegExp; exact?: false }[] = [
  { name: 'ENOSPC while writing', rule: { op: 'writeNewFileSynced', code: 'ENOSPC', stage: 'write' }, says: /the disk is full/ },
  { name: 'EIO on fsync', rule: { op: 'writeNewFileSynced', code: 'EIO', stage: 'fsync' }, says: /input\/output error/ },
  { name: 'EACCES on rename', rule: { op: 'rename', code: 'EACCES' }, says: /does not allow writing/ },
  { name: 'EROFS on open (read-only disk)', rule: { op: 'writeNewFileSynced', code: 'EROFS', stage: 'open' }, says: /the disk is read-only/ },
  { name: 'EACCES on open (read-only folder)', rule: { op: 'writeNewFileSynced', code: 'EACCES', stage: 'open' }, says: /does not allow writing/ },
  { name: 'EIO keeping the previous copy', rule: { op: 'link', code: 'EIO' }, says: /input\/output error/ },
  { name: 'EIO on the folder fsync', rule: { op: 'fsyncDirectory', code: 'EIO' }, says: /input\/output error/, exact: false },
];

describe('disk faults through the FileSystem seam', () => {
  it.each(NAMED_FAULTS)('$name: DISK in plain words, disk and memory unchanged, retry works', async ({ rule, says, exact }) => {
    const dir = journalDir();
    const fixture = await makeFaultFixture(dir);
    await fixture.services.vault.lock('quit');
    const onDiskBefore = await stateOnDisk(dir);
    await fixture.services.dispatch('vault.unlock', { passphrase: PASSPHRASE });
    const draft = { id: fixture.editedId, title: 'Kept', date: '2026-03-01', body: 'third words', tags: ['a'] };
    const diskBefore = await snapshotFolder(dir);
    const memoryBefore = await visibleState(fixture.services);

    fixture.faulty.fail(rule);
    const failed = await fixture.services.dispatch('entries.save', draft);
    expect(failed).toEqual({ ok: false, error: { code: 'DISK', message: expect.stringMatching(says) } });
    expect(failed.ok ? '' : failed.error.message).toMatch(/Your text is still here/);
    const newEntry = await fixture.services.dispatch('entries.save', { title: 'Fresh', date: '2026-03-04', body: 'never saved', tags: [] });
    expect(newEntry).toMatchObject({ ok: false, error: { code: 'DISK' } });
    expect(await visibleState(fixture.services)).toEqual(memoryBefore);
    if (exact !== false) expect(diffSnapshots(diskBefore, await snapshotFolder(dir))).toEqual([]);
    expect(await stateOnDisk(dir)).toEqual(onDiskBefore);

    fixture.faulty.clear();
    expect(await fixture.services.dispatch('entries.save', draft)).toMatchObject({ ok: true });
    await fixture.services.vault.lock('quit');
    const reopened = await stateOnDisk(dir);
    expect(reopened.damaged).toEqual([]);
    expect(JSON.stringify(reopened.visible)).toContain(hashBody('third words'));
    expect(fixture.faulty.injected).toBeGreaterThanOrEqual(2);
  });

  it('a read-only journal still unlocks and reads; every write says so and changes nothing', async () => {
    const dir = journalDir();
    const fixture = await makeFaultFixture(dir);
    await fixture.services.vault.lock('quit');
    const diskBefore = await snapshotFolder(dir);
    fixture.faulty.fail({ op: WRITE_OPERATIONS, code: 'EROFS' });
    const { services } = fixture;
    expect(await services.dispatch('vault.unlock', { passphrase: PASSPHRASE })).toEqual({ ok: true, value: null });
    expect(await services.dispatch('entries.list', {})).toMatchObject({ ok: true, value: { total: 1 } });
    for (const [method, request] of WRITE_STEPS.map((step) => step.request(fixture))) {
      const result = await services.dispatch(method, request);
      expect(result, method).toMatchObject({ ok: false, error: { code: 'DISK', message: expect.stringMatching(/read-only/) } });
    }
    expect(diffSnapshots(diskBefore, await snapshotFolder(dir))).toEqual([]);
  });

  it('on a file system without hard links, the previous copy is kept by copying', async () => {
    const dir = journalDir();
    const fixture = await makeFaultFixture(dir);
    fixture.faulty.fail({ op: 'link', code: 'EPERM' });
    const draft = { id: fixture.editedId, title: 'Kept', date: '2026-03-01', body: 'third words', tags: ['a'] };
    expect(await fixture.services.dispatch('entries.save', draft)).toMatchObject({ ok: true });
    const previous = previousRecordPath(dir, fixture.editedId);
    expect((await readFile(previous)).equals(await readFile(recordPath(dir, fixture.editedId)))).toBe(false);
    await fixture.services.vault.lock('quit');
    // The copy is a real last good copy: damage the current file and the previous version opens.
    await tamperWith(recordPath(dir, fixture.editedId), 'flip', seededRandom(1));
    const reopened = await stateOnDisk(dir);
    expect(JSON.stringify(reopened.visible)).toContain(hashBody('second words'));
    expect(reopened.damaged).toMatchObject([{ id: fixture.editedId, recoveredFromPrevious: true }]);
  });

  it('a second reader opening the journal mid-save (a backup) does not break the save', async () => {
    const dir = journalDir();
    const fixture = await makeFaultFixture(dir);
    const key = (fixture.services.vault as unknown as { state: { dataKey: Uint8Array } }).state.dataKey;
    // Pause each save between writing its temp file and renaming it over the record.
    let reader: Promise<unknown> | null = null;
    const base = fixture.faulty.fs.rename;
    fixture.faulty.fs.rename = async (from, to) => {
      if (to.endsWith('.bfr') && !reader) {
        reader = new RecordStore(nodeFileSystem, dir, key).loadAll();
        await reader;
      }
      return base(from, to);
    };
    const saved = await fixture.services.dispatch('entries.save', { id: fixture.editedId, title: 'Kept', date: '2026-03-01', body: 'saved while a backup read', tags: ['a'] });
    expect(reader).not.toBeNull();
    expect(saved).toMatchObject({ ok: true });
    await fixture.services.vault.lock('quit');
    expect(JSON.stringify((await stateOnDisk(dir)).visible)).toContain(hashBody('saved while a backup read'));
  });

  it('opening sweeps temp files left by a crash long ago, and leaves young ones alone', async () => {
    const dir = journalDir();
    const fixture = await makeFaultFixture(dir);
    await fixture.services.vault.lock('quit');
    const folder = join(recordPath(dir, fixture.editedId), '..');
    const old = `.${fixture.editedId}.bfr.${(Date.now() - STALE_TEMP_MS - 1000).toString(36)}-0a0b0c0d0e0f.tmp`;
    const young = `.${fixture.editedId}.bfr.${Date.now().toString(36)}-0a0b0c0d0e0f.tmp`;
    const legacy = `.${fixture.editedId}.bfr.0a0b0c0d0e0f.tmp`;
    for (const name of [old, young, legacy]) await writeFile(join(folder, name), 'partial');
    expect((await stateOnDisk(dir)).damaged).toEqual([]);
    const names = await readdir(folder);
    expect(names).toContain(young);
    expect(names).not.toContain(old);
    expect(names).not.toContain(legacy);
  });

  it('a fault at every write step of every operation keeps every promise', async () => {
    const codes = (process.env.BF_FAULT_CODES ?? 'EIO').split(',');
    const result = await runFaultSweep({ folder: folder(), codes });
    report('faults (short sweep)', { faults: result.faults, succeededAnyway: result.succeededAnyway, steps: WRITE_STEPS.length, codes: codes.join('+') });
    expect(result.faults).toBeGreaterThan(WRITE_STEPS.length * 3);
    // Every save now also acknowledges itself in the manifest, so there are more write calls to fault.
  }, 300_000);
});
