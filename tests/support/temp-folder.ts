import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function makeTempFolder(prefix = 'bf-test-'): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/** Cheap Argon2id settings so unit tests stay fast; the format is the same. */
export const FAST_KDF = { name: 'argon2id', memoryKiB: 8 * 1024, passes: 1, lanes: 1 } as const;
