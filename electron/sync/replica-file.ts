import { z } from 'zod';
import { openRecord, sealRecord } from '../vault/crypto/sealed-record';

/**
 * One file in the synced folder, sealed like a journal record (tweetnacl secretbox
 * under the data key, padded to a size bucket) and bound inside the plaintext to
 * where it belongs: {journal, device, sequence number, kind}. Opening checks that
 * binding against where the file was found, so a file moved to another device's
 * folder, copied to a later number, swapped with another or taken from another
 * journal is refused.
 */
export const REPLICA_FILE_KINDS = ['changes', 'ack', 'snapshot'] as const;
export type ReplicaFileKind = (typeof REPLICA_FILE_KINDS)[number];

/** Keeps one file well under the vault's 32 MB read limit, so a journal's first upload is split. */
export const MAX_BATCH_BYTES = 4 * 1024 * 1024;

const deviceIdSchema = z.string().regex(/^[0-9a-f]{32}$/u);
const seqSchema = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

/** A record id becomes a file name in the journal: only the characters entry ids and earlier-version ids use. */
export const syncedRecordIdSchema = z.string().regex(/^[0-9A-Za-z][0-9A-Za-z-]{7,63}$/u);

export const replicaItemSchema = z.strictObject({
  id: syncedRecordIdSchema,
  kind: z.string().min(1).max(64),
  /** Automerge bytes: changes, or a whole saved document in a snapshot; both load the same way. */
  bytes: z.base64().max(MAX_BATCH_BYTES * 2),
});
export type ReplicaItem = z.infer<typeof replicaItemSchema>;

export const replicaPayloadSchema = z.strictObject({
  journalId: z.uuid(),
  deviceId: deviceIdSchema,
  seq: seqSchema,
  kind: z.enum(REPLICA_FILE_KINDS),
  writtenAt: z.iso.datetime(),
  /**
   * How far the writer had applied every device's files (its own included, as seq - 1)
   * when it wrote this one. A reader applies the file only once it has applied as
   * much, so every change's dependencies are always there before it (causal order).
   */
  seen: z.record(deviceIdSchema, z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)),
  items: z.array(replicaItemSchema).max(200_000),
});
export type ReplicaPayload = z.infer<typeof replicaPayloadSchema>;

export interface ReplicaBinding {
  journalId: string;
  deviceId: string;
  seq: number;
}

function bindingId(binding: ReplicaBinding): string {
  return `sync/${binding.journalId}/${binding.deviceId}/${binding.seq}`;
}

export function sealReplicaFile(key: Uint8Array, payload: ReplicaPayload): Uint8Array {
  return sealRecord(key, { id: bindingId(payload), kind: `sync-${payload.kind}` }, payload);
}

export class ReplicaFileRefused extends Error {}

/**
 * The payload of a file found at `where`, or ReplicaFileRefused saying why not:
 * cut short or damaged (it may still be arriving: try again later), or bound to
 * another place (moved, replayed, swapped: never usable).
 */
export function openReplicaFile(key: Uint8Array, bytes: Uint8Array, where: ReplicaBinding): ReplicaPayload {
  let opened: { kind: string; data: unknown };
  try {
    opened = openRecord<unknown>(key, bytes, { id: bindingId(where) });
  } catch (error) {
    throw new ReplicaFileRefused(error instanceof Error ? error.message.replace(/record sync\/\S+/u, 'file') : 'unreadable');
  }
  const parsed = replicaPayloadSchema.safeParse(opened.data);
  if (!parsed.success) throw new ReplicaFileRefused('The file opened but is not in the shape expected.');
  const payload = parsed.data;
  const bound =
    opened.kind === `sync-${payload.kind}` && payload.journalId === where.journalId && payload.deviceId === where.deviceId && payload.seq === where.seq;
  if (!bound) throw new ReplicaFileRefused('The file belongs somewhere else (moved, replayed or swapped).');
  return payload;
}
