import { join } from 'node:path';
import { VaultError } from '../errors';
import { isLeftoverTempFile, isStaleTempFile } from './durable-write';
import type { FileSystem } from './file-system';
import { idFromPreviousFileName, idFromRecordFileName, recordFolderName, RECORDS_FOLDER } from './record-paths';

export interface FoundFiles {
  current: boolean;
  previous: boolean;
}

/** Every record id with a current or previous file in the folder its id belongs in; stray names are left alone. */
export async function listRecordFiles(fs: FileSystem, journalDir: string, knownFolders: Set<string>): Promise<Map<string, FoundFiles>> {
  const found = new Map<string, FoundFiles>();
  const root = join(journalDir, RECORDS_FOLDER);
  if (!(await fs.exists(root))) return found;
  for (const folder of await fs.readdir(root)) {
    const folderPath = join(root, folder);
    let names: string[];
    try {
      names = await fs.readdir(folderPath);
    } catch (error) {
      // A stray file among the folders is not the journal's; it must not stop the journal opening.
      if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') continue;
      throw new VaultError('DAMAGED', `The journal folder ${RECORDS_FOLDER}/${folder} could not be read.`, { cause: error });
    }
    knownFolders.add(folderPath);
    for (const name of names) {
      if (isLeftoverTempFile(name)) {
        if (isStaleTempFile(name)) await fs.unlink(join(folderPath, name)).catch(() => undefined);
        continue;
      }
      const currentId = idFromRecordFileName(name);
      const id = currentId ?? idFromPreviousFileName(name);
      // Compared by name: joining a path for each of tens of thousands of files costs more than reading them is worth.
      if (!id || recordFolderName(id) !== folder) continue;
      const entry = found.get(id) ?? { current: false, previous: false };
      if (currentId) entry.current = true;
      else entry.previous = true;
      found.set(id, entry);
    }
  }
  return found;
}

/** Temp files left by a crash mid-write hold no acknowledged data (and no plaintext); only stale ones go (see isStaleTempFile). */
export async function sweepLeftovers(fs: FileSystem, folder: string): Promise<void> {
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return;
  }
  for (const name of names) {
    if (isStaleTempFile(name)) await fs.unlink(join(folder, name)).catch(() => undefined);
  }
}
