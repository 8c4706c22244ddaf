import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { useTempFolder } from '../../support/use-temp-folder';
import { draft, firstComputer, joiningComputer, lockedAfterEach, syncedRecords, type Computer } from './sync-computers';

const temp = useTempFolder('bf-sync-');
const open = lockedAfterEach();

async function two(): Promise<[Computer, Computer]> {
  const folder = join(temp(), 'synced');
  const a = await firstComputer(temp(), folder);
  await a.pass();
  const b = await joiningComputer(temp(), 'b', folder);
  open.push(a, b);
  return [a, b];
}

describe('a journal on two computers through one folder', () => {
  it('carries a new entry across, and an edit back', async () => {
    const [a, b] = await two();
    const entry = await a.vault.journal().save({ title: 'Pitch', date: '2026-12-01', body: 'I sent the pitch.', tags: [] });
    await a.pass();
    const report = await b.pass();
    expect(report.appliedFiles).toBeGreaterThan(0);
    expect(b.vault.journal().get(entry.id).body).toBe('I sent the pitch.');
    await b.vault.journal().save(draft(b.vault.journal().get(entry.id), { body: 'I sent the pitch again.' }));
    await b.pass();
    await a.pass();
    expect(a.vault.journal().get(entry.id).body).toBe('I sent the pitch again.');
    expect(await syncedRecords(a)).toEqual(await syncedRecords(b));
  });

  it('merges words written on both computers at once, and keeps a date both changed as an earlier version', async () => {
    const [a, b] = await two();
    const entry = await a.vault.journal().save({ title: 'Day', date: '2026-12-01', body: 'middle', tags: [] });
    await a.pass();
    await b.pass();
    await a.vault.journal().save(draft(entry, { body: 'first middle', date: '2026-12-02' }));
    await b.vault.journal().save(draft(b.vault.journal().get(entry.id), { body: 'middle last', date: '2026-12-03' }));
    await a.pass();
    await b.pass();
    await a.pass();
    await b.pass();
    const merged = a.vault.journal().get(entry.id);
    expect(merged.body).toBe('first middle last');
    expect(b.vault.journal().get(entry.id)).toMatchObject({ body: merged.body, date: merged.date });
    const loser = merged.date === '2026-12-02' ? '2026-12-03' : '2026-12-02';
    for (const machine of [a, b]) expect(machine.vault.journal().earlierVersions(entry.id).map((v) => v.entry.date)).toContain(loser);
    expect(await syncedRecords(a)).toEqual(await syncedRecords(b));
  });

  it('keeps an edit made on one computer while the other trashed the entry, out of the trash', async () => {
    const [a, b] = await two();
    const entry = await a.vault.journal().save({ title: 'Kept', date: '2026-12-01', body: 'one', tags: [] });
    await a.pass();
    await b.pass();
    await a.vault.journal().trash(entry.id);
    await b.vault.journal().save(draft(b.vault.journal().get(entry.id), { body: 'one two' }));
    await a.pass();
    await b.pass();
    const report = await a.pass();
    expect(report.broughtBack).toEqual([entry.id]);
    for (const machine of [a, b]) expect(machine.vault.journal().get(entry.id)).toMatchObject({ body: 'one two', deletedAt: null });
  });

  it('keeps a trash both computers saw, and a restore after it', async () => {
    const [a, b] = await two();
    const entry = await a.vault.journal().save({ title: 'Gone', date: '2026-12-01', body: 'one', tags: [] });
    await a.pass();
    await b.pass();
    await b.vault.journal().trash(entry.id);
    await b.pass();
    await a.pass();
    expect(a.vault.journal().get(entry.id).deletedAt).not.toBeNull();
    await a.vault.journal().restore(entry.id);
    await a.pass();
    await b.pass();
    expect(b.vault.journal().get(entry.id).deletedAt).toBeNull();
  });
});
