import { inlineFramer } from '../../../electron/vault/framing/entry-framer';
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readdir, rm, stat, symlink, truncate, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { nodeFileSystem } from '../../../electron/vault/storage/file-system';
import { previousRecordPath, recordPath, RECORDS_FOLDER } from '../../../electron/vault/storage/record-paths';
import { RecordStore } from '../../../electron/vault/storage/record-store';
import { Vault } from '../../../electron/vault/vault';
import { FAST_KDF } from '../../support/temp-folder';
import { useTempFolder } from '../../support/use-temp-folder';
import { flipByte } from '../../support/tamper';

// Issue 9: the paths where a damaged byte, a merge or a rolled-back file used to lose
// entries or hide that anything had happened.

const PASS = 'river stone lantern 42';
const DAY = 86_400_000;
const folder = useTempFolder('bf-nothing-lost-');
let journalDir: string;
let clock: Date;

beforeEach(async () => {
  journalDir = join(folder(), 'journal');
  clock = new Date('2026-01-10T09:00:00.000Z');
});

const vaultAt = () => new Vault({ framer: inlineFramer(), fs: nodeFileSystem, journalDir, kdf: FAST_KDF, now: () => clock });

async function createJournal(): Promise<Vault> {
  const vault = vaultAt();
  const { recoveryCode, confirmGroups } = await vault.create(PASS);
  const groups = recoveryCode.split('-');
  await vault.confirmRecoveryCode(confirmGroups.map((group) => ({ group, value: groups[group - 1]! })));
  return vault;
}

async function reopen(): Promise<Vault> {
  const vault = vaultAt();
  await vault.unlock(PASS);
  return vault;
}

const later = (days: number) => {
  clock = new Date(clock.getTime() + days * DAY);
};
const exists = (path: string) => stat(path).then(() => true, () => false);
const draft = (title: string, body: string, id?: string) => ({ ...(id ? { id } : {}), title, date: '2026-01-10', body, tags: [] });

describe('automatic purging acts only on the person’s own trash clock', () => {
  it('a damaged file whose last good copy is a trashed version does not purge the entry 40 days on', async () => {
    const vault = await createJournal();
    const entry = await vault.journal().save(draft('Kept', 'trashed and restored at once'));
    await vault.journal().trash(entry.id);
    await vault.journal().restore(entry.id);
    await vault.lock('quit');
    later(40);
    await flipByte(recordPath(journalDir, entry.id), 60);

    const opened = await reopen();
    // The copy says "in the trash", the person's own trash says it came back: it stays.
    expect(opened.journal().get(entry.id).body).toBe('trashed and restored at once');
    expect((await opened.status()).damaged).toMatchObject([{ id: entry.id, problem: 'damaged', recoveredFromPrevious: true, title: 'Kept' }]);
    await opened.lock('quit');
    expect(await exists(recordPath(journalDir, entry.id))).toBe(true);
    expect(await exists(previousRecordPath(journalDir, entry.id))).toBe(true);
  });

  it('replacing the current file with its trashed copy is noticed and purges nothing', async () => {
    const vault = await createJournal();
    const entry = await vault.journal().save(draft('Rolled back', 'words'));
    await vault.journal().trash(entry.id);
    await vault.journal().restore(entry.id);
    await vault.lock('quit');
    later(40);
    await copyFile(previousRecordPath(journalDir, entry.id), recordPath(journalDir, entry.id));

    const opened = await reopen();
    expect(opened.journal().get(entry.id).deletedAt).not.toBeNull();
    expect((await opened.status()).damaged).toMatchObject([{ id: entry.id, problem: 'older', title: 'Rolled back' }]);
    await opened.lock('quit');
    later(40);
    const again = await reopen();
    expect(again.journal().get(entry.id).body).toBe('words');
  });

  it('an entry the person trashed goes after 30 days of their own trash, not before', async () => {
    const vault = await createJournal();
    const entry = await vault.journal().save(draft('Binned', 'let it go'));
    await vault.journal().trash(entry.id);
    await vault.lock('quit');
    later(29);
    const early = await reopen();
    expect(early.journal().get(entry.id).deletedAt).not.toBeNull();
    await early.lock('quit');
    later(2);
    const late = await reopen();
    expect(() => late.journal().get(entry.id)).toThrow(/no longer exists/);
    expect((await late.status()).damaged).toBeUndefined();
    await late.lock('quit');
    expect(await exists(recordPath(journalDir, entry.id))).toBe(false);
    // Purged for good is not "missing": the next open reports nothing.
    expect((await (await reopen()).status()).damaged).toBeUndefined();
  });

  it('an entry that arrives already trashed (an old trash date) starts its 30 days when this journal first sees it', async () => {
    const vault = await createJournal();
    const entry = await vault.journal().save(draft('Arrived', 'from another copy'));
    await vault.journal().trash(entry.id);
    await vault.lock('quit');
    // Lose the ledger (as a journal from before it, or a restore, would have): only the record's own old date is left.
    for (const name of await readdir(journalDir)) if (name.startsWith('manifest')) await unlink(join(journalDir, name));
    await rm(join(journalDir, 'journal.json.copy'));
    const header = JSON.parse(execFileSync('cat', [join(journalDir, 'journal.json')], { encoding: 'utf8' })) as Record<string, unknown>;
    delete header.manifest;
    execFileSync('sh', ['-c', `cat > '${join(journalDir, 'journal.json')}'`], { input: JSON.stringify(header) });
    later(100);
    const first = await reopen();
    expect(first.journal().get(entry.id).deletedAt).not.toBeNull();
    await first.lock('quit');
    later(29);
    expect((await reopen()).journal().get(entry.id).deletedAt).not.toBeNull();
    later(2);
    const last = await reopen();
    expect(() => last.journal().get(entry.id)).toThrow(/no longer exists/);
  });
});

