/** What a synced folder holds, as Syncthing's users see it: every file's path and bytes, Syncthing's own files left out. */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Relative path (with `/`) to the file's bytes. */
export type FolderTree = Map<string, Buffer>;

/** Syncthing's marker folder, its versions folder and its half-downloaded temporaries are not the folder's content. */
function isSyncthingOwn(name: string): boolean {
  return name === '.stfolder' || name === '.stversions' || name === '.stignore' || /^\.syncthing\..*\.tmp$/.test(name) || /^~syncthing~.*\.tmp$/.test(name);
}

export async function readFolderTree(root: string): Promise<FolderTree> {
  const tree: FolderTree = new Map();
  const visit = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      if (isSyncthingOwn(entry.name)) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await visit(path);
      else if (entry.isFile()) {
        try {
          tree.set(relative(root, path).split(sep).join('/'), await readFile(path));
        } catch (error) {
          // Syncthing may move a file away between listing and reading; the next look sees where it went.
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        }
      }
    }
  };
  await visit(root);
  return tree;
}

/** The first few differences between two trees in words, or null when they hold the same files and bytes. */
export function describeTreeDifference(left: FolderTree, right: FolderTree, leftName: string, rightName: string): string | null {
  const differences: string[] = [];
  for (const [path, bytes] of left) {
    const other = right.get(path);
    if (!other) differences.push(`${path} only on ${leftName}`);
    else if (!other.equals(bytes)) differences.push(`${path} differs`);
  }
  for (const path of right.keys()) if (!left.has(path)) differences.push(`${path} only on ${rightName}`);
  if (differences.length === 0) return null;
  return differences.slice(0, 5).join(', ') + (differences.length > 5 ? ` and ${differences.length - 5} more` : '');
}
