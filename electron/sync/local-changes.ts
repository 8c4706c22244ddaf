import * as A from '@automerge/automerge';
import { SYNCED_KINDS, syncedPart } from '../../shared/sync/synced-fields';
import type { LoadedRecord } from '../vault/storage/record-store';
import type { LocalSyncState } from './local-sync-state';
import { createRecordDoc, editRecordDoc } from './record-doc';
import { recordDigest, type RecordDocs } from './record-docs';
import type { ReplicaItem } from './replica-file';

export interface LocalChanges {
  items: ReplicaItem[];
  problems: string[];
}

/**
 * This computer's changes since the last pass: every record whose copy in the
 * journal differs from the one the state says it was built from. An edit is made
 * on top of that earlier state, so it merges with what other computers did
 * meanwhile rather than overwriting it.
 */
export function collectLocalChanges(
  records: readonly LoadedRecord[],
  unreadable: ReadonlySet<string>,
  state: LocalSyncState,
  docs: RecordDocs,
): LocalChanges {
  const items: ReplicaItem[] = [];
  const problems: string[] = [];
  const present = new Set<string>();
  for (const record of records) {
    if (!SYNCED_KINDS.has(record.kind)) continue;
    present.add(record.id);
    const digest = recordDigest(record.kind, record.data);
    const known = state.records[record.id];
    const data = syncedPart(record.kind, record.data);
    if (!known) {
      const { doc, change } = createRecordDoc(state.deviceId, record.kind, data);
      state.records[record.id] = { kind: record.kind, doc: '', base: { heads: A.getHeads(doc), digest } };
      docs.set(record.id, doc);
      items.push({ id: record.id, kind: record.kind, bytes: Buffer.from(change).toString('base64') });
      continue;
    }
    if (known.kind !== record.kind) {
      problems.push(`The record ${record.id} is a ${record.kind} here but a ${known.kind} in the synced copy; it was left as it is.`);
      continue;
    }
    delete known.purgedHere;
    // The journal has the version a pass sealed just before writing it: that write happened.
    if (known.pending && known.pending.digest === digest) known.base = known.pending;
    delete known.pending;
    if (known.base?.digest === digest) continue;
    const from = known.base?.heads ?? [];
    const edited = editRecordDoc(docs.get(record.id)!, from, data);
    known.base = { heads: edited?.heads ?? from, digest };
    if (!edited) continue;
    docs.set(record.id, edited.doc);
    items.push({ id: record.id, kind: record.kind, bytes: Buffer.from(edited.change).toString('base64') });
  }
  for (const [id, known] of Object.entries(state.records)) {
    // Purged here (or never written here): not sent as a deletion yet, and not brought back by its own document.
    if (!present.has(id) && !unreadable.has(id) && known.base !== null && !known.pending) known.purgedHere = true;
  }
  return { items, problems };
}
