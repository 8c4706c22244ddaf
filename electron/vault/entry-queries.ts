import type { Entry } from '../../shared/domain/entry';
import type { RootCauseOccurrence } from '../../shared/domain/root-cause-patterns';

/** What the list asks for: words to search, tags all of which must be present, the trash or the journal. */
export interface ListQuery {
  query?: string;
  tags?: string[];
  trash?: boolean;
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

/** Tags in use outside the trash, most used first, counted without regard to case. */
export function tagCountsOf(entries: Iterable<Entry>): { name: string; count: number }[] {
  const counts = new Map<string, { name: string; count: number }>();
  for (const entry of entries) {
    if (entry.deletedAt) continue;
    for (const tag of entry.tags) {
      const slot = counts.get(tag.toLowerCase()) ?? { name: tag, count: 0 };
      slot.count += 1;
      counts.set(tag.toLowerCase(), slot);
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
