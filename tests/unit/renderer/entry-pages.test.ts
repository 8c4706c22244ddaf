import fc from 'fast-check';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { EntryLists } from '../../../electron/vault/entry-order';
import { listPage } from '../../../electron/vault/entry-queries';
import { SearchIndex } from '../../../electron/vault/search-index';
import type { ApiRequest, ApiResponse } from '../../../shared/api/contract';
import type { Entry } from '../../../shared/domain/entry';
import { journalKeyOf, summaryOfEntry } from '../../../shared/domain/list-order';
import { EntryPages, FIRST_PAGE } from '../../../renderer/src/journal-screen/journal/entryPages';

/** The journal behind the window's list: its real lists and paging, over entries in memory. */
class Backend {
  readonly entries = new Map<string, Entry>();
  readonly lists = new EntryLists();
  readonly index = new SearchIndex();
  requests = 0;
  private serial = 0;

  readonly list = async (request: ApiRequest<'entries.list'>): Promise<ApiResponse<'entries.list'>> => {
    this.requests += 1;
    await nextTurn();
    return listPage({ lists: this.lists, index: this.index, entries: this.entries }, request);
  };

  add(day: number, kind: Entry['kind'] = 'page'): Entry {
    this.serial += 1;
    const stamp = new Date(Date.parse('2026-03-01T00:00:00.000Z') + this.serial * 1000).toISOString();
    const id = `00000000-0000-4000-8000-${String(this.serial).padStart(12, '0')}`;
    return this.put({ id, kind, title: `Entry ${this.serial}`, date: dayOf(day), body: 'words', tags: [], reflection: null, corrections: [], framing: null, createdAt: stamp, updatedAt: stamp, deletedAt: null });
  }

  put(entry: Entry): Entry {
    this.entries.set(entry.id, entry);
    this.lists.put(entry);
    return entry;
  }

  /** The whole list now, in order, as ids. */
  all(kind?: Entry['kind']): string[] {
    return [...this.entries.values()]
      .filter((entry) => !entry.deletedAt && (!kind || entry.kind === kind))
      .sort((a, b) => (journalKeyOf(a) > journalKeyOf(b) ? -1 : 1))
      .map((entry) => entry.id);
  }
}

const dayOf = (day: number) => new Date(Date.UTC(2020, 0, 1 + day)).toISOString().slice(0, 10);

/** Until no request has been made for a few turns: every page asked for has come. */
async function settle(backend: Backend): Promise<void> {
  let seen = -1;
  for (let quiet = 0; quiet < 4; ) {
    await nextTurn();
    quiet = backend.requests === seen ? quiet + 1 : 0;
    seen = backend.requests;
  }
}

describe("the journal list's pages in the window", () => {
  it('loads the first page, then pages as rows are wanted, and says when there are no more', async () => {
    const backend = new Backend();
    for (let i = 0; i < 2_500; i++) backend.add(i % 400);
    const pages = new EntryPages(backend.list);
    pages.show({});
    await settle(backend);
    expect(pages.snapshot()).toMatchObject({ ready: true, total: 2_500, more: true });
    expect(pages.snapshot().rows.map((row) => row.id)).toEqual(backend.all().slice(0, FIRST_PAGE));
    pages.want(2_500);
    await settle(backend);
    expect(pages.snapshot().rows.map((row) => row.id)).toEqual(backend.all());
    expect(pages.snapshot().more).toBe(false);
  });

  it('never lets an answer for words no longer shown replace the list', async () => {
    const backend = new Backend();
    for (let i = 0; i < 10; i++) backend.add(i, i % 2 ? 'page' : 'reflection');
    const pages = new EntryPages(backend.list);
    pages.show({});
    pages.show({ kind: 'reflection' });
    const shown: string[][] = [];
    pages.subscribe(() => shown.push(pages.snapshot().rows.map((row) => row.kind)));
    await settle(backend);
    expect(shown.length).toBeGreaterThan(0);
    for (const kinds of shown) expect(kinds.every((kind) => kind === 'reflection')).toBe(true);
    expect(pages.snapshot().rows.map((row) => row.id)).toEqual(backend.all('reflection'));
    expect(pages.snapshot().total).toBe(5);
  });

  it('loads down to an entry brought back far down the list, so it can take focus', async () => {
    const backend = new Backend();
    for (let i = 0; i < 1_000; i++) backend.add(i);
    const oldest = backend.entries.get(backend.all().at(-1)!)!;
    const pages = new EntryPages(backend.list);
    pages.show({});
    await settle(backend);
    pages.reveal(oldest);
    await settle(backend);
    expect(pages.snapshot().rows.some((row) => row.id === oldest.id)).toBe(true);
  });

  it("keeps the loaded rows exactly the list's first rows through the window's own saves and trash", async () => {
    await fc.assert(
      fc.asyncProperty(
        // More than a first page, so saves land both among the loaded rows and beyond them.
        fc.array(fc.nat(60), { minLength: 90, maxLength: 260 }),
        fc.array(
          fc.oneof(
            fc.record({ op: fc.constant('add' as const), day: fc.nat(60) }),
            fc.record({ op: fc.constant('redate' as const), pick: fc.nat(), day: fc.nat(60) }),
            fc.record({ op: fc.constant('reword' as const), pick: fc.nat() }),
            fc.record({ op: fc.constant('trash' as const), pick: fc.nat() }),
            fc.record({ op: fc.constant('want' as const), count: fc.nat(200) }),
          ),
          { maxLength: 25 },
        ),
        async (days, ops) => {
          const backend = new Backend();
          for (const day of days) backend.add(day);
          const pages = new EntryPages(backend.list);
          pages.show({});
          await settle(backend);
          for (const op of ops) {
            const live = backend.all();
            const picked = live.length ? backend.entries.get(live[('pick' in op ? op.pick : 0) % live.length]!)! : undefined;
            if (op.op === 'want') pages.want(op.count);
            else if (op.op === 'add') pages.saved(summaryOfEntry(backend.add(op.day)), false);
            else if (picked && op.op === 'redate') pages.saved(summaryOfEntry(backend.put({ ...picked, date: dayOf(op.day), updatedAt: new Date().toISOString() })), false);
            else if (picked && op.op === 'reword') pages.saved(summaryOfEntry(backend.put({ ...picked, body: `${picked.body} more` })), false);
            else if (picked && op.op === 'trash') {
              backend.put({ ...picked, deletedAt: new Date().toISOString() });
              pages.trashed(picked.id);
            }
            if (ops.indexOf(op) % 3 === 0) await settle(backend);
          }
          await settle(backend);
          const view = pages.snapshot();
          const all = backend.all();
          expect(view.rows.map((row) => row.id)).toEqual(all.slice(0, view.rows.length));
          expect(view.rows.map((row) => row.excerpt)).toEqual(view.rows.map((row) => summaryOfEntry(backend.entries.get(row.id)!).excerpt));
          expect(view.total).toBe(all.length);
          expect(view.more).toBe(view.rows.length < all.length);
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);
});
