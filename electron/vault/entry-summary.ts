import { excerptOf, type Entry, type EntrySummary } from '../../shared/domain/entry';

/** Newest first by the day it is about, then by the last change. */
export function byDateDesc(a: Entry, b: Entry): number {
  return b.date.localeCompare(a.date) || b.updatedAt.localeCompare(a.updatedAt);
}

/** Most recently trashed first. */
export function byDeletedDesc(a: Entry, b: Entry): number {
  return (b.deletedAt ?? '').localeCompare(a.deletedAt ?? '');
}

/** What a list row shows of an entry. */
export function buildSummary(entry: Entry): EntrySummary {
  return {
    id: entry.id,
    kind: entry.kind,
    title: entry.title,
    date: entry.date,
    tags: entry.tags,
    // The first few hundred characters are plenty for a one-line excerpt.
    excerpt: excerptOf((entry.body || entry.reflection?.whatHappened || '').slice(0, 400)),
    framing: entry.framing ? { label: entry.framing.label, score: entry.framing.score } : null,
    updatedAt: entry.updatedAt,
    deletedAt: entry.deletedAt,
  };
}
