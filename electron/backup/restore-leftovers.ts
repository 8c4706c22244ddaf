import { lstat, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A restore writes into a hidden folder beside its target and a test restore into
 * a scratch folder in the temp folder; a killed process leaves them behind. Only
 * folders whose names this app makes are touched, and only once nothing has
 * written to them for this long: a restore of a large journal takes seconds, so
 * an hour means no restore is still using it.
 */
export const LEFTOVER_AGE_MS = 60 * 60 * 1000;

export const RESTORE_TEMP = /^\..+\.restoring-[0-9a-f]{12}$/u;
export const TEST_RESTORE_PREFIX = 'bounce-forward-test-restore-';
const TEST_RESTORE_TEMP = /^bounce-forward-test-restore-[A-Za-z0-9]{6}$/u;

export function restoreTempName(targetName: string, random: string): string {
  return `.${targetName}.restoring-${random}`;
}

/** The newest change to the folder or the records folder in it: what a restore under way keeps touching. */
async function lastTouched(folder: string): Promise<number> {
  let newest = (await lstat(folder)).mtimeMs;
  const records = await lstat(join(folder, 'records')).catch(() => null);
  if (records?.isDirectory()) newest = Math.max(newest, records.mtimeMs);
  return newest;
}

/** Removes this app's restore leftovers in `parent`; anything else there, and any failure, is left alone. */
export async function removeRestoreLeftovers(parent: string, now: number = Date.now(), which: 'restore' | 'test-restore' = 'restore'): Promise<string[]> {
  const pattern = which === 'restore' ? RESTORE_TEMP : TEST_RESTORE_TEMP;
  let names: string[];
  try {
    names = await readdir(parent);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names.filter((candidate) => pattern.test(candidate))) {
    const path = join(parent, name);
    try {
      const info = await lstat(path);
      if (!info.isDirectory() || now - (await lastTouched(path)) < LEFTOVER_AGE_MS) continue;
      await rm(path, { recursive: true, force: true });
      removed.push(path);
    } catch {
      // Gone already, or not ours to remove: the next run tries again.
    }
  }
  return removed;
}
