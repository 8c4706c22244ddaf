import { describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { nodeFileSystem, type FileSystem } from '../../../electron/vault/storage/file-system';
import { useTempFolder } from '../../support/use-temp-folder';
import type { Entry } from '../../../shared/domain/entry';
import { draft, firstComputer, joiningComputer, lockedAfterEach, syncedRecords, type Computer } from './sync-computers';

const temp = useTempFolder('bf-sync-');
const open = lockedAfterEach();

/** Fails every write into the journal's records while `failing` is set, as a full or failing disk does. */
function flakyJournalDisk(journalDir: () => string): { fs: FileSystem; failing: { on: boolean } } {
  const failing = { on: false };
  const fs: FileSystem = {
    ...nodeFileSystem,
    async writeNewFileSynced(path, data) {
      if (failing.on && !relative(join(journalDir(), 'records'), path).startsWith('..')) throw Object.assign(new Error('ENOSPC: simulated'), { code: 'ENOSPC' });
      return nodeFileSystem.writeNewFileSynced(path, data);
    },
  };
  return { fs, failing };
}

/** An entry both computers have as "one two", then edited on a to "one two three" and sent, not yet applied on b. */
async function editedOnA(a: Computer, b: Computer): Promise<Entry> {
  const entry = await a.vault.journal().save({ title: 'T', date: '2026-12-01', body: 'one two', tags: [] });
  await a.pass();
  await b.pass();
  await a.vault.journal().save(draft(entry, { body: 'one two three' }));
  await a.pass();
  return entry;
}

function filesUnder(folder: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(folder, { recursive: true }) as string[]) {
    try {
      out.set(name.split(sep).join('/'), readFileSync(join(folder, name)).toString('base64'));
    } catch {
      // a folder
    }
  }
  return out;
}

