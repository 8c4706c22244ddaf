import type { JournalHeader } from '../vault/storage/header';
import { JOURNAL_FORMAT, JOURNAL_FORMAT_VERSION } from '../vault/storage/header';
import type { FileSystem } from '../vault/storage/file-system';
import { RecordStore, type LoadedRecord } from '../vault/storage/record-store';
import { applyArrivedFiles } from './arrived-files';
import { collectLocalChanges } from './local-changes';
import { freshSyncState, readSyncState, writeSyncState, type LocalSyncState } from './local-sync-state';
import { mergeIntoJournal, type RecordWrite } from './merged-records';
import { recordDigest, RecordDocs } from './record-docs';
import { MAX_BATCH_BYTES, sealReplicaFile, type ReplicaItem } from './replica-file';
import { codeOf, ReplicaFolder } from './replica-folder';

/** What the sync needs of the vault (the Vault class provides it, as it does for backups). */
export interface SyncVault {
  readonly journalDir: string;
  /** The open journal's id, keyslots and a copy of its data key, which the caller wipes. */
  openKeys(): { journalId: string; keyslots: JournalHeader['keyslots']; dataKey: Uint8Array };
  /** Reads the journal from disk again, after records were written beside it. */
  reloadJournal(): Promise<void>;
  journal(): { settle(): Promise<void> };
}

export interface SyncReport {
  deviceId: string;
  /** Files this computer wrote to the folder in this pass. */
  wroteFiles: number;
  /** Records whose changes it sent. */
  sentRecords: number;
  /** Files of other computers it applied. */
  appliedFiles: number;
  /** Records written into this journal (merged records and earlier versions). */
  wroteRecords: number;
  earlierVersions: number;
  broughtBack: string[];
  setAside: { id: string; kind: string; reason: string }[];
  /** Why some files are not applied yet; they are tried again at the next pass. */
  waiting: string[];
  refused: string[];
  outOfOrder: number;
  /** Each other computer (by device id) and how many of its files are applied. */
  devices: Record<string, number>;
}

/**
 * One journal kept in step through a synced folder. A pass writes this computer's
 * changes, applies what other computers wrote and puts the merged records into the
 * journal. Each pass is safe to stop at any point: the sealed state says which
 * records the journal already has, and files are only ever added, never rewritten.
 */
export class JournalSync {
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly options: { vault: SyncVault; fs: FileSystem; folder: string; now?: () => Date },
  ) {}

  /** Passes run one after another, never two at once. */
  pass(): Promise<SyncReport> {
    const next = this.running.then(() => this.run(), () => this.run());
    this.running = next.catch(() => undefined);
    return next;
  }

  private async run(): Promise<SyncReport> {
    const { vault, fs } = this.options;
    const now = this.options.now ?? (() => new Date());
    const keys = vault.openKeys();
    try {
      const key = keys.dataKey;
      const state = (await readSyncState(fs, vault.journalDir, key, keys.journalId)) ?? freshSyncState(keys.journalId);
      const folder = new ReplicaFolder(fs, this.options.folder);
      const report = emptyReport(state.deviceId);
      try {
        await folder.prepareOwn(state.deviceId, { format: JOURNAL_FORMAT, version: JOURNAL_FORMAT_VERSION, journalId: keys.journalId, keyslots: keys.keyslots });
      } catch (error) {
        // A folder on a drive not plugged in, or not writable: nothing changes here, the next pass tries again.
        report.waiting.push(`The synced folder could not be used (${codeOf(error)}).`);
        return report;
      }
      await flushOutbox(folder, state, report);

      await vault.journal().settle();
      const store = new RecordStore(fs, vault.journalDir, key);
      const loaded = await store.loadAll();
      const opened = new Map(loaded.records.map((record) => [record.id, record]));
      const unreadable = new Set(loaded.damaged.map((damage) => damage.id).filter((id) => !opened.has(id)));
      const docs = new RecordDocs(state, state.deviceId);
      const local = collectLocalChanges(loaded.records, unreadable, state, docs);
      report.refused.push(...local.problems);
      report.sentRecords = local.items.length;

      const arrived = await applyArrivedFiles(folder, key, state, docs);
      Object.assign(report, { appliedFiles: arrived.applied, outOfOrder: arrived.outOfOrder, devices: arrived.devices });
      report.waiting.push(...arrived.waiting);
      report.refused.push(...arrived.refused);

      const merged = mergeIntoJournal(state, docs, opened, now().toISOString());
      Object.assign(report, { setAside: merged.setAside, broughtBack: merged.broughtBack, earlierVersions: merged.earlierVersions });
      sealOutgoing(state, key, local.items, now());
      docs.saveInto(state);
      // The state is sealed before the journal is written: a crash in between is recognised by the pending digests.
      await writeSyncState(fs, vault.journalDir, key, state);

      report.wroteRecords = await writeRecords(store, state, merged.writes, opened, report);
      if (report.wroteRecords > 0) await vault.reloadJournal();
      await flushOutbox(folder, state, report);
      await writeSyncState(fs, vault.journalDir, key, state);
      return report;
    } finally {
      keys.dataKey.fill(0);
    }
  }
}

