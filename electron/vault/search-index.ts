import type { Entry } from '../../shared/domain/entry';
import { reflectionText } from '../../shared/domain/reflection';

const NOT_WORD = /[^\p{L}\p{N}]+/u;
const NON_ASCII = /[^\p{ASCII}]/u;

/** Folds case and accents so "cafe" finds "Café"; plain ASCII takes the fast path. */
export function foldTerm(term: string): string {
  const lower = term.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(/\p{Diacritic}/gu, '') : lower;
}

/** The words of a text, folded; may repeat. One lower-casing and one split is far cheaper than a regex match per word. */
function wordsOf(text: string): string[] {
  const lower = text.toLowerCase();
  const words = lower.split(NOT_WORD);
  if (NON_ASCII.test(lower)) for (let i = 0; i < words.length; i++) words[i] = foldTerm(words[i]!);
  return words;
}

export function termsOf(text: string): Set<string> {
  return new Set(wordsOf(text).filter((word) => word.length > 0));
}

/** A query word matches a term whole, or as its prefix from two letters on (see numbersMatching). */
function matchesTerm(word: string, term: string): boolean {
  return term === word || (word.length >= 2 && term.length > word.length && term.startsWith(word));
}

function searchableText(entry: Entry): string {
  const reflection = entry.reflection ? reflectionText(entry.reflection) : '';
  return `${entry.title}\n${entry.body}\n${reflection}\n${entry.tags.join(' ')}`;
}

/**
 * Full-text search over decrypted entries, held in memory only: an index on disk
 * would be a readable copy of the journal. Every word of an entry maps to the
 * entries that contain it; a query finds entries containing every query word,
 * each word also matching as a prefix ("tomat" finds "tomatoes").
 *
 * Edits leave the old document number behind as a tombstone rather than
 * rewriting long posting lists; compaction sweeps them once they pile up.
 *
 * Opening a large journal queues its entries instead of indexing them at once
 * (tokenising ten thousand bodies takes about a second): until an entry's turn
 * comes, it is found by its title and tags, and `waiting` says how many are left.
 */
export class SearchIndex {
  private ids: (string | null)[] = [];
  private readonly numberOf = new Map<string, number>();
  private postings = new Map<string, number[]>();
  private tombstones = 0;
  /** Entries queued for indexing, with the words of their title and tags, in the order they were queued. */
  private readonly queued = new Map<string, string[]>();

  upsert(entry: Entry): void {
    this.upsertText(entry.id, searchableText(entry));
  }

  /** Any record the person wrote (a win, a practice) is found by its words the same way as an entry. */
  upsertText(id: string, text: string): void {
    this.remove(id);
    const number = this.ids.length;
    this.ids.push(id);
    this.numberOf.set(id, number);
    // Posting lists only grow at the end, so a repeated word is spotted by its list's last number.
    for (const term of wordsOf(text)) {
      if (!term) continue;
      const list = this.postings.get(term);
      if (!list) this.postings.set(term, [number]);
      else if (list[list.length - 1] !== number) list.push(number);
    }
  }

  addAll(entries: Iterable<Entry>): void {
    for (const entry of entries) this.upsert(entry);
  }

  /** Entries to index later, a slice at a time (indexQueued); until then their titles and tags find them. */
  queue(entries: Iterable<Pick<Entry, 'id' | 'title' | 'tags'>>): void {
    for (const entry of entries) this.queued.set(entry.id, [...termsOf(`${entry.title}\n${entry.tags.join(' ')}`)]);
  }

  /** How many queued entries are not yet indexed. */
  get waiting(): number {
    return this.queued.size;
  }

  /**
   * Indexes queued entries, oldest first, as they are now (`current`; an entry
   * gone or in the trash meanwhile is dropped), until `limit` says stop. An entry
   * saved meanwhile was indexed by its save, which took it off the queue.
   */
  indexQueued(current: (id: string) => Entry | undefined, limit: { entries?: number; until?: number }): void {
    let count = 0;
    for (const id of this.queued.keys()) {
      if (count === limit.entries || (limit.until !== undefined && (count & 7) === 0 && performance.now() >= limit.until)) return;
      this.queued.delete(id);
      const entry = current(id);
      if (entry && !entry.deletedAt) this.upsert(entry);
      count += 1;
    }
  }

  remove(id: string): void {
    this.queued.delete(id);
    const number = this.numberOf.get(id);
    if (number === undefined) return;
    this.ids[number] = null;
    this.numberOf.delete(id);
    this.tombstones += 1;
    if (this.tombstones > 1000 && this.tombstones > this.ids.length / 4) this.compact();
  }

  /** Ids of the records containing every word of the query (in no particular order). */
  search(query: string): string[] {
    const words = [...termsOf(query)];
    if (words.length === 0) return [];
    let found: Set<number> | null = null;
    // Narrowest word first, so the intersection shrinks fast.
    const matches = words.map((word) => this.numbersMatching(word)).sort((a, b) => a.size - b.size);
    for (const numbers of matches) {
      if (found === null) found = numbers;
      else {
        const next = new Set<number>();
        for (const number of found) if (numbers.has(number)) next.add(number);
        found = next;
      }
      if (found.size === 0) break;
    }
    const ids: string[] = [];
    for (const number of found ?? []) {
      const id = this.ids[number];
      if (id) ids.push(id);
    }
    // Queued entries: found by every word in their title and tags.
    for (const [id, terms] of this.queued) {
      if (words.every((word) => terms.some((term) => matchesTerm(word, term)))) ids.push(id);
    }
    return ids;
  }

  clear(): void {
    this.queued.clear();
    this.ids = [];
    this.numberOf.clear();
    this.postings = new Map();
    this.tombstones = 0;
  }

  private numbersMatching(word: string): Set<number> {
    const numbers = new Set<number>(this.postings.get(word) ?? []);
    // A single letter as a prefix would match half the language; it must match whole.
    if (word.length >= 2) {
      for (const [term, list] of this.postings) {
        if (term !== word && matchesTerm(word, term)) for (const number of list) numbers.add(number);
      }
    }
    return numbers;
  }

  private compact(): void {
    const renumber = new Map<number, number>();
    const ids: string[] = [];
    this.ids.forEach((id, old) => {
      if (id) {
        renumber.set(old, ids.length);
        this.numberOf.set(id, ids.length);
        ids.push(id);
      }
    });
    const postings = new Map<string, number[]>();
    for (const [term, list] of this.postings) {
      const kept: number[] = [];
      for (const old of list) {
        const fresh = renumber.get(old);
        if (fresh !== undefined) kept.push(fresh);
      }
      if (kept.length) postings.set(term, kept);
    }
    this.ids = ids;
    this.postings = postings;
    this.tombstones = 0;
  }
}
