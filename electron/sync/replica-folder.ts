import { join } from 'node:path';
import { DEVICES_FOLDER, isDeviceId, replicaFileName, seqOfReplicaName } from '../../shared/sync/replica-names';
import { ensureFolderDurably, writeFileDurably } from '../vault/storage/durable-write';
import type { FileSystem } from '../vault/storage/file-system';
import { readHeaderState, writeHeader, type HeaderState, type JournalHeader } from '../vault/storage/header';

/**
 * The synced folder as the file system shows it, with every habit of sync tools
 * expected: a folder or file that cannot be listed or read (not downloaded yet, a
 * placeholder that blocks, EIO) is reported and tried again at the next pass, and
 * nothing here ever deletes or rewrites a file.
 */
export class ReplicaFolder {
  constructor(
    private readonly fs: FileSystem,
    readonly path: string,
  ) {}

  deviceDir(deviceId: string): string {
    return join(this.path, DEVICES_FOLDER, deviceId);
  }

  /**
   * This computer's own folder, with its copy of the journal's header (the keyslots a
   * joining computer opens with the passphrase). Each computer writes its own copy, so
   * no two computers ever write the same file.
   */
  async prepareOwn(deviceId: string, header: JournalHeader): Promise<void> {
    await ensureFolderDurably(this.fs, this.path);
    await ensureFolderDurably(this.fs, join(this.path, DEVICES_FOLDER));
    const own = this.deviceDir(deviceId);
    await ensureFolderDurably(this.fs, own);
    if (!(await this.fs.exists(join(own, 'journal.json')))) {
      const { rekey: _unfinished, ...keys } = header;
      await writeHeader(this.fs, own, { ...keys, manifest: true });
    }
  }

  /** Device folders present now; an unreadable folder is an empty list and a reason. */
  async devices(): Promise<{ ids: string[]; problem: string | null }> {
    try {
      return { ids: (await this.fs.readdir(join(this.path, DEVICES_FOLDER))).filter(isDeviceId).sort(), problem: null };
    } catch (error) {
      return { ids: [], problem: `The synced folder could not be listed (${codeOf(error)}).` };
    }
  }

  /** Names in a device's folder by the sequence number they stand for, plain names first. */
  async filesOf(deviceId: string): Promise<Map<number, string[]>> {
    const bySeq = new Map<number, string[]>();
    const names = await this.fs.readdir(this.deviceDir(deviceId));
    for (const name of names.sort()) {
      const found = seqOfReplicaName(name);
      if (!found) continue;
      const list = bySeq.get(found.seq) ?? [];
      if (found.conflictCopy) list.push(name);
      else list.unshift(name);
      bySeq.set(found.seq, list);
    }
    return bySeq;
  }

  read(deviceId: string, name: string): Promise<Uint8Array> {
    return this.fs.readFile(join(this.deviceDir(deviceId), name));
  }

  /**
   * Writes this computer's file `seq`. The same bytes already there are this computer's
   * own earlier write of it; anything else under its number in its own folder (a file
   * replayed or moved there) is not its file and is replaced. Only ever its own folder.
   */
  async writeOwn(deviceId: string, seq: number, bytes: Uint8Array): Promise<void> {
    const path = join(this.deviceDir(deviceId), replicaFileName(seq));
    const there = await this.fs.readFile(path).catch(() => null);
    if (there && Buffer.from(there).equals(Buffer.from(bytes))) return;
    await writeFileDurably(this.fs, path, bytes);
  }

  /** The header of any device's folder (each holds the same keyslots), for a computer joining. */
  async anyHeader(): Promise<HeaderState | null> {
    for (const id of (await this.devices()).ids) {
      const state = await readHeaderState(this.fs, this.deviceDir(id)).catch(() => null);
      if (state) return state;
    }
    return null;
  }
}

export function codeOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message.slice(0, 120) : 'unknown error';
}
