import { join } from 'node:path';
import { z } from 'zod';
import { openRecord, sealRecord } from '../vault/crypto/sealed-record';
import { randomBytes } from '../vault/crypto/data-key';
import { ensureFolderDurably, writeFileDurably } from '../vault/storage/durable-write';
import type { FileSystem } from '../vault/storage/file-system';

/**
 * What this computer knows of the sync, kept beside its journal (never only in the
 * synced folder) and sealed like a record: its device id, how far it has applied
 * every device's files, each record's Automerge document and which state of it the
 * journal's copy was built from, and files sealed but not yet in the folder.
 */
export const SYNC_STATE_FOLDER = 'sync';
const STATE_FILE = 'state.bfs';
const STATE_VERSION = 1;

const headsSchema = z.array(z.string().regex(/^[0-9a-f]{64}$/u)).max(10_000);
const builtFromSchema = z.strictObject({ heads: headsSchema, digest: z.string().regex(/^[0-9a-f]{64}$/u) });

export const recordSyncStateSchema = z.strictObject({
  kind: z.string().min(1).max(64),
  /** The whole Automerge document (Automerge's compressed save). */
  doc: z.base64(),
  /** The document state the journal's copy of the record was built from, and that copy's digest; null while the journal has never had it. */
  base: builtFromSchema.nullable(),
  /** The document has changes from other computers that the journal's copy does not have yet. */
  behind: z.literal(true).optional(),
  /** Sealed into the state before the journal is written, so a crash between the two is recognised. */
  pending: builtFromSchema.optional(),
  /** Purged from this journal; kept so it is not brought back by its own document. */
  purgedHere: z.literal(true).optional(),
});
export type RecordSyncState = z.infer<typeof recordSyncStateSchema>;

export const localSyncStateSchema = z.strictObject({
  v: z.literal(STATE_VERSION),
  journalId: z.uuid(),
  deviceId: z.string().regex(/^[0-9a-f]{32}$/u),
  /** The sequence number of this computer's next file in the folder. */
  nextSeq: z.number().int().min(1),
  /** Per device: every file up to this number is applied. */
  applied: z.record(z.string(), z.number().int().min(0)),
  /** Files of others with changes were applied since this computer last wrote: say so (an acknowledgement). */
  owesAck: z.boolean(),
  records: z.record(z.string(), recordSyncStateSchema),
  /** Sealed files this computer has numbered but may not yet have written to the folder. */
  outbox: z.array(z.strictObject({ seq: z.number().int().min(1), bytes: z.base64() })),
});
export type LocalSyncState = z.infer<typeof localSyncStateSchema>;

function binding(journalId: string): { id: string; kind: string } {
  return { id: `sync-state/${journalId}`, kind: 'sync-state' };
}

export function statePath(journalDir: string): string {
  return join(journalDir, SYNC_STATE_FOLDER, STATE_FILE);
}

export function freshSyncState(journalId: string): LocalSyncState {
  const deviceId = Buffer.from(randomBytes(16)).toString('hex');
  return { v: STATE_VERSION, journalId, deviceId, nextSeq: 1, applied: {}, owesAck: false, records: {}, outbox: [] };
}

/** This journal's sync state, or null before its first sync. A damaged one is an error: guessing would resend or lose changes. */
export async function readSyncState(fs: FileSystem, journalDir: string, key: Uint8Array, journalId: string): Promise<LocalSyncState | null> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(statePath(journalDir));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const opened = openRecord<unknown>(key, bytes, binding(journalId));
  const parsed = localSyncStateSchema.safeParse(opened.data);
  if (!parsed.success || parsed.data.journalId !== journalId) throw new Error('This computer’s sync state is not in the shape expected.');
  return parsed.data;
}

export async function writeSyncState(fs: FileSystem, journalDir: string, key: Uint8Array, state: LocalSyncState): Promise<void> {
  await ensureFolderDurably(fs, join(journalDir, SYNC_STATE_FOLDER));
  await writeFileDurably(fs, statePath(journalDir), sealRecord(key, binding(state.journalId), state));
}
