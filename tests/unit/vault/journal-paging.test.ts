import { afterEach, describe, expect, it } from 'vitest';
import { Journal, type ListQuery } from '../../../electron/vault/journal';
import { inlineFramer } from '../../../electron/vault/framing/entry-framer';
import { nodeFileSystem } from '../../../electron/vault/storage/file-system';
import { RecordStore } from '../../../electron/vault/storage/record-store';
import { everyRow } from '../../../shared/api/paging';
import { useTempFolder } from '../../support/use-temp-folder';

/** The journal keeps its lists as it saves, trashes, restores, purges, frames and opens. */

const folder = useTempFolder();
const key = new Uint8Array(32).fill(4);
let clock = Date.parse('2026-03-01T10:00:00.000Z');
const opened: Journal[] = [];
const open = async () => {
  const journal = await Journal.open(new RecordStore(nodeFileSystem, folder(), key), () => new Date((clock += 1000)), inlineFramer(), { manifestExpected: false });
  opened.push(journal);
  return journal;
};
afterEach(async () => {
  await Promise.all(opened.splice(0).map((journal) => journal.settle()));
});
const page = (title: string, date: string, body = 'A day like others.') => ({ title, date, body, tags: [] as string[] });
const titles = async (journal: Journal, query: ListQuery = {}) => (await everyRow((request) => journal.list(request), query)).map((row) => row.title);

describe('the journal, page by page', () => {
  it('lists newest day first, then the entry written last, and an edit of the words never moves it', async () => {
    const journal = await open();
    const first = await journal.save(page('First on Monday', '2026-02-23'));
    await journal.save(page('Tuesday', '2026-02-24'));
    await journal.save(page('Second on Monday', '2026-02-23'));
    expect(await titles(journal)).toEqual(['Tuesday', 'Second on Monday', 'First on Monday']);

    const top = journal.list({ limit: 2 });
    expect(top.entries.map((row) => row.title)).toEqual(['Tuesday', 'Second on Monday']);
    expect(top.total).toBe(3);
    await journal.save({ ...page('First on Monday, edited', '2026-02-23', 'More words.'), id: first.id });
    const rest = journal.list({ limit: 2, after: top.next! });
    expect(rest.entries.map((row) => [row.title, row.excerpt])).toEqual([['First on Monday, edited', 'More words.']]);
    expect(rest.next).toBeNull();

    // A new day moves it: to the top, which the walk has already passed.
    await journal.save({ ...page('First on Monday, moved', '2026-02-25'), id: first.id });
    expect(journal.list({ limit: 2, after: top.next! }).entries).toEqual([]);
    expect(await titles(journal)).toEqual(['First on Monday, moved', 'Tuesday', 'Second on Monday']);
  });

  it('moves rows between the journal and the trash, and forgets a purged one', async () => {
    const journal = await open();
    const a = await journal.save(page('A', '2026-01-01'));
    const b = await journal.save(page('B', '2026-01-02'));
    await journal.trash(a.id);
    await journal.trash(b.id);
    expect(await titles(journal)).toEqual([]);
    expect(await titles(journal, { trash: true })).toEqual(['B', 'A']);
    await journal.restore(a.id);
    expect(await titles(journal)).toEqual(['A']);
    await journal.purge(b.id);
    expect(journal.list({ trash: true })).toMatchObject({ entries: [], total: 0, next: null });
  });

  it('opens to the same order it left, framing marks included, kinds apart', async () => {
    const journal = await open();
    for (let day = 1; day <= 9; day++) await journal.save({ ...page(`Day ${day}`, `2026-01-0${day}`, 'I am useless and I always fail.'), kind: day % 3 ? 'page' : 'reflection' });
    await journal.settle();
    const before = journal.list({ limit: 4 });
    expect(before.entries.every((row) => row.framing !== null)).toBe(true);
    const reopened = await open();
    expect(reopened.list({ limit: 4 })).toEqual(before);
    expect(await titles(reopened)).toEqual(['Day 9', 'Day 8', 'Day 7', 'Day 6', 'Day 5', 'Day 4', 'Day 3', 'Day 2', 'Day 1']);
    expect(await titles(reopened, { kind: 'reflection' })).toEqual(['Day 9', 'Day 6', 'Day 3']);
    expect(reopened.list({ kind: 'reflection', limit: 1 }).total).toBe(3);
  });

  it('carries the wins a search finds on its first page only', async () => {
    const journal = await open();
    for (let i = 0; i < 3; i++) await journal.save(page(`Lantern ${i}`, '2026-01-01', 'lantern'));
    await journal.evidence.wins.save({ title: 'Lit the lantern', date: '2026-01-01', story: 'lantern', kind: 'skill', area: 'work' });
    const first = journal.list({ query: 'lantern', limit: 2 });
    expect(first.wins?.map((win) => win.title)).toEqual(['Lit the lantern']);
    expect(first.total).toBe(3);
    const second = journal.list({ query: 'lantern', limit: 2, after: first.next! });
    expect(second.entries).toHaveLength(1);
    expect(second.wins).toBeUndefined();
  });
});
