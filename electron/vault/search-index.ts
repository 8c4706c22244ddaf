import MiniSearch from 'minisearch';
import type { Entry } from '../../shared/domain/entry';
import { reflectionText } from '../../shared/domain/reflection';

interface IndexedEntry {
  id: string;
  title: string;
  body: string;
  tags: string;
}

/** Folds case and accents so "cafe" finds "Café". */
function foldTerm(term: string): string {
  return term.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/** Reflection answers are searchable like the body. */
function indexedFormOf(entry: Entry): IndexedEntry {
  const body = entry.reflection ? `${entry.body}\n${reflectionText(entry.reflection)}` : entry.body;
  return { id: entry.id, title: entry.title, body, tags: entry.tags.join(' ') };
}

/**
 * Full-text search over decrypted entries, held in memory only: an index on disk
 * would be a readable copy of the journal.
 */
export class SearchIndex {
  private readonly index = new MiniSearch<IndexedEntry>({
    fields: ['title', 'body', 'tags'],
    storeFields: [],
    processTerm: (term) => foldTerm(term) || null,
    searchOptions: {
      boost: { title: 3, tags: 2 },
      prefix: true,
      fuzzy: (term) => (term.length > 4 ? 0.2 : false),
      combineWith: 'AND',
    },
  });

  upsert(entry: Entry): void {
    const doc = indexedFormOf(entry);
    if (this.index.has(entry.id)) this.index.replace(doc);
    else this.index.add(doc);
  }

  addAll(entries: Iterable<Entry>): void {
    this.index.addAll([...entries].map(indexedFormOf));
  }

  remove(id: string): void {
    if (this.index.has(id)) this.index.discard(id);
  }

  /** Entry ids, best match first. */
  search(query: string): string[] {
    return this.index.search(query).map((hit) => hit.id as string);
  }

  clear(): void {
    this.index.removeAll();
  }
}
