import { z } from 'zod';
import { VaultError } from '../../vault/errors';

/**
 * The sealed body is UTF-8 JSON Lines: one manifest line, one line per record, one
 * end line with the count. The last chunk's flag proves nothing follows the end line;
 * the count proves no record line was lost on the way to it.
 */
export const RECORD_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/u;
export const RECORD_KIND_PATTERN = /^[A-Za-z][A-Za-z0-9._-]{0,63}$/u;

/** One record line may be this long: an entry at its largest, escaped, fits many times over. */
export const MAX_LINE_BYTES = 32 * 1024 * 1024;

export const manifestLineSchema = z.strictObject({
  type: z.literal('manifest'),
  createdAt: z.iso.datetime(),
  app: z.string().max(200),
  /** The journal the records came from. */
  journalId: z.uuid().nullable(),
});
export type ManifestLine = z.infer<typeof manifestLineSchema>;

/** Ids become file names on restore, so only plain names get through. */
export const recordLineSchema = z.strictObject({
  type: z.literal('record'),
  id: z.string().regex(RECORD_ID_PATTERN),
  kind: z.string().regex(RECORD_KIND_PATTERN),
  data: z.unknown().refine((data) => data !== undefined, 'A record needs its data.'),
});

const endLineSchema = z.strictObject({ type: z.literal('end'), records: z.number().int().min(0) });

export interface BackupRecord {
  id: string;
  kind: string;
  data: unknown;
}

const encoder = new TextEncoder();

export function manifestLine(manifest: Omit<ManifestLine, 'type'>): Uint8Array {
  return encoder.encode(`${JSON.stringify({ type: 'manifest', createdAt: manifest.createdAt, app: manifest.app, journalId: manifest.journalId })}\n`);
}

export function recordLine(record: BackupRecord): Uint8Array {
  return encoder.encode(`${JSON.stringify({ type: 'record', id: record.id, kind: record.kind, data: record.data })}\n`);
}

export function endLine(records: number): Uint8Array {
  return encoder.encode(`${JSON.stringify({ type: 'end', records })}\n`);
}

const damaged = (what: string) => new VaultError('DAMAGED', `This backup is damaged: ${what}. Nothing was changed.`);

/**
 * Splits decrypted chunks back into lines and checks their order. Records are handed
 * on as they arrive; the caller treats them as real only once finish() has passed.
 */
export class BodyLineReader {
  private parts: Uint8Array[] = [];
  private pending = 0;
  private manifest: ManifestLine | null = null;
  private ended = false;
  private count = 0;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });

  constructor(private readonly onRecord: (record: BackupRecord, manifest: ManifestLine) => Promise<void> | void) {}

  async push(bytes: Uint8Array): Promise<void> {
    let start = 0;
    while (start < bytes.length) {
      const newline = bytes.indexOf(0x0a, start);
      const end = newline === -1 ? bytes.length : newline;
      if (this.pending + (end - start) > MAX_LINE_BYTES) throw damaged('one of its records is larger than any journal record can be');
      // Copied: the chunk's buffer is wiped once it has been read.
      this.parts.push(bytes.slice(start, end));
      this.pending += end - start;
      if (newline === -1) return;
      await this.line(this.take());
      start = newline + 1;
    }
  }

  finish(): { manifest: ManifestLine; records: number } {
    if (this.pending > 0 || !this.ended || !this.manifest) throw damaged('it ends before its last record');
    return { manifest: this.manifest, records: this.count };
  }

  private take(): Uint8Array {
    const line = this.parts.length === 1 ? this.parts[0]! : Buffer.concat(this.parts);
    this.parts = [];
    this.pending = 0;
    return line;
  }

  private async line(bytes: Uint8Array): Promise<void> {
    if (this.ended) throw damaged('it has data after its end');
    let json: unknown;
    try {
      json = JSON.parse(this.decoder.decode(bytes));
    } catch (cause) {
      throw new VaultError('DAMAGED', 'This backup is damaged: part of it cannot be read. Nothing was changed.', { cause });
    } finally {
      bytes.fill(0);
    }
    if (!this.manifest) {
      const manifest = manifestLineSchema.safeParse(json);
      if (!manifest.success) throw damaged('it does not start with its table of contents');
      this.manifest = manifest.data;
      return;
    }
    const type = (json as { type?: unknown } | null)?.type;
    if (type === 'end') {
      const end = endLineSchema.safeParse(json);
      if (!end.success || end.data.records !== this.count) throw damaged(`it says it holds a different number of records than the ${this.count} found`);
      this.ended = true;
      return;
    }
    const record = recordLineSchema.safeParse(json);
    if (!record.success) throw damaged(`record ${this.count + 1} is not as expected`);
    this.count += 1;
    await this.onRecord({ id: record.data.id, kind: record.data.kind, data: record.data.data }, this.manifest);
  }
}
