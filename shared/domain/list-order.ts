import { excerptOf, type Entry, type EntrySummary } from './entry';

/**
 * The order of the journal's lists, and the cursor that pages through them.
 *
 * The journal (and every search of it) runs newest day first, then the entry
 * written last first, then by id: `(date, createdAt, id)`, all descending. Only
 * changing an entry's day moves it; an edit (an autosave every few seconds) never
 * does, so a row never jumps while the person writes in it. The trash runs most
 * recently trashed first: `(deletedAt, id)`.
 *
 * A row's key is those fields joined into one fixed-width string, so plain string
 * comparison is the list's order and a cursor ("after this key") is a position
 * that stays meaningful whatever is added or removed around it.
 *
 * What paging promises, a page being asked for with `after` set to the `next` of
 * the page before, whatever was saved, trashed, restored or purged in between:
 * - a page is exactly the rows that, at the moment it is asked for, come after its
 *   cursor in list order, up to `limit`; `total` counts the whole list (or search)
 *   at that moment, and `next` is null exactly when nothing comes after the page;
 * - so one walk is strictly in list order, and an entry that is in the list with
 *   the same key throughout the walk comes exactly once, at its place;
 * - an entry added, restored, or newly matching a search comes in a later page if
 *   its place is after the cursor, and not in this walk if it is before it (the
 *   window shows its own saves itself; a fresh first page shows anyone else's);
 * - an entry whose key changes between pages (a new day; in the trash, trashed
 *   again) counts as removed and added: it may come twice (at its old place, on a
 *   page already read, and at its new place later) or not at all in this walk
 *   (moved into the part already read); the window keeps the later copy;
 * - an entry trashed, purged or no longer matching is in no later page.
 */

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const INSTANT_SOURCE = '\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z';

/** A cursor into the journal or a search of it: the key of the last row already shown. */
export const JOURNAL_CURSOR = new RegExp(`^\\d{4}-\\d{2}-\\d{2}\\|${INSTANT_SOURCE}\\|${UUID}$`);
/** A cursor into the trash. */
export const TRASH_CURSOR = new RegExp(`^${INSTANT_SOURCE}\\|${UUID}$`);

/** Either cursor, as the contract checks it; the list itself checks it is its own kind. */
export const LIST_CURSOR = new RegExp(`^(?:\\d{4}-\\d{2}-\\d{2}\\|)?${INSTANT_SOURCE}\\|${UUID}$`);

/** The most rows one page may ask for. */
export const LIST_PAGE_MAX = 1000;

/** Timestamps written with another precision ("…:00Z") are put in the one width, so they compare as instants. */
function canonicalInstant(stamp: string): string {
  return INSTANT.test(stamp) ? stamp : new Date(stamp).toISOString();
}

export function journalKeyOf(row: Pick<EntrySummary, 'date' | 'createdAt' | 'id'>): string {
  return `${row.date}|${canonicalInstant(row.createdAt)}|${row.id}`;
}

export function trashKeyOf(row: Pick<EntrySummary, 'deletedAt' | 'id'>): string {
  return `${canonicalInstant(row.deletedAt ?? '1970-01-01T00:00:00.000Z')}|${row.id}`;
}

/** Descending by key: negative when `a` comes first in the list. */
export function byKeyDesc(a: string, b: string): number {
  return a > b ? -1 : a < b ? 1 : 0;
}

/** What a list row shows of an entry; the window builds the same row from an entry it has just saved. */
export function summaryOfEntry(entry: Entry): EntrySummary {
  return {
    id: entry.id,
    kind: entry.kind,
    title: entry.title,
    date: entry.date,
    tags: entry.tags,
    // The first few hundred characters are plenty for a one-line excerpt.
    excerpt: excerptOf((entry.body || entry.reflection?.whatHappened || '').slice(0, 400)),
    framing: entry.framing ? { label: entry.framing.label, score: entry.framing.score } : null,
    createdAt: entry.createdAt,
    updatedAt: entry.updatedAt,
    deletedAt: entry.deletedAt,
  };
}
