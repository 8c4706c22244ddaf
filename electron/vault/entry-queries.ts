import type { Entry, EntryKind, EntrySummary } from '../../shared/domain/entry';
import { JOURNAL_CURSOR, LIST_PAGE_MAX, TRASH_CURSOR } from '../../shared/domain/list-order';
import type { EntryLists, Listable } from './entry-order';
import { VaultError } from './errors';
import type { RootCauseOccurrence } from '../../shared/domain/root-cause-patterns';
import type { SearchIndex } from './search-index';

/**
 * What the list asks for: words to search, tags all of which must be present,
 * one kind, the trash or the journal; and which page: up to `limit` rows after
 * the cursor `after` (the `next` of the page before).
 */
export interface ListQuery {
  query?: string;
  tags?: string[];
  trash?: boolean;
  kind?: EntryKind;
  limit?: number;
  after?: string;
}

/** One page of a list, and how many rows the whole list has now. */
export interface ListPage {
  entries: EntrySummary[];
  total: number;
  next: string | null;
}

/** A first screen needs a few dozen rows; a page of a thousand is still a quick answer. */
export const DEFAULT_PAGE = 100;
export const MAX_PAGE = LIST_PAGE_MAX;

interface ListSources {
  lists: EntryLists;
  index: SearchIndex;
  /** Full entries, for searching the trash's words (the trash is not indexed). */
  entries: { get(id: string): Entry | undefined };
}

/**
 * A page of the journal, a search of it, or the trash, in list order (see
 * shared/domain/list-order.ts for the order and what a cursor promises). Outside
 * the trash, words go through the index (which holds wins too, so only ids in the
 * list count); the trash is searched by plain text.
 */
export function listPage({ lists, index, entries }: ListSources, { query, tags, trash = false, kind, limit = DEFAULT_PAGE, after }: ListQuery): ListPage {
  if (after !== undefined && !(trash ? TRASH_CURSOR : JOURNAL_CURSOR).test(after)) {
    throw new VaultError('INVALID_REQUEST', 'That list has changed shape since its first page; start again from the top.');
  }
  const size = Math.max(1, Math.min(MAX_PAGE, Math.floor(limit)));
  const order = trash ? lists.trash : lists.journal;
  const wantedTags = (tags ?? []).map((tag) => tag.toLowerCase());
  const filtered = kind !== undefined || wantedTags.length > 0;
  const matchesFilters = (row: Listable) =>
    (kind === undefined || row.kind === kind) && wantedTags.every((tag) => row.tags.some((own) => own.toLowerCase() === tag));
  const text = query?.trim();

  if (text && !trash) {
    const { rows, next, total } = order.pageAmong(index.search(text), after, size, filtered ? matchesFilters : undefined);
    return { entries: rows, total, next };
  }
  if (text) {
    const needle = text.toLowerCase();
    const accept = (row: Listable) => {
      const entry = entries.get(row.id);
      return matchesFilters(row) && entry !== undefined && `${entry.title}\n${entry.body}`.toLowerCase().includes(needle);
    };
    const { rows, next } = order.page(after, size, accept);
    return { entries: rows, total: order.count(accept), next };
  }
  const { rows, next } = order.page(after, size, filtered ? matchesFilters : undefined);
  return { entries: rows, total: filtered ? order.count(matchesFilters) : order.size, next };
}

/** A small step the person promised themselves in a reflection and has not yet settled. */
export interface OpenStep {
  entryId: string;
  entryTitle: string;
  entryDate: string;
  text: string;
  createdAt: string;
  checkedAt: string | null;
}

/** Open small steps, oldest first; none from the trash. */
export function openStepsOf(entries: Iterable<Entry>): OpenStep[] {
  const steps: OpenStep[] = [];
  for (const entry of entries) {
    const step = entry.reflection?.nextStep;
    if (entry.deletedAt || !step || step.status !== 'open' || !step.text) continue;
    steps.push({ entryId: entry.id, entryTitle: entry.title, entryDate: entry.date, text: step.text, createdAt: entry.createdAt, checkedAt: step.checkedAt });
  }
  return steps.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Every root cause named in a reflection outside the trash. */
export function rootCausesOf(entries: Iterable<Entry>): RootCauseOccurrence[] {
  const history: RootCauseOccurrence[] = [];
  for (const entry of entries) {
    if (!entry.deletedAt && entry.reflection?.rootCause) history.push({ entryId: entry.id, date: entry.date, rootCause: entry.reflection.rootCause });
  }
  return history;
}

/**
 * Tags in use outside the trash, most used first, counted without regard to case.
 * With a kind, only that kind's entries count, so a list of reflections offers
 * no tag that would filter it down to nothing.
 */
export function tagCountsOf(entries: Iterable<Pick<Entry, 'deletedAt' | 'kind' | 'tags'>>, kind?: EntryKind): { name: string; count: number }[] {
  const counts = new Map<string, { name: string; count: number }>();
  for (const entry of entries) {
    if (entry.deletedAt || (kind && entry.kind !== kind)) continue;
    for (const tag of entry.tags) {
      const slot = counts.get(tag.toLowerCase()) ?? { name: tag, count: 0 };
      slot.count += 1;
      counts.set(tag.toLowerCase(), slot);
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
