import { createHash } from 'node:crypto';
import * as A from '@automerge/automerge';
import { syncedPart } from '../../shared/sync/synced-fields';
import { canonicalJson } from '../backup/canonical-json';
import type { LocalSyncState } from './local-sync-state';
import type { RecordDoc } from './record-doc';

/** A digest of what travels of a record, to notice that the journal's copy changed. */
export function recordDigest(kind: string, data: unknown): string {
  return createHash('sha256').update(canonicalJson(syncedPart(kind, data))).digest('hex');
}

export function sameHeads(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}

/**
 * The records' Automerge documents for one pass: loaded from the sealed state only
 * when a pass needs them, and saved back only if they changed.
 */
export class RecordDocs {
  private readonly loaded = new Map<string, RecordDoc>();
  private readonly changed = new Set<string>();

  constructor(
    private readonly state: LocalSyncState,
    private readonly actor: string,
  ) {}

  get(id: string): RecordDoc | null {
    const cached = this.loaded.get(id);
    if (cached) return cached;
    const stored = this.state.records[id];
    if (!stored) return null;
    const doc = A.load<RecordDoc>(Buffer.from(stored.doc, 'base64'), { actor: this.actor }) as RecordDoc;
    this.loaded.set(id, doc);
    return doc;
  }

  /** An empty document for a record another computer made, which its changes then fill. */
  empty(): RecordDoc {
    return A.init({ actor: this.actor }) as RecordDoc;
  }

  set(id: string, doc: RecordDoc): void {
    this.loaded.set(id, doc);
    this.changed.add(id);
  }

  /** Writes the changed documents into the state, ready to be sealed. */
  saveInto(state: LocalSyncState): void {
    for (const id of this.changed) {
      const record = state.records[id];
      if (record) record.doc = Buffer.from(A.save(this.loaded.get(id)!)).toString('base64');
    }
    this.changed.clear();
  }
}
