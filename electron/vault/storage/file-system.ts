import { promises as fsp, readFileSync } from 'node:fs';

/**
 * The few file operations the vault uses, behind one seam so tests can inject
 * faults (ENOSPC on write, EIO on fsync, EACCES on rename) into the real code path.
 */
export interface FileSystem {
  readFile(path: string): Promise<Uint8Array>;
  /** For opening thousands of small records in batches (see RecordStore.loadAll). */
  readFileSync(path: string): Uint8Array;
  /** Writes bytes to a new file and fsyncs it before closing. */
  writeNewFileSynced(path: string, data: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  /** A second name for an existing file (a hard link): how the previous copy is kept without copying bytes. */
  link(existing: string, newPath: string): Promise<void>;
  /** Makes a rename or unlink inside the folder durable. */
  fsyncDirectory(path: string): Promise<void>;
  unlink(path: string): Promise<void>;
  mkdir(path: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
  exists(path: string): Promise<boolean>;
}

export const nodeFileSystem: FileSystem = {
  async readFile(path) {
    return fsp.readFile(path);
  },
  readFileSync: (path) => readFileSync(path),
  async writeNewFileSynced(path, data) {
    // 'wx' refuses to follow an existing file or link; 0o600 keeps it to the owner.
    const handle = await fsp.open(path, 'wx', 0o600);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: (from, to) => fsp.rename(from, to),
  link: (existing, newPath) => fsp.link(existing, newPath),
  async fsyncDirectory(path) {
    // Windows cannot open a folder for fsync; NTFS makes the rename durable itself.
    if (process.platform === 'win32') return;
    const handle = await fsp.open(path, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  unlink: (path) => fsp.unlink(path),
  async mkdir(path) {
    await fsp.mkdir(path, { recursive: true, mode: 0o700 });
  },
  readdir: (path) => fsp.readdir(path),
  async exists(path) {
    try {
      await fsp.access(path);
      return true;
    } catch {
      return false;
    }
  },
};
