import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { headerCopyPath, headerPath } from '../../../electron/vault/storage/header';
import { damagedRecordPath, previousRecordPath, recordPath, RECORDS_FOLDER } from '../../../electron/vault/storage/record-paths';
import { PASSPHRASE, openVault } from '../../support/journal-fixture';
import { countFrom, report } from '../../support/scale';
import { seededRandom } from '../../support/seeded-random';
import { duplicateFile, flipByte, swapFiles, TAMPER_KINDS, tamperWith } from '../../support/tamper';
import { makeTamperFixture, reopen, runTamperCampaign, type TamperFixture } from '../../support/tamper-campaign';
import { useTempFolder } from '../../support/use-temp-folder';

// Promise: a bad file never takes the journal with it. A damaged record or header is named,
// the rest opens, the last good copy is used where one exists, and nothing damaged is deleted.
// The long form is tests/soak/tamper.soak.test.ts.
const folder = useTempFolder('bf-tamper-');
let fixture: TamperFixture;
let journalDir: string;
beforeEach(async () => {
  journalDir = `${folder()}/journal`;
  fixture = await makeTamperFixture(journalDir);
});

const withPrevious = () => [...fixture.bodies].filter(([, body]) => body.previous !== null).map(([id]) => id);
const withoutPrevious = () => [...fixture.bodies].filter(([, body]) => body.previous === null).map(([id]) => id);

