// npx tsx scripts/measure-paging.ts [--sizes 1000,10000,50000] [--json]
// The list and search answers as the window asks for them (the first page, and a
// page deep in the list), on the bench's realistic journal held in memory: no disk
// and no decryption, only what paging changes. For each size it prints p50/p95 of
// a search's first page, of a deep page of the whole journal, and, for comparison,
// of the old answer (every match sorted and summarised).
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { EntryLists } from '../electron/vault/entry-order';
import { listPage } from '../electron/vault/entry-queries';
import { SearchIndex } from '../electron/vault/search-index';
import { entryDraftSchema, type Entry } from '../shared/domain/entry';
import { summaryOfEntry } from '../shared/domain/list-order';
import { percentile, round, seededRandom } from './bench/random';
import { journalVocabulary, searchQueries, syntheticJournal } from './bench/synthetic-journal';

const SEED = 20261123;

function parse(argv: string[]): { sizes: number[]; json: boolean } {
  const sizes = argv.includes('--sizes') ? argv[argv.indexOf('--sizes') + 1]!.split(',').map(Number) : [1_000, 10_000, 50_000];
  return { sizes, json: argv.includes('--json') };
}

function entriesOf(count: number): Entry[] {
  const { items } = syntheticJournal(seededRandom(SEED), count, Math.round(count * 0.2));
  const start = Date.parse('2016-01-01T08:00:00.000Z');
  return items.map(({ draft: input }, i) => {
    const draft = entryDraftSchema.parse(input);
    const stamp = new Date(start + i * 60_000).toISOString();
    return {
      id: randomUUID(),
      kind: draft.kind,
      title: draft.title,
      date: draft.date,
      body: draft.body,
      tags: draft.tags,
      reflection: draft.reflection,
      corrections: [],
      framing: null,
      createdAt: stamp,
      updatedAt: stamp,
      deletedAt: null,
    };
  });
}

function timeEach(runs: number, work: (i: number) => unknown): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work(i);
    times.push(performance.now() - start);
  }
  return times;
}

function measure(count: number): Record<string, number> {
  const entries = entriesOf(count);
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const index = new SearchIndex();
  const lists = new EntryLists();
  const built = performance.now();
  index.addAll(entries);
  const indexMs = performance.now() - built;
  const ordered = performance.now();
  lists.putAll(entries);
  lists.journal.page(undefined, 1); // the one sort happens at the first read
  const orderMs = performance.now() - ordered;
  const sources = { lists, index, entries: byId };
  const queries = searchQueries(seededRandom(SEED + 7), journalVocabulary(seededRandom(SEED)), 120);

  // Warm up, as the bench does, so the figures are the steady state the person meets.
  for (const query of queries.slice(0, 10)) listPage(sources, { query });
  const searchFirst = timeEach(queries.length, (i) => listPage(sources, { query: queries[i]! }));
  const searchOnly = timeEach(queries.length, (i) => index.search(queries[i]!));
  const hits = queries.map((query) => listPage(sources, { query, limit: 1 }).total);
  const deep = listPage(sources, { limit: Math.floor(count / 2) > 1000 ? 1000 : Math.max(1, Math.floor(count / 2)) });
  const deepPage = timeEach(100, () => listPage(sources, { after: deep.next ?? undefined }));
  const firstPage = timeEach(100, () => listPage(sources, {}));
  // The old answer: every match found, sorted, and summarised.
  const everything = timeEach(queries.length, (i) => {
    const found = index
      .search(queries[i]!)
      .map((id) => byId.get(id))
      .filter((entry): entry is Entry => entry !== undefined);
    found.sort((a, b) => b.date.localeCompare(a.date) || b.updatedAt.localeCompare(a.updatedAt));
    return found.map(summaryOfEntry);
  });
  return {
    entries: count,
    index_build_ms: round(indexMs),
    order_build_ms: round(orderMs),
    search_first_page_p50_ms: round(percentile(searchFirst, 50), 2),
    search_first_page_p95_ms: round(percentile(searchFirst, 95), 2),
    index_search_p95_ms: round(percentile(searchOnly, 95), 2),
    search_hits_median: percentile(hits, 50),
    search_hits_max: Math.max(...hits),
    list_first_page_p95_ms: round(percentile(firstPage, 95), 2),
    list_deep_page_p95_ms: round(percentile(deepPage, 95), 2),
    old_search_all_sorted_p95_ms: round(percentile(everything, 95), 2),
  };
}

const { sizes, json } = parse(process.argv.slice(2));
const rows = sizes.map((size) => {
  const row = measure(size);
  if (!json) console.log(Object.entries(row).map(([name, value]) => `${name}=${value}`).join(' '));
  return row;
});
if (json) console.log(JSON.stringify(rows));