describe('deleted or rolled-back files are noticed and named', () => {
  async function journalWithHistory() {
    const vault = await createJournal();
    const a = await vault.journal().save(draft('Alpha', 'one'));
    const b = await vault.journal().save(draft('Bravo', 'two'));
    await vault.lock('quit');
    const firstSave = join(folder(), 'alpha-first.bfr');
    await copyFile(recordPath(journalDir, a.id), firstSave);
    const again = await reopen();
    await again.journal().save(draft('Alpha', 'one, edited', a.id));
    await again.journal().save(draft('Alpha', 'one, edited twice', a.id));
    await again.lock('quit');
    return { a, b, firstSave };
  }

  it('a file replaced by its last good copy opens with a report that it is older', async () => {
    const { a } = await journalWithHistory();
    await copyFile(previousRecordPath(journalDir, a.id), recordPath(journalDir, a.id));
    const vault = await reopen();
    expect(vault.journal().get(a.id).body).toBe('one, edited');
    expect((await vault.status()).damaged).toMatchObject([{ id: a.id, problem: 'older', title: 'Alpha', kind: 'entry' }]);
  });

  it('a file replaced by a copy from two saves before is reported too', async () => {
    const { a, firstSave } = await journalWithHistory();
    await copyFile(firstSave, recordPath(journalDir, a.id));
    const vault = await reopen();
    expect(vault.journal().get(a.id).body).toBe('one');
    expect((await vault.status()).damaged).toMatchObject([{ id: a.id, problem: 'older', title: 'Alpha' }]);
  });

  it("an entry whose files were deleted is reported missing, by its title", async () => {
    const { b } = await journalWithHistory();
    await unlink(recordPath(journalDir, b.id));
    const vault = await reopen();
    expect(vault.journal().list({}).total).toBe(1);
    expect((await vault.status()).damaged).toMatchObject([{ id: b.id, problem: 'missing', title: 'Bravo', kind: 'entry' }]);
    // The notice stays across locks until the person dismisses it, then the loss is acknowledged.
    await vault.lock('quit');
    const again = await reopen();
    expect((await again.status()).damaged).toMatchObject([{ id: b.id, problem: 'missing' }]);
    await again.journal().dismissProblems([b.id]);
    await again.lock('quit');
    expect((await (await reopen()).status()).damaged).toBeUndefined();
  });

  it('deleting the whole records folder reports every entry and the settings missing', async () => {
    const { a, b } = await journalWithHistory();
    await rm(join(journalDir, RECORDS_FOLDER), { recursive: true });
    const vault = await reopen();
    expect(vault.journal().list({}).total).toBe(0);
    const damaged = (await vault.status()).damaged ?? [];
    expect(damaged.filter((item) => item.problem === 'missing').map((item) => item.title).sort()).toEqual(['Alpha', 'Bravo']);
    expect(damaged.map((item) => item.id)).toEqual(expect.arrayContaining([a.id, b.id]));
  });

  it('deleting the records and the manifest together is still reported', async () => {
    await journalWithHistory();
    await rm(join(journalDir, RECORDS_FOLDER), { recursive: true });
    for (const name of await readdir(journalDir)) if (name.startsWith('manifest')) await unlink(join(journalDir, name));
    const vault = await reopen();
    expect((await vault.status()).damaged).toMatchObject([{ id: 'manifest', problem: 'missing', kind: 'manifest' }]);
  });

  it('a torn manifest frame from a crash mid-append is not a problem, and the journal carries on', async () => {
    const { a } = await journalWithHistory();
    const log = (await readdir(journalDir)).find((name) => /^manifest-\d+\.log$/u.test(name));
    // Without a log there would be no frame to tear, and the test would pass having torn nothing.
    expect(log).toBeDefined();
    const size = (await stat(join(journalDir, log!))).size;
    await truncate(join(journalDir, log!), size - 7);
    const vault = await reopen();
    const damaged = (await vault.status()).damaged ?? [];
    // The torn frame was the last save of Alpha: the file is newer than what the manifest kept, which is fine.
    expect(damaged).toEqual([]);
    await vault.journal().save(draft('Alpha', 'after the torn frame', a.id));
    await vault.lock('quit');
    expect((await (await reopen()).status()).damaged).toBeUndefined();
  });
});

