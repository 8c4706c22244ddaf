import * as A from '@automerge/automerge';
import { SYNCED_KINDS } from '../../shared/sync/synced-fields';
import type { LocalSyncState } from './local-sync-state';
import { kindOfDoc } from './record-doc';
import type { RecordDocs } from './record-docs';
import { openReplicaFile, ReplicaFileRefused, type ReplicaPayload } from './replica-file';
import { codeOf, type ReplicaFolder } from './replica-folder';

export interface ArrivedFiles {
  /** Files of other computers applied in this pass. */
  applied: number;
  /** Why a device's next file could not be applied yet (not arrived, cut short, unreadable): tried again next pass. */
  waiting: string[];
  /** Items refused for good (a kind that does not travel, a record of another kind under the same id). */
  refused: string[];
  /** Files whose numbers arrived out of order (a later one present before an earlier one). */
  outOfOrder: number;
  /** Other devices and the last file applied from each. */
  devices: Record<string, number>;
}

/**
 * Applies what other computers wrote: each device's files strictly in their order,
 * and a file only once this computer has applied everything its writer had (the
 * `seen` it carries), so Automerge always has a change's dependencies first. A file
 * that is missing, cut short, unreadable or refused stops that device's queue until
 * a later pass; nothing is deleted or rewritten.
 */
export async function applyArrivedFiles(folder: ReplicaFolder, key: Uint8Array, state: LocalSyncState, docs: RecordDocs): Promise<ArrivedFiles> {
  const result: ArrivedFiles = { applied: 0, waiting: [], refused: [], outOfOrder: 0, devices: {} };
  const listed = await folder.devices();
  if (listed.problem) result.waiting.push(listed.problem);
  const others = listed.ids.filter((id) => id !== state.deviceId);
  const files = new Map<string, Map<number, string[]>>();
  for (const device of others) {
    try {
      files.set(device, await folder.filesOf(device));
    } catch (error) {
      result.waiting.push(`A computer’s folder could not be listed (${codeOf(error)}).`);
    }
  }
  const blocked = new Map<string, string>();
  for (let progress = true; progress; ) {
    progress = false;
    for (const [device, bySeq] of files) {
      const seq = (state.applied[device] ?? 0) + 1;
      const names = bySeq.get(seq);
      if (!names) {
        if ([...bySeq.keys()].some((later) => later > seq)) blocked.set(device, `waiting for file ${seq} of a computer (later ones have arrived)`);
        continue;
      }
      const opened = await openFirst(folder, key, state.journalId, device, seq, names);
      if (typeof opened === 'string') {
        blocked.set(device, opened);
        continue;
      }
      if (!dependenciesMet(opened, state)) {
        blocked.set(device, `file ${seq} of a computer waits for files it depends on`);
        continue;
      }
      if ([...bySeq.keys()].some((later) => later > seq + 1) && !bySeq.has(seq + 1)) result.outOfOrder += 1;
      applyPayload(opened, state, docs, result);
      state.applied[device] = seq;
      if (opened.items.length > 0) state.owesAck = true;
      result.applied += 1;
      blocked.delete(device);
      progress = true;
    }
  }
  result.waiting.push(...blocked.values());
  for (const device of others) result.devices[device] = state.applied[device] ?? 0;
  return result;
}

async function openFirst(folder: ReplicaFolder, key: Uint8Array, journalId: string, device: string, seq: number, names: string[]): Promise<ReplicaPayload | string> {
  const reasons: string[] = [];
  for (const name of names) {
    let bytes: Uint8Array;
    try {
      bytes = await folder.read(device, name);
    } catch (error) {
      reasons.push(codeOf(error));
      continue;
    }
    try {
      return openReplicaFile(key, bytes, { journalId, deviceId: device, seq });
    } catch (error) {
      if (!(error instanceof ReplicaFileRefused)) throw error;
      reasons.push(error.message);
    }
  }
  return `file ${seq} of a computer could not be used yet: ${reasons.join('; ')}`;
}

function dependenciesMet(payload: ReplicaPayload, state: LocalSyncState): boolean {
  for (const [device, seen] of Object.entries(payload.seen)) {
    if (device === payload.deviceId) continue;
    const have = device === state.deviceId ? state.nextSeq - 1 : (state.applied[device] ?? 0);
    if (have < seen) return false;
  }
  return true;
}

function applyPayload(payload: ReplicaPayload, state: LocalSyncState, docs: RecordDocs, result: ArrivedFiles): void {
  for (const item of payload.items) {
    if (!SYNCED_KINDS.has(item.kind)) {
      result.refused.push(`A record of a kind that does not travel (${item.kind.slice(0, 40)}) was left out.`);
      continue;
    }
    const known = state.records[item.id];
    if (known && known.kind !== item.kind) {
      result.refused.push(`The record ${item.id} arrived as a ${item.kind} but is a ${known.kind} here; it was left out.`);
      continue;
    }
    let doc;
    try {
      doc = A.loadIncremental(docs.get(item.id) ?? docs.empty(), Buffer.from(item.bytes, 'base64'));
    } catch (error) {
      result.refused.push(`Changes to the record ${item.id} could not be read (${codeOf(error)}); they were left out.`);
      continue;
    }
    const kind = kindOfDoc(doc);
    if (kind !== null && kind !== item.kind) {
      result.refused.push(`The record ${item.id} holds a ${kind} but arrived as a ${item.kind}; it was left out.`);
      continue;
    }
    state.records[item.id] ??= { kind: item.kind, doc: '', base: null };
    state.records[item.id]!.behind = true;
    docs.set(item.id, doc);
  }
}