describe('damaged record files', () => {
  it.each(TAMPER_KINDS)('%s: the last good copy opens, the damage is named, the file is kept', async (kind) => {
    const [id] = withPrevious() as [string];
    await tamperWith(recordPath(journalDir, id), kind, seededRandom(7));
    const left = kind === 'delete' ? null : await readFile(recordPath(journalDir, id));
    const reopened = await reopen(journalDir);
    expect(reopened.bodies.get(id)).toBe(fixture.bodies.get(id)!.previous);
    expect(reopened.damaged).toEqual([expect.objectContaining({ id, reason: expect.stringContaining(id), recoveredFromPrevious: true, problem: 'damaged', kind: 'entry', title: expect.any(String) })]);
    for (const [other, body] of fixture.bodies) if (other !== id) expect(reopened.bodies.get(other)).toBe(body.current);
    if (left) expect(await readFile(recordPath(journalDir, id))).toEqual(left);
  });

  it('saving a recovered entry sets the damaged file aside and keeps the good copy', async () => {
    const [id] = withPrevious() as [string];
    const good = await readFile(previousRecordPath(journalDir, id));
    await flipByte(recordPath(journalDir, id), 100);
    const damaged = await readFile(recordPath(journalDir, id));
    const vault = openVault(journalDir);
    await vault.unlock(PASSPHRASE);
    await vault.journal().save({ id, title: 'Again', date: '2026-03-05', body: 'written after the damage', tags: [] });
    await vault.lock('quit');
    expect(await readFile(damagedRecordPath(journalDir, id))).toEqual(damaged);
    expect(await readFile(previousRecordPath(journalDir, id))).toEqual(good);
    const reopened = await reopen(journalDir);
    expect(reopened.bodies.get(id)).toBe('written after the damage');
    // The notice stays until the person has read it, even once the entry is saved again.
    expect(reopened.damaged).toMatchObject([{ id, problem: 'damaged', recoveredFromPrevious: true }]);
    const again = openVault(journalDir);
    await again.unlock(PASSPHRASE);
    await again.journal().dismissProblems([id]);
    await again.lock('quit');
    expect((await reopen(journalDir)).damaged).toEqual([]);
  });

  it('without a previous copy the record is reported as lost and the rest opens', async () => {
    const [id] = withoutPrevious() as [string];
    await tamperWith(recordPath(journalDir, id), 'truncate', seededRandom(3));
    const reopened = await reopen(journalDir);
    expect(reopened.bodies.has(id)).toBe(false);
    expect(reopened.damaged).toEqual([expect.objectContaining({ id, reason: expect.stringMatching(new RegExp(`record ${id} is (truncated|damaged)`)), recoveredFromPrevious: false, problem: 'damaged' })]);
    expect(reopened.bodies.size).toBe(fixture.bodies.size - 1);
  });

  it('a damaged record and a damaged previous copy: reported, not recovered, both files kept', async () => {
    const [id] = withPrevious() as [string];
    await flipByte(recordPath(journalDir, id), 40);
    await flipByte(previousRecordPath(journalDir, id), 40);
    const damaged = await readFile(recordPath(journalDir, id));
    const damagedPrevious = await readFile(previousRecordPath(journalDir, id));
    const reopened = await reopen(journalDir);
    expect(reopened.damaged).toEqual([expect.objectContaining({ id, reason: expect.stringMatching(/damaged too/), recoveredFromPrevious: false, problem: 'damaged' })]);
    expect(await readFile(recordPath(journalDir, id))).toEqual(damaged);
    expect(await readFile(previousRecordPath(journalDir, id))).toEqual(damagedPrevious);
  });

  it('swapped records are both caught by their binding and both fall back', async () => {
    const [a, b] = withPrevious() as [string, string];
    await swapFiles(recordPath(journalDir, a), recordPath(journalDir, b));
    const reopened = await reopen(journalDir);
    expect(reopened.damaged.map((item) => [item.id, item.recoveredFromPrevious]).sort()).toEqual([[a, true], [b, true]].sort());
    expect(reopened.damaged[0]!.reason).toMatch(/moved or swapped/);
    expect(reopened.bodies.get(a)).toBe(fixture.bodies.get(a)!.previous);
    expect(reopened.bodies.get(b)).toBe(fixture.bodies.get(b)!.previous);
  });

  it('a duplicated record: over another, under a new name, or in the wrong folder', async () => {
    const [a, b] = withPrevious() as [string, string];
    const stranger = randomUUID();
    await duplicateFile(recordPath(journalDir, a), recordPath(journalDir, b));
    await mkdir(join(recordPath(journalDir, stranger), '..'), { recursive: true });
    await duplicateFile(recordPath(journalDir, a), recordPath(journalDir, stranger));
    await mkdir(join(journalDir, RECORDS_FOLDER, 'zz'), { recursive: true });
    await duplicateFile(recordPath(journalDir, a), join(journalDir, RECORDS_FOLDER, 'zz', `${a}.bfr`));
    const reopened = await reopen(journalDir);
    expect(reopened.bodies.get(a)).toBe(fixture.bodies.get(a)!.current);
    expect(reopened.bodies.get(b)).toBe(fixture.bodies.get(b)!.previous);
    expect(reopened.damaged.map((item) => [item.id, item.recoveredFromPrevious]).sort()).toEqual([[b, true], [stranger, false]].sort());
  });

  it('stray files and folders in the journal do not stop it opening and are left alone', async () => {
    await writeFile(join(journalDir, RECORDS_FOLDER, 'not-a-folder'), 'stray');
    await writeFile(join(recordPath(journalDir, withPrevious()[0]!), '..', 'notes.txt'), 'stray');
    await mkdir(join(journalDir, RECORDS_FOLDER, 'ab', 'nested.bfr'), { recursive: true });
    const reopened = await reopen(journalDir);
    expect(reopened.bodies.size).toBe(fixture.bodies.size);
    expect(await readFile(join(journalDir, RECORDS_FOLDER, 'not-a-folder'), 'utf8')).toBe('stray');
  });

  it('damaged settings fall back to their previous copy', async () => {
    await tamperWith(recordPath(journalDir, fixture.settingsId), 'garbage', seededRandom(5));
    const reopened = await reopen(journalDir);
    expect(reopened.autoLockMinutes).toBe(fixture.settings.previous);
    expect(reopened.damaged).toMatchObject([{ id: fixture.settingsId, recoveredFromPrevious: true, kind: 'settings' }]);
  });

  it('random damage to random records keeps every promise', async () => {
    const result = await runTamperCampaign({ folder: folder(), rounds: countFrom('BF_TAMPER_ROUNDS', 18) });
    report('tamper (short)', { seed: result.seed, tampered: result.tampered, recovered: result.recovered, reportedLost: result.reportedLost, deletedUnnoticed: result.deletedUnnoticed, ...result.byKind });
    expect(result.tampered).toBeGreaterThan(0);
  }, 60_000);
});