function emptyReport(deviceId: string): SyncReport {
  return { deviceId, wroteFiles: 0, sentRecords: 0, appliedFiles: 0, wroteRecords: 0, earlierVersions: 0, broughtBack: [], setAside: [], waiting: [], refused: [], outOfOrder: 0, devices: {} };
}

/** This computer's changes as numbered, sealed files in its outbox; an acknowledgement when it only applied others' changes. */
function sealOutgoing(state: LocalSyncState, key: Uint8Array, items: ReplicaItem[], now: Date): void {
  const batches: ReplicaItem[][] = [];
  let batch: ReplicaItem[] = [];
  let size = 0;
  for (const item of items) {
    if (batch.length > 0 && size + item.bytes.length > MAX_BATCH_BYTES) {
      batches.push(batch);
      batch = [];
      size = 0;
    }
    batch.push(item);
    size += item.bytes.length;
  }
  if (batch.length > 0) batches.push(batch);
  if (batches.length === 0 && state.owesAck) batches.push([]);
  for (const items of batches) {
    const seq = state.nextSeq;
    const seen = { ...state.applied, [state.deviceId]: seq - 1 };
    const kind = items.length > 0 ? 'changes' : 'ack';
    const bytes = sealReplicaFile(key, { journalId: state.journalId, deviceId: state.deviceId, seq, kind, writtenAt: now.toISOString(), seen, items });
    state.outbox.push({ seq, bytes: Buffer.from(bytes).toString('base64') });
    state.nextSeq = seq + 1;
  }
  state.owesAck = false;
}

/** Writes the outbox in order; what fails stays for the next pass. */
async function flushOutbox(folder: ReplicaFolder, state: LocalSyncState, report: SyncReport): Promise<void> {
  while (state.outbox.length > 0) {
    const next = state.outbox[0]!;
    try {
      await folder.writeOwn(state.deviceId, next.seq, Buffer.from(next.bytes, 'base64'));
    } catch (error) {
      report.waiting.push(`This computer’s file ${next.seq} could not be written to the synced folder yet (${codeOf(error)}).`);
      return;
    }
    state.outbox.shift();
    report.wroteFiles += 1;
  }
}

/**
 * Each merged record is saved like any save (sealed, padded, acknowledged in the
 * manifest); a failure is kept pending for the next pass. A record the person saved
 * again while this pass ran is left as they saved it: the next pass sends their
 * edit and merges it, instead of this write overwriting it.
 */
async function writeRecords(store: RecordStore, state: LocalSyncState, writes: RecordWrite[], read: ReadonlyMap<string, LoadedRecord>, report: SyncReport): Promise<number> {
  let written = 0;
  for (const write of writes) {
    if (await changedSince(store, write, read.get(write.id))) {
      report.waiting.push('A record changed here while merging; it is merged at the next pass.');
      continue;
    }
    const title = typeof write.data.title === 'string' ? { title: write.data.title } : {};
    const trash = write.data.deletedAt === null ? { trashedHere: null } : {};
    try {
      await store.write({ id: write.id, kind: write.kind }, write.data, { ...title, ...trash });
    } catch (error) {
      report.waiting.push(`Merged records could not be saved in this journal yet (${codeOf(error)}); the next pass tries again.`);
      break;
    }
    written += 1;
    const known = state.records[write.id];
    if (known?.pending) {
      known.base = known.pending;
      delete known.pending;
      delete known.behind;
    }
  }
  return written;
}

async function changedSince(store: RecordStore, write: RecordWrite, before: LoadedRecord | undefined): Promise<boolean> {
  const document = store.document<unknown>({ id: write.id, kind: write.kind });
  try {
    await document.read();
  } catch {
    return true;
  }
  const now = document.data;
  if (now === null || before === undefined) return (now === null) !== (before === undefined);
  return recordDigest(write.kind, now) !== recordDigest(write.kind, before.data);
}
