import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EntryLists } from '../../../electron/vault/entry-order';
import { listPage, type ListPage, type ListQuery } from '../../../electron/vault/entry-queries';
import { SearchIndex } from '../../../electron/vault/search-index';
import type { Entry, EntryKind } from '../../../shared/domain/entry';
import { journalKeyOf, summaryOfEntry, trashKeyOf } from '../../../shared/domain/list-order';

/**
 * Paging through a list while the journal changes between pages. The lists and
 * index are driven the way the journal drives them (every change puts the entry's
 * row and updates the index); a plain model says what each page must hold.
 */

// No word is a prefix of another, so "matches" is simply "contains the word".
const WORDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf'] as const;
const TAGS = ['work', 'home'] as const;
const DAYS = ['2026-01-01', '2026-01-02', '2026-01-03', '2026-02-10'] as const;

interface Draft {
  day: number;
  kind: EntryKind;
  tags: string[];
  words: string[];
}

type Op =
  | { op: 'add'; draft: Draft; tick: number }
  | { op: 'edit'; pick: number; draft: Draft; keepDay: boolean; tick: number }
  | { op: 'trash' | 'restore' | 'purge'; pick: number; tick: number };

const draftArb = fc.record({
  day: fc.nat(DAYS.length - 1),
  kind: fc.constantFrom<EntryKind>('page', 'reflection'),
  tags: fc.subarray([...TAGS]),
  // Alpha is common and golf rare, so searches take both ways to a page: sorting a few matches, and walking the list.
  words: fc.array(fc.oneof({ weight: 30, arbitrary: fc.constantFrom('alpha', 'alpha', 'alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot') }, { weight: 1, arbitrary: fc.constant('golf') }), {
    minLength: 1,
    maxLength: 4,
  }),
});
// A tick of 0 gives two entries the same createdAt, so the id has to break the tie.
const tickArb = fc.nat(2);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('add' as const), draft: draftArb, tick: tickArb }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('edit' as const), pick: fc.nat(), draft: draftArb, keepDay: fc.boolean(), tick: tickArb }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constantFrom('trash' as const, 'restore' as const, 'purge' as const), pick: fc.nat(), tick: tickArb }) },
);

const queryArb: fc.Arbitrary<ListQuery> = fc.record(
  {
    query: fc.constantFrom(...WORDS, 'golf', 'golf'),
    tags: fc.subarray([...TAGS], { minLength: 1 }),
    kind: fc.constantFrom<EntryKind>('page', 'reflection'),
    trash: fc.boolean(),
  },
  { requiredKeys: [] },
).map((query) => (query.trash ? { trash: true, ...(query.tags ? { tags: query.tags } : {}) } : query));

/** A journal double: entries in memory, their rows and index kept as the journal keeps them. */
class Model {
  readonly entries = new Map<string, Entry>();
  readonly lists = new EntryLists();
  readonly index = new SearchIndex();
  private clock = Date.parse('2026-03-01T10:00:00.000Z');
  private serial = 0;
  private puts = 0;

  apply(op: Op): void {
    this.clock += op.tick;
    const stamp = new Date(this.clock).toISOString();
    const ids = [...this.entries.keys()];
    if (op.op === 'add') {
      this.serial += 1;
      const id = `00000000-0000-4000-8000-${String(this.serial * 7919 % 1_000_003).padStart(12, '0')}`;
      this.put({ ...entryFrom(op.draft), id, createdAt: stamp, updatedAt: stamp, deletedAt: null });
      return;
    }
    if (ids.length === 0) return;
    const before = this.entries.get(ids[op.pick % ids.length]!)!;
    if (op.op === 'edit') {
      if (before.deletedAt) return;
      const next = entryFrom(op.draft);
      this.put({ ...before, ...next, date: op.keepDay ? before.date : next.date, updatedAt: stamp });
    } else if (op.op === 'trash' && !before.deletedAt) this.put({ ...before, deletedAt: stamp });
    else if (op.op === 'restore' && before.deletedAt) this.put({ ...before, deletedAt: null, updatedAt: stamp });
    else if (op.op === 'purge' && before.deletedAt) {
      this.entries.delete(before.id);
      this.lists.remove(before.id);
      this.index.remove(before.id);
    }
  }

  page(query: ListQuery): ListPage {
    return listPage({ lists: this.lists, index: this.index, entries: this.entries }, query);
  }

  /** What the list holds now, in its order, by brute force. */
  expected(query: ListQuery): { id: string; key: string }[] {
    const keyOf = query.trash ? trashKeyOf : journalKeyOf;
    return [...this.entries.values()]
      .filter((entry) => matches(entry, query))
      .map((entry) => ({ id: entry.id, key: keyOf(entry) }))
      .sort((a, b) => (a.key > b.key ? -1 : 1));
  }

  private put(entry: Entry): void {
    this.entries.set(entry.id, entry);
    // The journal lists entries; a manifest's rows come as summaries: both must list alike.
    this.puts += 1;
    this.lists.put(this.puts % 2 ? entry : summaryOfEntry(entry));
    if (entry.deletedAt) this.index.remove(entry.id);
    else this.index.upsert(entry);
  }
}

