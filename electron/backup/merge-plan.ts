import { createHash } from 'node:crypto';
import type { MergeItem, MergeSummary } from '../../shared/domain/backup';
import { EARLIER_VERSION_KIND, type EarlierVersionRecord } from '../../shared/domain/earlier-version';
import { canonicalJson } from './canonical-json';
import type { BackupRecord } from './format/body-lines';

/**
 * Kinds that describe this journal's own set-up rather than anything written: the
 * open journal's copy always stays, and a backup's copy is only taken when the
 * journal has none.
 */
export const LOCAL_KINDS: ReadonlySet<string> = new Set(['settings', 'auto-backup']);

/**
 * Kinds that belong to one computer's set-up and are never merged in: another
 * computer's automatic-backup folder must not switch automatic backups on here.
 */
export const NEVER_MERGED: ReadonlySet<string> = new Set(['auto-backup']);

const LISTED_ITEMS = 200;

export interface LocalRecords {
  /** Every record that opened, by id. */
  byId: ReadonlyMap<string, BackupRecord>;
  /** Ids whose file is damaged and had no readable earlier copy. */
  unreadable: ReadonlySet<string>;
}

export interface MergePlan {
  summary: MergeSummary;
  /** In order: an earlier version is always written before the record that replaces it. */
  writes: BackupRecord[];
}

/**
 * An earlier version is named by its content, so keeping the same old text twice
 * (merging one backup again, or two backups holding it) keeps it once.
 */
export function earlierVersionId(record: BackupRecord): string {
  return createHash('sha256').update(`${record.kind}\0${record.id}\0${canonicalJson(record.data)}`).digest('hex').slice(0, 40);
}

function updatedAt(data: unknown): number | null {
  const stamp = (data as { updatedAt?: unknown } | null)?.updatedAt;
  const time = typeof stamp === 'string' ? Date.parse(stamp) : Number.NaN;
  return Number.isNaN(time) ? null : time;
}

function itemOf(record: BackupRecord): MergeItem {
  const data = record.data as { title?: unknown; date?: unknown } | null;
  return {
    id: record.id,
    kind: record.kind,
    ...(typeof data?.title === 'string' ? { title: data.title } : {}),
    ...(typeof data?.date === 'string' ? { date: data.date } : {}),
  };
}

/**
 * Decides, without writing anything, what merging `backup` into the journal does.
 * Same id and content: kept once. Same id, different content: the copy with the
 * later updatedAt is current and the other is kept as an earlier version (a tie, or
 * a kind with no updatedAt, keeps the journal's copy current). Nothing is removed.
 */
export function planMerge(backup: Iterable<BackupRecord>, local: LocalRecords, keptAt: string): MergePlan {
  const summary: MergeSummary = {
    applied: false,
    added: 0,
    updated: 0,
    keptNewer: 0,
    unchanged: 0,
    repaired: 0,
    earlierVersionsKept: 0,
    items: { added: [], updated: [], keptNewer: [] },
    moreItems: 0,
    setAside: [],
    setAsideCount: 0,
  };
  const writes: BackupRecord[] = [];
  const written = new Set<string>();
  const list = (name: keyof MergeSummary['items'], record: BackupRecord) => {
    if (summary.items[name].length < LISTED_ITEMS) summary.items[name].push(itemOf(record));
    else summary.moreItems += 1;
  };
  const write = (record: BackupRecord) => {
    writes.push(record);
    written.add(record.id);
  };
  const keepAsEarlier = (record: BackupRecord) => {
    const id = earlierVersionId(record);
    if (local.byId.has(id) || written.has(id)) return;
    const version: EarlierVersionRecord = { of: { id: record.id, kind: record.kind }, data: record.data, keptAt, reason: 'merge' };
    write({ id, kind: EARLIER_VERSION_KIND, data: version });
    summary.earlierVersionsKept += 1;
  };

  // A journal's own settings live under an id derived from its key, so another journal's never share it: "the journal has its own" is by kind.
  const localKinds = new Set([...local.byId.values()].map((record) => record.kind));
  for (const incoming of backup) {
    if (written.has(incoming.id) || NEVER_MERGED.has(incoming.kind)) continue;
    if (LOCAL_KINDS.has(incoming.kind) && localKinds.has(incoming.kind)) continue;
    const current = local.byId.get(incoming.id);
    if (incoming.kind === EARLIER_VERSION_KIND) {
      if (!current) {
        write(incoming);
        summary.earlierVersionsKept += 1;
      }
      continue;
    }
    if (!current) {
      write(incoming);
      if (local.unreadable.has(incoming.id)) summary.repaired += 1;
      else {
        summary.added += 1;
        list('added', incoming);
      }
      continue;
    }
    if (current.kind === incoming.kind && canonicalJson(current.data) === canonicalJson(incoming.data)) {
      summary.unchanged += 1;
      continue;
    }
    if (current.kind === incoming.kind && LOCAL_KINDS.has(incoming.kind)) continue;
    const incomingTime = updatedAt(incoming.data);
    const currentTime = updatedAt(current.data);
    const incomingIsNewer = current.kind === incoming.kind && incomingTime !== null && currentTime !== null && incomingTime > currentTime;
    if (incomingIsNewer) {
      keepAsEarlier(current);
      write(incoming);
      summary.updated += 1;
      list('updated', incoming);
    } else {
      keepAsEarlier(incoming);
      summary.keptNewer += 1;
      list('keptNewer', current);
    }
  }
  return { summary, writes };
}
