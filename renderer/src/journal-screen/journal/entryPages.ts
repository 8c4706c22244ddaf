import type { ApiRequest, ApiResponse } from '../../../../shared/api/contract';
import type { EntrySummary } from '../../../../shared/domain/entry';
import { journalKeyOf, LIST_PAGE_MAX } from '../../../../shared/domain/list-order';

type ListRequest = ApiRequest<'entries.list'>;
type ListAnswer = ApiResponse<'entries.list'>;
/** Which list: the words, tags and kind; the pages are this class's business. */
export type ListFilter = Omit<ListRequest, 'limit' | 'after' | 'trash'>;

/** Enough rows for the first screen of any window, and a little scrolling. */
export const FIRST_PAGE = 100;

export interface PagesView {
  rows: EntrySummary[];
  total: number;
  /** More rows wait beyond the loaded ones. */
  more: boolean;
  wins: NonNullable<ListAnswer['wins']>;
  opening: ListAnswer['opening'] | null;
  ready: boolean;
  error: unknown;
}

/**
 * The journal list's rows as the window holds them: the first page at once, the
 * rest page by page as scrolling (or a key) reaches them, one request at a time.
 * A refresh asks again for everything loaded so far; the window's own saves and
 * trash change the loaded rows at once, where they belong in the list's order.
 */
