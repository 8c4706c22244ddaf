import type { Entry, EntryKind } from '../../shared/domain/entry';
import type { RootCauseOccurrence } from '../../shared/domain/root-cause-patterns';
import type { SearchIndex } from './search-index';

/** What the list asks for: words to search, tags all of which must be present, the trash or the journal. */
export interface ListQuery {
  query?: string;
  tags?: string[];
  trash?: boolean;
}

/**
 * The entries a list asks for, unsorted. Outside the trash, words go through the
 * index (which holds wins too, so ids are looked up among entries); the trash is
 * not indexed, so it is searched by plain text.
 */
export function findEntries(entries: ReadonlyMap<string, Entry>, index: SearchIndex, { query, tags, trash = false }: ListQuery): Entry[] {
  const wantedTags = (tags ?? []).map((tag) => tag.toLowerCase());
  const matchesFilters = (entry: Entry) => Boolean(entry.deletedAt) === trash && wantedTags.every((tag) => entry.tags.some((own) => own.toLowerCase() === tag));
  const text = query?.trim();
  if (text && !trash) {
    return index
      .search(text)
      .map((id) => entries.get(id))
      .filter((entry): entry is Entry => entry !== undefined && matchesFilters(entry));
  }
  const found = [...entries.values()].filter(matchesFilters);
  return text ? found.filter((entry) => `${entry.title}\n${entry.body}`.toLowerCase().includes(text.toLowerCase())) : found;
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
export function tagCountsOf(entries: Iterable<Entry>, kind?: EntryKind): { name: string; count: number }[] {
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
