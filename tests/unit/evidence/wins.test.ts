import { describe, expect, it } from 'vitest';
import { nodeFileSystem } from '../../../electron/vault/storage/file-system';
import { RecordStore } from '../../../electron/vault/storage/record-store';
import { useTempFolder } from '../../support/use-temp-folder';
import { journalsIn, unknownId, winDraft } from './evidence-helpers';

const folder = useTempFolder();
const { open, advanceDays, key } = journalsIn(folder);

describe('wins in the vault', () => {
  it('are sealed records that come back after a reopen, with their links', async () => {
    const journal = await open();
    const entry = await journal.save({ title: 'The launch', date: '2026-02-01', body: 'It went badly.', tags: [] });
    const win = await journal.evidence.wins.save(winDraft({ entryIds: [entry.id, entry.id], tags: ['talks', 'Talks'] }));
    expect(win.entryIds).toEqual([entry.id]);
    expect(win.tags).toEqual(['talks']);
    const reopened = await open();
    expect(reopened.evidence.wins.records.get(win.id)).toEqual(win);
    expect(reopened.evidence.wins.linkedTo(entry.id).map((summary) => summary.id)).toEqual([win.id]);
  });

  it('that are malformed, or stored under another win’s id, are named and set aside while the rest opens', async () => {
    const journal = await open();
    const good = await journal.evidence.wins.save(winDraft());
    const store = new RecordStore(nodeFileSystem, folder(), key);
    const bad = unknownId();
    await store.write({ id: bad, kind: 'win' }, { ...good, id: bad, kind: 'bragging' });
    const moved = unknownId();
    await store.write({ id: moved, kind: 'win' }, good);
    const reopened = await open();
    expect(reopened.evidence.wins.records.size).toBe(1);
    expect(reopened.damaged.map((problem) => [problem.id, problem.kind])).toEqual(
      expect.arrayContaining([
        [bad, 'win'],
        [moved, 'win'],
      ]),
    );
    expect(reopened.damaged.find((problem) => problem.id === moved)?.reason).toMatch(/names another win/);
  });

  it('refuse bad input with a clear message and change nothing', async () => {
    const journal = await open();
    await expect(journal.evidence.wins.save(winDraft({ title: '', story: '   ' }))).rejects.toThrow(/Write a few words/);
    await expect(journal.evidence.wins.save(winDraft({ kind: 'bragging' as never }))).rejects.toThrow(/kind of win/);
    await expect(journal.evidence.wins.save(winDraft({ story: 'x'.repeat(20_001) }))).rejects.toThrow(/at most 20,000/);
    await expect(journal.evidence.wins.save(winDraft({ entryIds: [unknownId()] }))).rejects.toThrow(/no longer exists/);
    await expect(journal.evidence.wins.save(winDraft({ origin: { from: 'practice', id: unknownId() } }))).rejects.toThrow(/recorded from no longer exists/);
    expect(journal.evidence.wins.records.size).toBe(0);
    expect((await open()).evidence.wins.records.size).toBe(0);
  });

  it('keep a link to an entry through the trash, a restore and a purge of either side', async () => {
    const journal = await open();
    const entry = await journal.save({ title: 'Lost the client', date: '2026-02-01', body: 'They left.', tags: [] });
    const win = await journal.evidence.wins.save(winDraft({ entryIds: [entry.id] }));
    await journal.trash(entry.id);
    expect(journal.evidence.wins.records.get(win.id).entryIds).toEqual([entry.id]);
    await journal.restore(entry.id);
    await journal.evidence.wins.records.trash(win.id);
    // A win in the trash is not offered on the entry's side; restored, it is again.
    expect(journal.evidence.wins.linkedTo(entry.id)).toEqual([]);
    await journal.evidence.wins.records.restore(win.id);
    expect(journal.evidence.wins.linkedTo(entry.id).map((summary) => summary.id)).toEqual([win.id]);
    // The entry deleted for good: the win stays, and can still be edited although its old link points nowhere.
    await journal.trash(entry.id);
    await journal.purge(entry.id);
    const edited = await journal.evidence.wins.save({ ...winDraft({ entryIds: [entry.id] }), id: win.id, title: 'Kept going' });
    expect(edited.title).toBe('Kept going');
  });

  it('are found by the journal search, which says which results are wins', async () => {
    const journal = await open();
    await journal.save({ title: 'Harbour walk', date: '2026-02-01', body: 'Walked to the lighthouse.', tags: [] });
    const win = await journal.evidence.wins.save(winDraft({ story: 'Fixed the lighthouse lamp myself.' }));
    const found = journal.list({ query: 'lighthouse' });
    expect(found.entries.map((entry) => entry.title)).toEqual(['Harbour walk']);
    expect(found.wins?.map((summary) => summary.id)).toEqual([win.id]);
    await journal.evidence.wins.records.trash(win.id);
    expect(journal.list({ query: 'lighthouse' }).wins).toEqual([]);
    expect(journal.evidence.wins.list({ query: 'lighthouse', trash: true }).wins.map((summary) => summary.id)).toEqual([win.id]);
  });

  it('browse by kind, area and year, and count kinds year by year without the trash', async () => {
    const journal = await open();
    await journal.evidence.wins.save(winDraft({ date: '2024-05-01', kind: 'skill', area: 'study' }));
    await journal.evidence.wins.save(winDraft({ date: '2025-05-01', kind: 'skill', area: 'work' }));
    const gone = await journal.evidence.wins.save(winDraft({ date: '2025-06-01', kind: 'helped', area: 'family' }));
    await journal.evidence.wins.save(winDraft({ date: '2025-07-01', kind: 'helped', area: 'family' }));
    await journal.evidence.wins.records.trash(gone.id);
    expect(journal.evidence.wins.list({ kind: 'skill' }).total).toBe(2);
    expect(journal.evidence.wins.list({ area: 'family' }).total).toBe(1);
    expect(journal.evidence.wins.list({ year: 2025 }).wins.map((win) => win.date)).toEqual(['2025-07-01', '2025-05-01']);
    const { years, total } = journal.evidence.wins.overview();
    expect(total).toBe(3);
    expect(years.map((year) => [year.year, year.counts.skill, year.counts.helped])).toEqual([
      [2024, 1, 0],
      [2025, 1, 1],
    ]);
  });

  it('are purged from the trash only after 30 days on this journal’s own clock', async () => {
    const journal = await open();
    const win = await journal.evidence.wins.save(winDraft());
    await journal.evidence.wins.records.trash(win.id);
    advanceDays(29);
    expect((await open()).evidence.wins.records.find(win.id)).toBeDefined();
    advanceDays(2);
    expect((await open()).evidence.wins.records.find(win.id)).toBeUndefined();
  });

  it('can be deleted for good only from the trash', async () => {
    const journal = await open();
    const win = await journal.evidence.wins.save(winDraft());
    await expect(journal.evidence.wins.records.purge(win.id)).rejects.toThrow(/Only a win in the trash/);
    await journal.evidence.wins.records.trash(win.id);
    await expect(journal.evidence.wins.save({ ...winDraft(), id: win.id })).rejects.toThrow(/in the trash/);
    await journal.evidence.wins.records.purge(win.id);
    expect((await open()).evidence.wins.records.find(win.id)).toBeUndefined();
  });

  it('bring back an older win each time, never one in the trash', async () => {
    const journal = await open();
    const old = await journal.evidence.wins.save(winDraft({ date: '2025-01-01' }));
    const older = await journal.evidence.wins.save(winDraft({ date: '2024-01-01' }));
    const trashed = await journal.evidence.wins.save(winDraft({ date: '2023-01-01' }));
    await journal.evidence.wins.records.trash(trashed.id);
    const seen = Array.from({ length: 8 }, () => journal.evidence.wins.remember(journal.today())?.id);
    for (let i = 1; i < seen.length; i++) expect(seen[i]).not.toBe(seen[i - 1]);
    expect(new Set(seen)).toEqual(new Set([old.id, older.id]));
  });
});
