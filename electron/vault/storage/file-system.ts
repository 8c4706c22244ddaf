import { closeSync, constants, fstatSync, openSync, promises as fsp, readSync } from 'node:fs';

/**
 * No record the app writes comes near this (an entry's body is capped at a million
 * characters); a bigger file is not one of ours and is refused before it is read.
 */
export const MAX_RECORD_FILE_BYTES = 32 * 1024 * 1024;

/**
 * The manifest's log is the one file that grows with every save until the next
 * open folds it into a snapshot (about 550 bytes a save): a session that saves
 * 60,000 times, as a large import can, passes 32 MiB. This still bounds what a
 * hostile file can make the journal read.
 */
export const MAX_MANIFEST_LOG_BYTES = 512 * 1024 * 1024;

/**
 * The few file operations the vault uses, behind one seam so tests can inject
 * faults (ENOSPC on write, EIO on fsync, EACCES on rename) into the real code path.
 */
export interface FileSystem {
  /**
   * Reads a regular file of at most MAX_RECORD_FILE_BYTES. A symbolic link, a FIFO,
   * a device or an oversized file is refused (EFTYPE / EFBIG) without reading it,
   * so a hostile file in the journal folder can neither hang nor exhaust memory.
   */
  readFile(path: string): Promise<Uint8Array>;
  /** The same, synchronously: for opening thousands of small records in batches (see RecordStore.loadAll). `maxBytes` raises the limit for the manifest's log. */
  readFileSync(path: string, maxBytes?: number): Uint8Array;
  /** Appends bytes to a file (creating it, owner-only) and fsyncs it before resolving. */
  appendSynced(path: string, data: Uint8Array): Promise<void>;
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
    return readRegularFile(path);
  },
  readFileSync: (path, maxBytes) => readRegularFile(path, maxBytes),
  async appendSynced(path, data) {
    const handle = await fsp.open(path, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | noFollow(), 0o600);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
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

function noFollow(): number {
  return process.platform === 'win32' ? 0 : constants.O_NOFOLLOW;
}

function refused(code: string, path: string, why: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${why}, '${path}'`), { code, path });
}

/**
 * O_NOFOLLOW refuses a symbolic link and O_NONBLOCK keeps a FIFO from hanging the
 * open; fstat on the opened descriptor then checks what was really opened.
 */
function readRegularFile(path: string, maxBytes = MAX_RECORD_FILE_BYTES): Uint8Array {
  const fd = openSync(path, constants.O_RDONLY | noFollow() | (process.platform === 'win32' ? 0 : constants.O_NONBLOCK));
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw refused('EFTYPE', path, 'not a regular file');
    if (stat.size > maxBytes) throw refused('EFBIG', path, 'larger than any file the journal writes');
    const bytes = new Uint8Array(stat.size);
    let filled = 0;
    while (filled < bytes.length) {
      const read = readSync(fd, bytes, filled, bytes.length - filled, filled);
      if (read === 0) break;
      filled += read;
    }
    return filled === bytes.length ? bytes : bytes.subarray(0, filled);
  } finally {
    closeSync(fd);
  }
}