describe('a damaged journal.json', () => {
  const statusOf = async () => openVault(journalDir).status();

  it.each(TAMPER_KINDS)('%s: opens from its copy, is named, and is repaired by the unlock', async (kind) => {
    await tamperWith(headerPath(journalDir), kind, seededRandom(11));
    // A flipped bit can leave valid JSON (a salt or key changed): only the unlock can tell that one.
    const locked = await statusOf();
    if (kind !== 'flip' || locked.damaged) expect(locked).toMatchObject({ exists: true, damaged: [{ id: 'journal.json', recoveredFromPrevious: true }] });
    const vault = openVault(journalDir);
    await vault.unlock(PASSPHRASE);
    expect((await vault.status()).damaged).toMatchObject([{ id: 'journal.json', reason: expect.stringMatching(/journal\.json/), recoveredFromPrevious: true }]);
    expect(vault.journal().list({}).total).toBe(fixture.bodies.size);
    await vault.lock('quit');
    expect(await readFile(headerPath(journalDir))).toEqual(await readFile(headerCopyPath(journalDir)));
    expect((await statusOf()).damaged).toBeUndefined();
  });

  it('a header that still parses but whose keyslot was altered opens from the copy', async () => {
    const header = JSON.parse(await readFile(headerPath(journalDir), 'utf8'));
    const slot = header.keyslots.find((s: { kind: string }) => s.kind === 'passphrase');
    const wrapped = Buffer.from(slot.wrappedKey, 'base64');
    wrapped[5] = wrapped[5]! ^ 0xff;
    slot.wrappedKey = wrapped.toString('base64');
    await writeFile(headerPath(journalDir), JSON.stringify(header));
    const vault = openVault(journalDir);
    await vault.unlock(PASSPHRASE);
    expect((await vault.status()).damaged).toMatchObject([{ id: 'journal.json', reason: expect.stringMatching(/does not open .* but its copy does/) }]);
    await vault.lock('quit');
  });

  it('a hostile header asking for absurd KDF memory falls back to the copy without running it', async () => {
    const header = JSON.parse(await readFile(headerPath(journalDir), 'utf8'));
    for (const slot of header.keyslots) slot.kdf.memoryKiB = 64 * 1024 * 1024;
    await writeFile(headerPath(journalDir), JSON.stringify(header));
    const vault = openVault(journalDir);
    await vault.unlock(PASSPHRASE);
    expect((await vault.status()).damaged).toMatchObject([{ id: 'journal.json', reason: expect.stringMatching(/fields are not as expected/) }]);
    await vault.lock('quit');
  });

  it('a damaged copy alone is repaired quietly at unlock', async () => {
    await tamperWith(headerCopyPath(journalDir), 'garbage', seededRandom(2));
    expect((await statusOf()).damaged).toBeUndefined();
    const vault = openVault(journalDir);
    await vault.unlock(PASSPHRASE);
    await vault.lock('quit');
    expect(await readFile(headerCopyPath(journalDir))).toEqual(await readFile(headerPath(journalDir)));
  });

  it('both damaged: a clear error naming journal.json, and no offer to create over it', async () => {
    await flipByte(headerPath(journalDir), 3);
    await tamperWith(headerCopyPath(journalDir), 'truncate', seededRandom(4));
    await expect(openVault(journalDir).unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'DAMAGED', message: expect.stringMatching(/journal\.json.*copy.*damaged too/s) });
    expect(await statusOf()).toMatchObject({ exists: true, damaged: [{ id: 'journal.json', recoveredFromPrevious: false }] });
    await expect(openVault(journalDir).create('another long passphrase')).rejects.toMatchObject({ code: 'JOURNAL_EXISTS' });
  });

  it('both deleted while entries remain: DAMAGED, never "no journal"', async () => {
    await rm(headerPath(journalDir));
    await rm(headerCopyPath(journalDir));
    await expect(openVault(journalDir).unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'DAMAGED', message: expect.stringMatching(/missing.*entries are still here/s) });
    expect(await statusOf()).toMatchObject({ exists: true });
    await expect(openVault(journalDir).create('another long passphrase')).rejects.toMatchObject({ code: 'JOURNAL_EXISTS' });
  });

  it('a header from a newer version is refused, not replaced by the copy', async () => {
    const header = JSON.parse(await readFile(headerPath(journalDir), 'utf8'));
    await writeFile(headerPath(journalDir), JSON.stringify({ ...header, version: 99 }));
    await expect(openVault(journalDir).unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'UNSUPPORTED_VERSION' });
  });
});
