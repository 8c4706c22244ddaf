import type { Entry, EntrySummary } from '../../shared/domain/entry';
import { byKeyDesc, journalKeyOf, summaryOfEntry, trashKeyOf } from '../../shared/domain/list-order';

/**
 * What a list is given for an entry: the entry itself (its row is built the first
 * time a page shows it, so opening a large journal builds none) or its row already
 * made (a summary read from the manifest). Both have what the order and the
 * filters use: id, kind, tags, date, createdAt, deletedAt.
 */
export type Listable = Entry | EntrySummary;

interface Row {
  key: string;
  item: Listable;
  summary: EntrySummary | null;
  /** The search that last matched this row; marking beats building a set of ids per search. */
  mark: number;
}

/** Below this share of the list, matches are sorted among themselves rather than found by walking the whole list. */
const FEW_MATCHES = 1 / 8;

function summaryOf(row: Row): EntrySummary {
  if (!row.summary) row.summary = 'body' in row.item ? summaryOfEntry(row.item) : row.item;
  return row.summary;
}

/** One page of a list: its rows, and the key to ask for the rows after them (null at the end). */
export interface OrderedPage {
  rows: EntrySummary[];
  next: string | null;
}

/**
 * One list's rows (the journal's, or the trash's) kept in list order as they
 * change, so a page is a binary search and a short walk, never a sort of
 * everything: the first screen and every later page cost the same at 1,000
 * entries or 50,000.
 */
export class EntryOrder {
  /** Sorted by key, descending; null while a bulk load waits for its one sort. */
  private rows: Row[] | null = [];
  private pending: Row[] = [];
  private readonly byId = new Map<string, Row>();
  private searches = 0;

  constructor(private readonly keyOf: (item: Listable) => string) {}

  get size(): number {
    return this.byId.size;
  }

  get(id: string): Listable | undefined {
    return this.byId.get(id)?.item;
  }

  /** Adds or replaces an entry's row; a changed key moves it, a same key replaces it in place. */
  put(item: Listable): void {
    const key = this.keyOf(item);
    const before = this.byId.get(item.id);
    if (before && before.key === key) {
      before.item = item;
      before.summary = null;
      return;
    }
    if (before) this.remove(item.id);
    const row = { key, item, summary: null, mark: 0 };
    this.byId.set(item.id, row);
    const rows = this.sorted();
    rows.splice(this.firstAfter(key, rows), 0, row);
  }

  /** Many rows at once (opening a journal): one sort instead of one insertion each. */
  putAll(items: Iterable<Listable>): void {
    for (const item of items) {
      if (this.byId.has(item.id)) {
        this.put(item);
        continue;
      }
      const row = { key: this.keyOf(item), item, summary: null, mark: 0 };
      this.byId.set(item.id, row);
      if (this.rows) {
        this.pending = this.rows;
        this.rows = null;
      }
      this.pending.push(row);
    }
  }

  remove(id: string): void {
    const row = this.byId.get(id);
    if (!row) return;
    this.byId.delete(id);
    const rows = this.sorted();
    const at = this.firstAfter(row.key, rows) - 1;
    if (rows[at] === row) rows.splice(at, 1);
  }

  clear(): void {
    this.rows = [];
    this.pending = [];
    this.byId.clear();
  }

  /**
   * Up to `limit` rows that `accept` takes, starting just after the key `after`
   * (from the top without one), in list order.
   */
  page(after: string | undefined, limit: number, accept?: (item: Listable) => boolean): OrderedPage {
    const rows = this.sorted();
    const start = after === undefined ? 0 : this.firstAfter(after, rows);
    return pageOf(rows, start, limit, accept);
  }

  /**
   * A page of the rows with these ids (a search's matches; ids not in this list are
   * passed over) that `accept` takes, and how many there are. A few matches are
   * sorted among themselves; many are found by walking the list.
   */
  pageAmong(ids: readonly string[], after: string | undefined, limit: number, accept?: (item: Listable) => boolean): OrderedPage & { total: number } {
    const mark = ++this.searches;
    if (ids.length > this.byId.size * FEW_MATCHES) {
      let total = 0;
      for (const id of ids) {
        const row = this.byId.get(id);
        if (row && row.mark !== mark && (!accept || accept(row.item))) {
          row.mark = mark;
          total += 1;
        }
      }
      const all = this.sorted();
      return { ...pageOf(all, after === undefined ? 0 : this.firstAfter(after, all), limit, undefined, mark), total };
    }
    const rows: Row[] = [];
    for (const id of ids) {
      const row = this.byId.get(id);
      if (row && row.mark !== mark && (!accept || accept(row.item))) {
        row.mark = mark;
        rows.push(row);
      }
    }
    rows.sort((a, b) => byKeyDesc(a.key, b.key));
    return { ...pageOf(rows, after === undefined ? 0 : this.firstAfter(after, rows), limit), total: rows.length };
  }

  /** How many rows `accept` takes. */
  count(accept: (item: Listable) => boolean): number {
    let count = 0;
    for (const row of this.byId.values()) if (accept(row.item)) count += 1;
    return count;
  }

  private sorted(): Row[] {
    if (!this.rows) {
      this.rows = this.pending.sort((a, b) => byKeyDesc(a.key, b.key));
      this.pending = [];
    }
    return this.rows;
  }

  /** The index of the first row whose key comes after `key` in list order (is smaller). */
  private firstAfter(key: string, rows: readonly Row[]): number {
    let low = 0;
    let high = rows.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (rows[middle]!.key >= key) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/** Up to `limit` rows from `start` that `accept` takes (and, with `mark`, only rows bearing it). */
function pageOf(rows: readonly Row[], start: number, limit: number, accept?: (item: Listable) => boolean, mark?: number): OrderedPage {
  const page: EntrySummary[] = [];
  let last: Row | undefined;
  for (let at = start; at < rows.length; at++) {
    const row = rows[at]!;
    if ((mark !== undefined && row.mark !== mark) || (accept && !accept(row.item))) continue;
    // One more accepted row than asked for: there is a next page, and it starts after the last row given.
    if (page.length === limit) return { rows: page, next: last!.key };
    page.push(summaryOf(row));
    last = row;
  }
  return { rows: page, next: null };
}

/** The journal's list and the trash's: an entry is in exactly one, by whether it is trashed. */
export class EntryLists {
  readonly journal = new EntryOrder(journalKeyOf);
  readonly trash = new EntryOrder(trashKeyOf);

  put(item: Listable): void {
    const [into, outOf] = item.deletedAt ? [this.trash, this.journal] : [this.journal, this.trash];
    outOf.remove(item.id);
    into.put(item);
  }

  putAll(items: Iterable<Listable>): void {
    const live: Listable[] = [];
    const trashed: Listable[] = [];
    for (const item of items) {
      (item.deletedAt ? this.journal : this.trash).remove(item.id);
      (item.deletedAt ? trashed : live).push(item);
    }
    this.journal.putAll(live);
    this.trash.putAll(trashed);
  }

  remove(id: string): void {
    this.journal.remove(id);
    this.trash.remove(id);
  }

  clear(): void {
    this.journal.clear();
    this.trash.clear();
  }
}