export class EntryPages {
  private filter: ListFilter = {};
  private generation = 0;
  private rows: EntrySummary[] = [];
  private total = 0;
  private next: string | null = null;
  private wins: PagesView['wins'] = [];
  private opening: PagesView['opening'] = null;
  private ready = false;
  private error: unknown = null;
  private wanted = FIRST_PAGE;
  /** A list key to load through (the entry brought back from the trash), then forgotten. */
  private through: string | null = null;
  private needsFirst = false;
  private needsRefresh = false;
  /** The list `next` belongs to: a cursor from the list shown before is never sent with another's words. */
  private nextGeneration = 0;
  private busy = false;
  private view: PagesView;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly list: (request: ListRequest) => Promise<ListAnswer>) {
    this.view = this.makeView();
  }

  readonly snapshot = (): PagesView => this.view;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Another list (new words, tags): from the top. */
  show(filter: ListFilter): void {
    this.filter = filter;
    this.generation += 1;
    this.wanted = FIRST_PAGE;
    this.through = null;
    this.needsFirst = true;
    this.needsRefresh = false;
    void this.pump();
  }

  /** The window is drawing row `count - 1`: load at least that many. */
  readonly want = (count: number): void => {
    if (count <= this.wanted) return;
    this.wanted = count;
    void this.pump();
  };

  /** Load until the row with this summary's place is loaded, so it can take focus. */
  reveal(summary: Pick<EntrySummary, 'date' | 'createdAt' | 'id'>): void {
    this.through = journalKeyOf(summary);
    void this.pump();
  }

  /** Ask again for every row loaded so far (framing marks landed, an entry came back). */
  refresh(): void {
    this.needsRefresh = true;
    void this.pump();
  }

  /**
   * An entry this window just saved. Outside a search it goes where the order puts it
   * if that is among the loaded rows (beyond them, its page brings it); a search keeps
   * its order and puts a new entry first.
   */
  saved(summary: EntrySummary, searching: boolean): void {
    const at = this.rows.findIndex((row) => row.id === summary.id);
    if (searching) {
      if (at >= 0) this.rows = this.rows.map((row) => (row.id === summary.id ? summary : row));
      else this.rows = [summary, ...this.rows];
    } else {
      const others = at >= 0 ? this.rows.filter((row) => row.id !== summary.id) : this.rows;
      const key = journalKeyOf(summary);
      const fits = (this.filter.kind === undefined || this.filter.kind === summary.kind) && (this.next === null || key > this.next);
      if (fits) {
        const place = others.findIndex((row) => journalKeyOf(row) < key);
        this.rows = place < 0 ? [...others, summary] : [...others.slice(0, place), summary, ...others.slice(place)];
      } else this.rows = others;
      // Whether it is new to the list, and where the rows past the loaded ones stand, only the journal knows.
      if (at < 0 || !fits) this.needsRefresh = true;
    }
    if (at < 0) this.total += 1;
    this.publish();
    void this.pump();
  }

  /** An entry this window moved to the trash. */
  trashed(id: string): void {
    if (!this.rows.some((row) => row.id === id)) {
      // Not loaded (opened from elsewhere): whether the list counted it, only the journal knows.
      this.refresh();
      return;
    }
    this.rows = this.rows.filter((row) => row.id !== id);
    this.total = Math.max(0, this.total - 1);
    this.publish();
  }

  private async pump(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      for (;;) {
        const generation = this.generation;
        if (this.needsFirst || this.needsRefresh) {
          const first = this.needsFirst;
          this.needsFirst = false;
          this.needsRefresh = false;
          const target = first ? Math.max(FIRST_PAGE, this.wanted) : Math.max(FIRST_PAGE, this.rows.length);
          await this.reload(generation, target);
        } else if (this.next !== null && this.nextGeneration === generation && (this.rows.length < this.wanted || (this.through !== null && this.next > this.through))) {
          const after = this.next;
          const limit = Math.min(LIST_PAGE_MAX, Math.max(FIRST_PAGE, this.wanted - this.rows.length + FIRST_PAGE / 2));
          const page = await this.ask(generation, { limit, after });
          if (page) this.append(page, generation);
        } else {
          this.through = null;
          break;
        }
      }
    } finally {
      this.busy = false;
    }
  }

  /** The first `target` rows, afresh, replacing the loaded ones only once all have come. */
  private async reload(generation: number, target: number): Promise<void> {
    const first = await this.ask(generation, { limit: Math.min(LIST_PAGE_MAX, target) });
    if (!first) return;
    let rows = [...first.entries];
    let next = first.next;
    while (next !== null && rows.length < target) {
      const page = await this.ask(generation, { limit: Math.min(LIST_PAGE_MAX, target - rows.length), after: next });
      if (!page) return;
      rows = withPage(rows, page.entries);
      next = page.next;
    }
    this.rows = rows;
    this.next = next;
    this.nextGeneration = generation;
    this.total = first.total;
    this.wins = first.wins ?? [];
    this.opening = first.opening ?? null;
    this.ready = true;
    this.publish();
  }

  /** One request; null when the list changed meanwhile (its answer is for a list no longer shown) or it failed. */
  private async ask(generation: number, page: { limit: number; after?: string }): Promise<ListAnswer | null> {
    try {
      const answer = await this.list({ ...this.filter, ...page });
      if (generation !== this.generation) return null;
      this.error = null;
      return answer;
    } catch (failure) {
      if (generation === this.generation) {
        this.error = failure;
        // Nothing more is asked for until something new is wanted, so a failing journal is not hammered.
        this.wanted = this.rows.length;
        this.through = null;
        this.publish();
      }
      return null;
    }
  }

  private append(page: ListAnswer, generation: number): void {
    this.rows = withPage(this.rows, page.entries);
    this.next = page.next;
    this.nextGeneration = generation;
    this.total = page.total;
    this.opening = page.opening ?? null;
    this.publish();
  }

  private publish(): void {
    this.view = this.makeView();
    for (const listener of this.listeners) listener();
  }

  private makeView(): PagesView {
    const more = this.next !== null;
    return { rows: this.rows, total: more ? Math.max(this.total, this.rows.length) : this.rows.length, more, wins: this.wins, opening: this.opening, ready: this.ready, error: this.error };
  }
}

/** An entry whose day changed between pages comes again at its new place: that one stands. */
function withPage(rows: EntrySummary[], page: EntrySummary[]): EntrySummary[] {
  const incoming = new Set(page.map((row) => row.id));
  return [...rows.filter((row) => !incoming.has(row.id)), ...page];
}