function entryFrom(draft: Draft): Pick<Entry, 'kind' | 'title' | 'date' | 'body' | 'tags' | 'reflection' | 'corrections' | 'framing'> {
  return { kind: draft.kind, title: 'Entry', date: DAYS[draft.day]!, body: draft.words.join(' '), tags: draft.tags, reflection: null, corrections: [], framing: null };
}

function matches(entry: Entry, { query, tags = [], kind, trash = false }: ListQuery): boolean {
  if (Boolean(entry.deletedAt) !== trash) return false;
  if (kind && entry.kind !== kind) return false;
  if (!tags.every((tag) => entry.tags.includes(tag))) return false;
  return !query || entry.body.split(' ').includes(query);
}

/** Checks one page against the list as it is at the moment of asking: exactly the next rows after the cursor. */
function checkPage(model: Model, query: ListQuery, after: string | undefined, limit: number, page: ListPage): void {
  const now = model.expected(query);
  expect(page.total).toBe(now.length);
  const rest = after === undefined ? now : now.filter((row) => row.key < after);
  expect(page.entries.map((row) => row.id)).toEqual(rest.slice(0, limit).map((row) => row.id));
  expect(page.next).toBe(rest.length > limit ? rest[limit - 1]!.key : null);
}

describe('paged lists', () => {
  it('give each page exactly the rows after its cursor, with the right total, however the journal changed in between', () => {
    fc.assert(
      fc.property(
        fc.array(opArb, { minLength: 20, maxLength: 120 }),
        queryArb,
        fc.integer({ min: 1, max: 7 }),
        fc.array(fc.array(opArb, { maxLength: 4 }), { maxLength: 30 }),
        (seed, query, limit, between) => {
          const model = new Model();
          for (const op of seed) model.apply(op);
          // Everything in the list at the start whose row never changes place must come exactly once, in order.
          const keyAtStart = new Map(model.expected(query).map((row) => [row.id, row.key]));
          const stable = new Set(keyAtStart.keys());
          const seen: { id: string; key: string }[] = [];
          let after: string | undefined;
          let pages = 0;
          do {
            const page = model.page({ ...query, limit, ...(after === undefined ? {} : { after }) });
            checkPage(model, query, after, limit, page);
            const keyOf = query.trash ? trashKeyOf : journalKeyOf;
            seen.push(...page.entries.map((row) => ({ id: row.id, key: keyOf(row) })));
            after = page.next ?? undefined;
            for (const op of between[pages] ?? []) {
              model.apply(op);
              const now = new Map(model.expected(query).map((row) => [row.id, row.key]));
              for (const id of stable) if (now.get(id) !== keyAtStart.get(id)) stable.delete(id);
            }
            pages += 1;
          } while (after !== undefined);
          // One walk is strictly in list order, so no row (at one place) comes twice.
          for (let i = 1; i < seen.length; i++) expect(seen[i]!.key < seen[i - 1]!.key).toBe(true);
          const shown = seen.map((row) => row.id);
          for (const id of stable) expect(shown.filter((own) => own === id)).toHaveLength(1);
          const stableOrder = [...keyAtStart].filter(([id]) => stable.has(id)).map(([id]) => id);
          expect(shown.filter((id) => stable.has(id))).toEqual(stableOrder);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('answer a first page and its total without a cursor, and refuse a cursor from the other list', () => {
    const model = new Model();
    for (let i = 0; i < 150; i++) model.apply({ op: 'add', draft: { day: i % 4, kind: 'page', tags: [], words: ['alpha'] }, tick: 1 });
    const first = model.page({});
    expect(first.entries).toHaveLength(100);
    expect(first.total).toBe(150);
    expect(model.page({ after: first.next!, limit: 1000 }).entries).toHaveLength(50);
    model.apply({ op: 'trash', pick: 0, tick: 1 });
    const trash = model.page({ trash: true });
    expect(trash.entries).toHaveLength(1);
    expect(() => model.page({ after: trashKeyOf(trash.entries[0]!) })).toThrow(/start again from the top/);
    expect(() => model.page({ trash: true, after: first.next! })).toThrow(/start again from the top/);
  });

  it('search the trash by its words, page by page', () => {
    const model = new Model();
    for (let i = 0; i < 9; i++) {
      model.apply({ op: 'add', draft: { day: 0, kind: 'page', tags: [], words: [i % 3 ? 'alpha' : 'bravo'] }, tick: 1 });
      model.apply({ op: 'trash', pick: i, tick: 1 });
    }
    const first = model.page({ trash: true, query: 'Bravo', limit: 2 });
    expect(first.total).toBe(3);
    const second = model.page({ trash: true, query: 'bravo', limit: 2, after: first.next! });
    expect([...first.entries, ...second.entries].map((row) => row.id)).toEqual(model.expected({ trash: true, query: 'bravo' }).map((row) => row.id));
    expect(second.next).toBeNull();
  });
});
