import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inlineFramer } from '../../../electron/vault/framing/entry-framer';
import { Journal } from '../../../electron/vault/journal';
import { nodeFileSystem } from '../../../electron/vault/storage/file-system';
import { recordPath } from '../../../electron/vault/storage/record-paths';
import { RecordStore } from '../../../electron/vault/storage/record-store';

const opened: Journal[] = [];
const track = (journal: Journal) => {
  opened.push(journal);
  return journal;
};
import { useTempFolder } from '../../support/use-temp-folder';

const folder = useTempFolder();
let clock = new Date('2026-03-01T10:00:00Z');
const key = new Uint8Array(32).fill(9);
const open = async () => track(await Journal.open(new RecordStore(nodeFileSystem, folder(), key), () => clock, inlineFramer(), { manifestExpected: false }));
const draft = (over: Partial<{ title: string; body: string; tags: string[]; date: string }> = {}) => ({
  title: 'A day', date: '2026-02-27', body: 'Nothing much.', tags: [] as string[], ...over,
});

beforeEach(async () => {
  clock = new Date('2026-03-01T10:00:00Z');
});
afterEach(async () => {
  // Framing is saved after each save; let it land before the folder goes.
  await Promise.all(opened.splice(0).map((journal) => journal.settle()));
});

describe('journal entries', () => {
  it('saves one file per entry and reopens them', async () => {
    const journal = await open();
    const a = await journal.save(draft({ title: 'Interview', tags: ['work', 'Work', ' career '] }));
    const b = await journal.save(draft({ title: 'Run', date: '2026-02-28' }));
    expect(a.tags).toEqual(['work', 'career']);
    const edited = await journal.save({ ...draft({ title: 'Interview, again' }), id: a.id });
    expect(edited.createdAt).toBe(a.createdAt);
    const reopened = await open();
    expect(reopened.list({}).entries.map((entry) => entry.title)).toEqual(['Run', 'Interview, again']);
    expect(reopened.get(b.id).date).toBe('2026-02-28');
    expect(await readdir(join(folder(), 'records', a.id.slice(0, 2)))).toContain(`${a.id}.bfr`);
  });

  it('finds entries by words, prefixes and tags, and ignores accents and case', async () => {
    const journal = await open();
    await journal.save(draft({ title: 'Café meeting', body: 'We talked about the launch.', tags: ['work'] }));
    await journal.save(draft({ title: 'Garden', body: 'Planted tomatoes after the launch party.', tags: ['home'] }));
    expect(journal.list({ query: 'cafe' }).entries.map((e) => e.title)).toEqual(['Café meeting']);
    expect(journal.list({ query: 'launch' }).total).toBe(2);
    expect(journal.list({ query: 'launch', tags: ['HOME'] }).entries.map((e) => e.title)).toEqual(['Garden']);
    expect(journal.list({ query: 'tomat' }).entries.map((e) => e.title)).toEqual(['Garden']);
    expect(journal.list({ query: 'launch tomatoes' }).total).toBe(1);
    expect(journal.tags()).toEqual([{ name: 'home', count: 1 }, { name: 'work', count: 1 }]);
  });

  it('moves deleted entries to the trash, restores them, and purges after 30 days', async () => {
    const journal = await open();
    const gone = await journal.save(draft({ title: 'Regret', body: 'unique-trash-word' }));
    const kept = await journal.save(draft({ title: 'Keep' }));
    await journal.trash(gone.id);
    expect(journal.list({}).entries.map((e) => e.title)).toEqual(['Keep']);
    expect(journal.list({ query: 'unique' }).total).toBe(0);
    expect(journal.list({ trash: true }).entries.map((e) => e.title)).toEqual(['Regret']);
    await expect(journal.save({ ...draft(), id: gone.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await journal.restore(gone.id);
    expect(journal.list({ query: 'unique' }).total).toBe(1);
    await expect(journal.purge(kept.id)).rejects.toMatchObject({ message: /Only entries in the trash/ });

    await journal.trash(gone.id);
    clock = new Date('2026-03-29T10:00:00Z');
    expect((await open()).list({ trash: true }).total).toBe(1);
    clock = new Date('2026-04-01T10:00:00Z');
    const later = await open();
    expect(later.list({ trash: true }).total).toBe(0);
    expect(later.list({}).total).toBe(1);
  });

  it('searches the trash by its entries\' titles and words, and only the trash', async () => {
    const journal = await open();
    const letter = await journal.save(draft({ title: 'Unsent letter', body: 'Dear Sam, I am sorry about Friday.' }));
    const shopping = await journal.save(draft({ title: 'Shopping', body: 'Bread and milk.' }));
    await journal.save(draft({ title: 'Kept', body: 'Still sorry, and still here.' }));
    await journal.trash(letter.id);
    clock = new Date('2026-03-02T10:00:00Z');
    await journal.trash(shopping.id);
    const inTrash = (query: string) => journal.list({ trash: true, query }).entries.map((entry) => entry.title);
    expect(inTrash('SORRY')).toEqual(['Unsent letter']);
    expect(inTrash('shopping')).toEqual(['Shopping']);
    expect(inTrash('not written anywhere')).toEqual([]);
    expect(inTrash('  ')).toEqual(['Shopping', 'Unsent letter']);
  });

  it('deletes for good from the trash', async () => {
    const journal = await open();
    const entry = await journal.save(draft());
    await journal.trash(entry.id);
    await journal.purge(entry.id);
    expect(() => journal.get(entry.id)).toThrow(/no longer exists/);
    expect((await open()).list({ trash: true }).total).toBe(0);
  });

  it('reports a damaged record by name and still opens the rest', async () => {
    const journal = await open();
    const hurt = await journal.save(draft({ title: 'Hurt' }));
    await journal.save(draft({ title: 'Fine' }));
    const { writeFile } = await import('node:fs/promises');
    await writeFile(recordPath(folder(), hurt.id), Buffer.from('garbage that is long enough to look like a record at all'));
    const reopened = await open();
    expect(reopened.list({}).entries.map((e) => e.title)).toEqual(['Fine']);
    expect(reopened.damaged).toHaveLength(1);
    expect(reopened.damaged[0]!.reason).toMatch(hurt.id);
  });

  it('serialises saves of one entry so the last one wins on disk', async () => {
    const journal = await open();
    const entry = await journal.save(draft());
    await Promise.all(Array.from({ length: 20 }, (_, i) => journal.save({ ...draft({ body: `version ${i}` }), id: entry.id })));
    expect((await open()).get(entry.id).body).toBe('version 19');
  });

  it('keeps settings encrypted in the journal', async () => {
    const journal = await open();
    expect(journal.getSettings().autoLockMinutes).toBe(10);
    await journal.updateSettings({ autoLockMinutes: 30 });
    expect((await open()).getSettings().autoLockMinutes).toBe(30);
  });
});
