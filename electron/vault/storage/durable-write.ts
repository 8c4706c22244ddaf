import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { FileSystem } from './file-system';

export const TEMP_SUFFIX = '.tmp';

/**
 * Replaces `path` with `data` so that after a crash at any instant the file holds
 * either the old bytes or the new ones, and once this resolves the new ones survive
 * power loss: temp file + fsync, rename over, fsync of the folder.
 */
export async function writeFileDurably(fs: FileSystem, path: string, data: Uint8Array): Promise<void> {
  const folder = dirname(path);
  const temp = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
  try {
    await fs.writeNewFileSynced(temp, data);
    await fs.rename(temp, path);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  await fs.fsyncDirectory(folder);
}

export async function removeFileDurably(fs: FileSystem, path: string): Promise<void> {
  await fs.unlink(path);
  await fs.fsyncDirectory(dirname(path));
}

/** A folder created for the first time must itself be recorded in its parent. */
export async function ensureFolderDurably(fs: FileSystem, path: string): Promise<void> {
  if (await fs.exists(path)) return;
  await fs.mkdir(path);
  await fs.fsyncDirectory(dirname(path));
}

/** Temp files left by a crash mid-write hold no acknowledged data; they are swept on open. */
export function isLeftoverTempFile(name: string): boolean {
  return name.startsWith('.') && name.endsWith(TEMP_SUFFIX);
}