describe('a sync pass when things go wrong', () => {
  it('sets aside a merged record that fails its check, names it, and keeps this computer’s copy', async () => {
    const folder = join(temp(), 'synced');
    const a = await firstComputer(temp(), folder);
    await a.pass();
    const b = await joiningComputer(temp(), 'b', folder);
    open.push(a, b);
    const entry = await a.vault.journal().save({ title: 'T', date: '2026-12-01', body: 'x', tags: [] });
    await a.pass();
    await b.pass();
    // Each title is within the 300-character limit; both sides' words merged together are not.
    await a.vault.journal().save(draft(entry, { title: `T${'a'.repeat(250)}` }));
    await b.vault.journal().save(draft(b.vault.journal().get(entry.id), { title: `T${'b'.repeat(250)}` }));
    await a.pass();
    const report = await b.pass();
    expect(report.setAside).toEqual([expect.objectContaining({ id: entry.id, kind: 'entry', reason: expect.stringContaining('title') })]);
    expect(b.vault.journal().get(entry.id).title).toBe(`T${'b'.repeat(250)}`);
    // Nothing is stuck: b's next edit replaces only the words b saw, a's words (never shown on b) stay, and the merge now fits.
    await b.vault.journal().save(draft(b.vault.journal().get(entry.id), { title: 'Short again' }));
    expect((await b.pass()).setAside).toEqual([]);
    await a.pass();
    expect(a.vault.journal().get(entry.id).title).toBe(`Short againT${'a'.repeat(250)}`);
    expect(await syncedRecords(a)).toEqual(await syncedRecords(b));
  });

  it('keeps merged records it could not save for the next pass, without sending them back as edits', async () => {
    const folder = join(temp(), 'synced');
    const a = await firstComputer(temp(), folder);
    await a.pass();
    let bDir = '';
    const flaky = flakyJournalDisk(() => bDir);
    const b = await joiningComputer(temp(), 'b', folder, { fs: flaky.fs });
    bDir = b.journalDir;
    open.push(a, b);
    const entry = await editedOnA(a, b);
    flaky.failing.on = true;
    const failed = await b.pass();
    expect(failed.wroteRecords).toBe(0);
    expect(failed.waiting.join(' ')).toContain('ENOSPC');
    expect(b.vault.journal().get(entry.id).body).toBe('one two');
    flaky.failing.on = false;
    const retried = await b.pass();
    expect(retried.wroteRecords).toBe(1);
    expect(retried.sentRecords).toBe(0);
    await a.pass();
    expect(a.vault.journal().get(entry.id).body).toBe('one two three');
    expect(b.vault.journal().get(entry.id).body).toBe('one two three');
  });

  it('leaves a record the person saved while the pass ran as they saved it, and merges their edit at the next pass', async () => {
    const folder = join(temp(), 'synced');
    const a = await firstComputer(temp(), folder);
    await a.pass();
    const during: { save: (() => Promise<unknown>) | null } = { save: null };
    const fs: FileSystem = {
      ...nodeFileSystem,
      async writeNewFileSynced(path, data) {
        // The pass seals its state just before it writes merged records: the person saves right then.
        const save = path.includes(`${sep}sync${sep}`) ? during.save : null;
        during.save = save ? null : during.save;
        if (save) await save();
        return nodeFileSystem.writeNewFileSynced(path, data);
      },
    };
    const b = await joiningComputer(temp(), 'b', folder, { fs });
    open.push(a, b);
    const entry = await editedOnA(a, b);
    during.save = () => b.vault.journal().save(draft(b.vault.journal().get(entry.id), { body: 'one two four' }));
    const raced = await b.pass();
    expect(during.save).toBeNull();
    expect(raced.wroteRecords).toBe(0);
    expect(b.vault.journal().get(entry.id).body).toBe('one two four');
    await b.pass();
    await a.pass();
    for (const machine of [a, b]) expect(machine.vault.journal().get(entry.id).body.split(' ').sort()).toEqual(['four', 'one', 'three', 'two']);
  });

  it('refuses a file replayed under a later number or moved into another computer’s folder, and goes on', async () => {
    const folder = join(temp(), 'synced');
    const a = await firstComputer(temp(), folder);
    await a.vault.journal().save({ title: 'T', date: '2026-12-01', body: 'one', tags: [] });
    const first = await a.pass();
    const b = await joiningComputer(temp(), 'b', folder);
    open.push(a, b);
    const own = join(folder, 'devices', first.deviceId);
    const stranger = join(folder, 'devices', 'f'.repeat(32));
    mkdirSync(stranger);
    copyFileSync(join(own, '1.bfs'), join(own, '3.bfs'));
    copyFileSync(join(own, '1.bfs'), join(stranger, '1.bfs'));
    const report = await b.pass();
    expect(report.appliedFiles).toBe(1);
    expect(report.devices).toEqual({ [first.deviceId]: 1, ['f'.repeat(32)]: 0 });
    expect(report.waiting.join(' ')).toContain('moved or swapped');
    expect(b.vault.journal().entryCount).toBe(1);
    // a's real second file arrives later: it is applied, the replayed third one still is not.
    await a.vault.journal().save({ title: 'U', date: '2026-12-02', body: 'two', tags: [] });
    expect((await a.pass()).wroteFiles).toBe(1);
    const later = await b.pass();
    expect(later.devices[first.deviceId]).toBe(2);
    expect(b.vault.journal().entryCount).toBe(2);
    expect(existsSync(join(stranger, '1.bfs'))).toBe(true);
    // a's own third file replaces the replayed copy in a's own folder, and arrives.
    await a.vault.journal().save({ title: 'V', date: '2026-12-03', body: 'three', tags: [] });
    await a.pass();
    expect((await b.pass()).devices[first.deviceId]).toBe(3);
    expect(b.vault.journal().entryCount).toBe(3);
  });

  it('never changes or removes a file another computer wrote, and names files by number only', async () => {
    const folder = join(temp(), 'synced');
    const a = await firstComputer(temp(), folder);
    await a.pass();
    const b = await joiningComputer(temp(), 'b', folder);
    open.push(a, b);
    for (let i = 0; i < 3; i++) await a.vault.journal().save({ title: `Secret title ${i}`, date: '2026-12-01', body: 'private words', tags: ['hidden'] });
    await a.pass();
    const before = filesUnder(folder);
    await b.pass();
    await b.pass();
    const after = filesUnder(folder);
    for (const [name, bytes] of before) expect(after.get(name), name).toBe(bytes);
    for (const name of after.keys()) expect(name).toMatch(/^devices(\/[0-9a-f]{32}(\/([1-9][0-9]*\.bfs|journal\.json|journal\.json\.copy))?)?$/u);
    const everything = [...after.values()].map((bytes) => Buffer.from(bytes, 'base64').toString('latin1')).join('');
    for (const marker of ['Secret title', 'private words', 'hidden', ...a.vault.journal().allEntries().map((e) => e.id)]) expect(everything).not.toContain(marker);
  });
});
