import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { Entry } from '../../../shared/domain/entry';
import { INDEXED_AT_OPEN } from '../../../electron/vault/background-indexing';
import { inlineFramer } from '../../../electron/vault/framing/entry-framer';
import { Journal } from '../../../electron/vault/journal';
import { nodeFileSystem } from '../../../electron/vault/storage/file-system';
import { RecordStore } from '../../../electron/vault/storage/record-store';
import { useTempFolder } from '../../support/use-temp-folder';

// Promise: a large journal's list is there at unlock; full-text search fills in after it,
// searches meanwhile say how far along it is, and a lock stops the work and keeps nothing.
const folder = useTempFolder('bf-opening-', { perFile: true });
const key = new Uint8Array(32).fill(5);
const COUNT = INDEXED_AT_OPEN + 150;
const HERONS = 40;
const FRAMED = { label: 'neutral', score: 0, shares: { shame: 0, accountability: 0, blame: 0, neutral: 1 }, sentences: 1, corrected: false } as const;
const opened: Journal[] = [];

afterEach(async () => {
  await Promise.all(opened.splice(0).map((journal) => journal.settle()));
});

const ids: string[] = [];

/** Entries written straight through the store, already framed, so opening has nothing to frame. */
async function seeded(dir: string): Promise<void> {
  await mkdir(dir);
  const store = new RecordStore(nodeFileSystem, dir, key);
  await store.startManifest();
  for (let i = 0; i < COUNT; i++) {
    const stamp = new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString();
    const entry: Entry = {
      id: randomUUID(),
      kind: 'page',
      title: i < HERONS ? `Heron day ${i}` : `Day ${i}`,
      date: '2026-01-01',
      body: `pelican walk uniq${i}`,
      tags: i % 2 ? ['odd'] : [],
      reflection: null,
      corrections: [],
      framing: FRAMED,
      createdAt: stamp,
      updatedAt: stamp,
      deletedAt: null,
    };
    await store.write({ id: entry.id, kind: 'entry' }, entry, { title: entry.title });
    ids.push(entry.id);
  }
}

let seededDir: string | null = null;
async function open(): Promise<Journal> {
  if (seededDir === null) {
    await seeded(`${folder()}/journal`);
    seededDir = `${folder()}/journal`;
  }
  const journal = await Journal.open(new RecordStore(nodeFileSystem, seededDir, key), () => new Date(), inlineFramer(), { manifestExpected: true });
  opened.push(journal);
  return journal;
}

/** An entry whose body words are not searchable yet (still queued), found through the public API. */
function queuedOne(journal: Journal, except: string[] = []): Entry {
  for (const id of ids) {
    const entry = journal.get(id);
    const word = /uniq\d+/u.exec(entry.body)![0];
    if (!except.includes(entry.id) && journal.list({ query: word }).total === 0) return entry;
  }
  throw new Error('every entry was already indexed');
}

describe('opening a large journal', () => {
  it('lists every entry at once, then finds bodies as the index fills, saying how far it has come', async () => {
    const journal = await open();
    const progress = journal.opening();
    expect(progress).not.toBeNull();
    expect(progress!.total).toBe(COUNT);
    expect(progress!.done).toBeGreaterThanOrEqual(INDEXED_AT_OPEN);
    expect(progress!.done).toBeLessThan(COUNT);
    expect(journal.list({}).total).toBe(COUNT);
    // Body words: only the entries indexed so far. Titles and tags: every entry.
    const early = journal.list({ query: 'pelican' });
    expect(early.total).toBe(progress!.done);
    // The answer says it came from n of N, so the window can say so and ask again.
    expect(early.opening).toEqual(progress);
    expect(journal.list({ query: 'heron' }).total).toBe(HERONS);
    expect(journal.list({ query: 'her' }).total).toBe(HERONS);
    expect(journal.list({ query: 'odd' }).total).toBe(COUNT / 2);
    await journal.whenOpened();
    expect(journal.opening()).toBeNull();
    const ready = journal.list({ query: 'pelican' });
    expect(ready.total).toBe(COUNT);
    expect(ready.opening).toBeUndefined();
    expect(journal.list({ query: 'pelican heron' }).total).toBe(HERONS);
  });

  it('an entry edited or trashed before its turn is found by its new words only', async () => {
    const journal = await open();
    const edited = queuedOne(journal);
    const trashed = queuedOne(journal, [edited.id]);
    const oldWord = /uniq\d+/u.exec(edited.body)![0];
    await journal.save({ id: edited.id, kind: edited.kind, title: edited.title, date: edited.date, body: 'cormorant at dusk', tags: edited.tags });
    await journal.trash(trashed.id);
    expect(journal.list({ query: 'cormorant' }).entries.map((row) => row.id)).toEqual([edited.id]);
    await journal.whenOpened();
    expect(journal.list({ query: 'cormorant' }).entries.map((row) => row.id)).toEqual([edited.id]);
    expect(journal.list({ query: oldWord }).total).toBe(0);
    expect(journal.list({ query: /uniq\d+/u.exec(trashed.body)![0] }).total).toBe(0);
    expect(journal.list({ query: 'pelican' }).total).toBe(COUNT - 2);
  });

  it('a lock while the index is being built stops the work and keeps no words in memory', async () => {
    const journal = await open();
    expect(journal.opening()).not.toBeNull();
    journal.forget();
    expect(journal.opening()).toBeNull();
    await journal.whenOpened();
    expect(journal.list({ query: 'pelican' }).total).toBe(0);
    expect(journal.list({ query: 'heron' }).total).toBe(0);
    expect(journal.list({}).total).toBe(0);
  });
});
