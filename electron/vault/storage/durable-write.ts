import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { FileSystem } from './file-system';

export const TEMP_SUFFIX = '.tmp';

/**
 * `.<name>.<ms since epoch, base 36>-<random>.tmp`: the time lets a sweep tell a
 * temp file left by a crash from one another writer (a backup reading the journal
 * while the person types) is still filling.
 */
function tempNameFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${Date.now().toString(36)}-${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
}

/** Older than any write takes: a temp file this old was left by a crash. */
export const STALE_TEMP_MS = 10 * 60_000;

/**
 * Replaces `path` with `data` so that after a crash at any instant the file holds
 * either the old bytes or the new ones, and once this resolves the new ones survive
 * power loss: temp file + fsync, rename over, fsync of the folder.
 */
export async function writeFileDurably(fs: FileSystem, path: string, data: Uint8Array): Promise<void> {
  const folder = dirname(path);
  const temp = tempNameFor(path);
  try {
    await fs.writeNewFileSynced(temp, data);
    await fs.rename(temp, path);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  await fs.fsyncDirectory(folder);
}

/** Errors from link() that mean "this file system has no hard links" (FAT, exFAT, some shares), not a failing disk. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EMLINK', 'EXDEV', 'EINVAL']);

/**
 * Like writeFileDurably, but what `path` held before is kept as `keepAs` (the
 * record's `.prev`), so a later bad file can fall back to the last good copy.
 * Cost stays one file's worth: the old version gets a second name (a hard link),
 * its bytes are not copied unless the file system has no hard links.
 *
 *   1. write the new bytes to temp T and fsync it
 *   2. link path → K (a temp name), then rename K → keepAs
 *   3. rename T → path
 *   4. fsync the folder (only now is the save acknowledged)
 *
 * Crash points (process kill or power loss), and what the folder holds after:
 *   - during or after 1: path = old, keepAs = older (or absent), T is a leftover temp, swept on open.
 *   - after link, before its rename: K is a second name for the old file, also a leftover temp;
 *     unlinking it removes only that name.
 *   - after rename K → keepAs: path and keepAs are the same old file; both good.
 *   - after 3, before 4: path = new or old (the rename may not have reached the disk), keepAs = old.
 * If step 4 itself fails, the save is reported as failed, so the old version is put
 * back (keepAs renamed over path, or the new file removed): what the person was told
 * did not happen is then also what reopening finds.
 * `path` is never missing and never partly written at any instant, and keepAs is always
 * a complete earlier version. If a power loss reorders the two renames, keepAs may be one
 * version older; that loses nothing acknowledged, since only step 4 acknowledges.
 * At rest path and keepAs are different files (different inodes), so damage to
 * one, even an in-place overwrite, cannot reach the other.
 */
export async function replaceFileKeeping(fs: FileSystem, path: string, data: Uint8Array, keepAs: string): Promise<void> {
  const temp = tempNameFor(path);
  let kept: boolean;
  try {
    await fs.writeNewFileSynced(temp, data);
    kept = await keepCurrentAs(fs, path, keepAs);
    await fs.rename(temp, path);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  try {
    await fs.fsyncDirectory(dirname(path));
  } catch (error) {
    await (kept ? fs.rename(keepAs, path) : fs.unlink(path)).catch(() => undefined);
    throw error;
  }
}

/** Gives the current file a second name, keepAs; false when there is no current file yet. */
async function keepCurrentAs(fs: FileSystem, path: string, keepAs: string): Promise<boolean> {
  const temp = tempNameFor(keepAs);
  try {
    try {
      await fs.link(path, temp);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (code === 'ENOENT') return false; // the first write of this file: nothing to keep yet
      if (!NO_HARD_LINKS.has(code)) throw error;
      let bytes: Uint8Array;
      try {
        bytes = await fs.readFile(path);
      } catch (readError) {
        if ((readError as NodeJS.ErrnoException).code === 'ENOENT') return false;
        throw readError;
      }
      await fs.writeNewFileSynced(temp, bytes);
    }
    await fs.rename(temp, keepAs);
    return true;
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** A folder created for the first time must itself be recorded in its parent. */
export async function ensureFolderDurably(fs: FileSystem, path: string): Promise<void> {
  if (await fs.exists(path)) return;
  await fs.mkdir(path);
  await fs.fsyncDirectory(dirname(path));
}

/** Temp files left by a crash mid-write hold no acknowledged data (and no plaintext); they are swept on open. */
export function isLeftoverTempFile(name: string): boolean {
  return name.startsWith('.') && name.endsWith(TEMP_SUFFIX);
}

/**
 * A leftover temp file old enough to remove. A young one may belong to a write in
 * progress in this or another RecordStore over the same folder; it is left for a
 * later open. Names without a readable time (older versions) count as stale.
 */
export function isStaleTempFile(name: string, now = Date.now()): boolean {
  if (!isLeftoverTempFile(name)) return false;
  const stamp = /\.([0-9a-z]+)-[0-9a-f]+\.tmp$/u.exec(name)?.[1];
  const written = stamp ? parseInt(stamp, 36) : Number.NaN;
  return !Number.isFinite(written) || now - written > STALE_TEMP_MS;
}
