import * as A from '@automerge/automerge';
import { EARLIER_VERSION_KIND, type EarlierVersionRecord } from '../../shared/domain/earlier-version';
import type { Entry } from '../../shared/domain/entry';
import { sameFramedWords } from '../../shared/domain/framed-text';
import { checkRecord } from '../../shared/domain/record-kinds';
import { LOCAL_FIELDS } from '../../shared/sync/synced-fields';
import { canonicalJson } from '../backup/canonical-json';
import { earlierVersionId } from '../backup/merge-plan';
import type { LoadedRecord } from '../vault/storage/record-store';
import type { LocalSyncState } from './local-sync-state';
import { materializeRecord, withValueAt } from './record-doc';
import { recordDigest, type RecordDocs } from './record-docs';

export interface RecordWrite {
  id: string;
  kind: string;
  data: Record<string, unknown>;
}

export interface MergedRecords {
  /** In order: an earlier version is always written before the record that replaces it. */
  writes: RecordWrite[];
  /** Merged records that failed their kind's check: named, kept out of the journal, never fatal. */
  setAside: { id: string; kind: string; reason: string }[];
  /** Records trashed on one computer and edited on another, kept out of the trash. */
  broughtBack: string[];
  earlierVersions: number;
}

/**
 * What the journal must now hold for every record that changed elsewhere: its merged
 * document, checked against its kind's schema; with, for every value a concurrent
 * change lost, the record as that side had it, kept as an earlier version.
 */
export function mergeIntoJournal(
  state: LocalSyncState,
  docs: RecordDocs,
  journal: ReadonlyMap<string, LoadedRecord>,
  keptAt: string,
): MergedRecords {
  const result: MergedRecords = { writes: [], setAside: [], broughtBack: [], earlierVersions: 0 };
  const planned = new Set<string>();
  for (const [id, known] of Object.entries(state.records)) {
    if (!known.behind || known.purgedHere) continue;
    const doc = docs.get(id);
    if (!doc) continue;
    const merged = materializeRecord(doc);
    const here = journal.get(id);
    const data = withLocalFields(merged.kind, merged.data, here?.data);
    const checked = checkRecord(merged.kind, id, data);
    if (!checked.ok) {
      result.setAside.push({ id, kind: merged.kind, reason: checked.reason });
      continue;
    }
    const heads = A.getHeads(doc);
    const digest = recordDigest(merged.kind, checked.data);
    if (merged.broughtBack && here && (here.data as { deletedAt?: unknown }).deletedAt) result.broughtBack.push(id);
    if (merged.kind !== EARLIER_VERSION_KIND) {
      for (const loser of merged.losers) {
        const version = earlierVersionOf(id, merged.kind, withValueAt(merged.data, loser.path, loser.value), keptAtFor(merged.data, keptAt));
        if (!version || journal.has(version.id) || state.records[version.id] || planned.has(version.id)) continue;
        planned.add(version.id);
        result.writes.push(version);
        result.earlierVersions += 1;
      }
    }
    if (here && canonicalJson(here.data) === canonicalJson(checked.data)) {
      known.base = { heads, digest };
      delete known.behind;
      continue;
    }
    known.pending = { heads, digest };
    result.writes.push({ id, kind: merged.kind, data: checked.data as Record<string, unknown> });
  }
  return result;
}

/** This computer's framing stays while the words it was worked out from are the same; otherwise it is worked out again. */
function withLocalFields(kind: string, merged: Record<string, unknown>, here: unknown): Record<string, unknown> {
  if (!LOCAL_FIELDS[kind]?.includes('framing')) return merged;
  const local = here as Entry | undefined;
  const keep = local !== undefined && sameFramedWords(local, merged as unknown as Entry);
  return { ...merged, framing: keep ? local.framing : null };
}

/**
 * Every computer that sees a conflict keeps the same earlier version, word for word,
 * so it is kept once: dated by the merged record's own last save, not by the moment
 * each computer happened to merge.
 */
function keptAtFor(data: Record<string, unknown>, fallback: string): string {
  return typeof data.updatedAt === 'string' ? data.updatedAt : fallback;
}

function earlierVersionOf(id: string, kind: string, data: Record<string, unknown>, keptAt: string): RecordWrite | null {
  if (!checkRecord(kind, id, data).ok) return null;
  const version: EarlierVersionRecord = { of: { id, kind }, data, keptAt, reason: 'merge' };
  return { id: earlierVersionId({ id, kind, data }), kind: EARLIER_VERSION_KIND, data: { ...version } };
}