describe('hostile files in the journal folder', () => {
  async function oneEntry() {
    const vault = await createJournal();
    const kept = await vault.journal().save(draft('Kept', 'still here'));
    const victim = await vault.journal().save(draft('Victim', 'replaced'));
    await vault.lock('quit');
    await unlink(recordPath(journalDir, victim.id));
    return { kept, victim };
  }

  it('a FIFO in place of a record does not hang the unlock', async () => {
    const { kept, victim } = await oneEntry();
    execFileSync('mkfifo', [recordPath(journalDir, victim.id)]);
    const started = Date.now();
    const vault = await reopen();
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(vault.journal().get(kept.id).body).toBe('still here');
    expect((await vault.status()).damaged).toMatchObject([{ id: victim.id, problem: 'damaged' }]);
  });

  it('a symbolic link to /dev/zero is refused without reading it', async () => {
    const { victim } = await oneEntry();
    await symlink('/dev/zero', recordPath(journalDir, victim.id));
    const before = process.memoryUsage().rss;
    const vault = await reopen();
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
    expect((await vault.status()).damaged).toMatchObject([{ id: victim.id, problem: 'damaged' }]);
  });

  it('a 1.5 GiB sparse record is refused by its size before it is read', async () => {
    const { victim } = await oneEntry();
    await mkdir(join(journalDir, RECORDS_FOLDER, victim.id.slice(0, 2)), { recursive: true });
    execFileSync('truncate', ['-s', '1536M', recordPath(journalDir, victim.id)]);
    const started = Date.now();
    const vault = await reopen();
    expect(Date.now() - started).toBeLessThan(3_000);
    expect((await vault.status()).damaged).toMatchObject([{ id: victim.id, problem: 'damaged' }]);
  });
});

describe('a record in the folder with fields of the wrong type (item 3)', () => {
  it('is named and set aside, and the journal still opens with everything else', async () => {
    const vault = await createJournal();
    const kept = await vault.journal().save(draft('Kept', 'still here'));
    const keys = vault.openKeys();
    await vault.lock('quit');
    // Sealed under the journal's own key, so only its shape is wrong: tags as a string.
    const bad = '7d3c1a52-0f44-4d6e-9b1a-2c5e8f9a0b11';
    await new RecordStore(nodeFileSystem, journalDir, keys.dataKey).write(
      { id: bad, kind: 'entry' },
      { id: bad, kind: 'page', title: 'Odd', date: '2026-01-10', body: 'x', tags: 'work', reflection: null, corrections: [], framing: null, createdAt: clock.toISOString(), updatedAt: clock.toISOString(), deletedAt: null },
    );
    keys.dataKey.fill(0);
    const opened = await reopen();
    expect(opened.journal().get(kept.id).body).toBe('still here');
    expect(opened.journal().list({}).total).toBe(1);
    expect((await opened.status()).damaged).toMatchObject([{ id: bad, problem: 'damaged', reason: expect.stringMatching(/tags/) }]);
    expect(await exists(recordPath(journalDir, bad))).toBe(true);
  });
});

describe('what the folder shows (item 9)', () => {
  it('names no record after what it holds: the settings file looks like any entry', async () => {
    const vault = await createJournal();
    await vault.journal().save(draft('One', 'words'));
    await vault.journal().updateSettings({ autoLockMinutes: 30 });
    await vault.lock('quit');
    const names: string[] = [];
    for (const sub of await readdir(join(journalDir, RECORDS_FOLDER))) names.push(...(await readdir(join(journalDir, RECORDS_FOLDER, sub))));
    expect(names.filter((name) => name.endsWith('.bfr'))).toHaveLength(2);
    for (const name of names) expect(name).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\.bfr(\.prev)?$/u);
    expect((await reopen()).journal().getSettings().autoLockMinutes).toBe(30);
  });
});
