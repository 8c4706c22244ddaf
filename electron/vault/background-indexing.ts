import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Entry } from '../../shared/domain/entry';
import type { SearchIndex } from './search-index';

/**
 * Entries indexed before opening resolves: a journal of a few hundred entries is
 * searchable by every word the moment it opens, and a large one pays ~25 ms for it.
 */
export const INDEXED_AT_OPEN = 256;
/** The longest one background slice holds the main process, so the window and saves stay quick. */
const SLICE_MS = 8;

/** How far building the search index has come: entries searchable by every word, of all outside the trash. */
export interface OpeningProgress {
  done: number;
  total: number;
}

/**
 * Builds a just-opened journal's search index a slice at a time on the main
 * process: the list is shown at once, and full-text search fills in within about
 * a second at 10,000 entries. The index lives where searches run, so building it
 * in a worker would only add the cost of sending it back. A lock clears the
 * index, which empties the queue, so the work stops at its next slice.
 */
export class BackgroundIndexing {
  private total = 0;
  private finished: Promise<void> = Promise.resolve();

  constructor(
    private readonly index: SearchIndex,
    private readonly current: (id: string) => Entry | undefined,
  ) {}

  /**
   * Queues entries (or their list rows: titles and tags are searchable at once).
   * With `bodies`, indexing starts once that read of the bodies is done.
   */
  start(entries: Iterable<Pick<Entry, 'id' | 'title' | 'tags'>>, bodies?: Promise<void>): void {
    this.index.queue(entries);
    this.total = this.index.waiting;
    if (!bodies) this.index.indexQueued(this.current, { entries: INDEXED_AT_OPEN });
    this.finished = this.run(bodies);
  }

  /** Null once every entry is indexed (or the journal was locked). */
  progress(): OpeningProgress | null {
    const waiting = this.index.waiting;
    return waiting === 0 ? null : { done: Math.max(0, this.total - waiting), total: this.total };
  }

  whenDone(): Promise<void> {
    return this.finished;
  }

  private async run(bodies?: Promise<void>): Promise<void> {
    await bodies;
    while (this.index.waiting > 0) {
      await nextTurn();
      this.index.indexQueued(this.current, { until: performance.now() + SLICE_MS });
    }
  }
}
