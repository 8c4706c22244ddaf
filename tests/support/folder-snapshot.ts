import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** Every file under a folder, by relative path, with a hash of its bytes. */
export type FolderSnapshot = Map<string, string>;

export async function snapshotFolder(folder: string): Promise<FolderSnapshot> {
  const files: FolderSnapshot = new Map();
  const walk = async (dir: string): Promise<void> => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else files.set(relative(folder, path), createHash('sha256').update(await readFile(path)).digest('hex'));
    }
  };
  await walk(folder);
  return new Map([...files.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/** Paths added, removed or changed between two snapshots; empty when byte-identical. */
export function diffSnapshots(before: FolderSnapshot, after: FolderSnapshot): string[] {
  const changes: string[] = [];
  for (const [path, hash] of before) {
    if (!after.has(path)) changes.push(`removed ${path}`);
    else if (after.get(path) !== hash) changes.push(`changed ${path}`);
  }
  for (const path of after.keys()) if (!before.has(path)) changes.push(`added ${path}`);
  return changes;
}
