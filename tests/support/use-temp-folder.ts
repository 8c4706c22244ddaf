import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { makeTempFolder } from './temp-folder';

/**
 * A fresh temporary folder for each test (or one for the whole file, with
 * `{ perFile: true }`), removed after it; the getter answers its path.
 *
 * Call it at the top of the file, before any hook that uses the folder: Vitest runs
 * before-hooks in the order they were registered and after-hooks in reverse, so the
 * file's own hooks then see the folder made, and finish (settling journals, locking)
 * before it is removed.
 *
 * Apart from temp-folder.ts because this one needs Vitest, and the crash worker, a
 * plain Node process, imports FAST_KDF from there.
 */
export function useTempFolder(prefix = 'bf-test-', options: { perFile?: boolean } = {}): () => string {
  let folder: Awaited<ReturnType<typeof makeTempFolder>> | null = null;
  const [before, after] = options.perFile ? [beforeAll, afterAll] : [beforeEach, afterEach];
  before(async () => {
    folder = await makeTempFolder(prefix);
  });
  after(async () => {
    await folder?.remove();
    folder = null;
  });
  return () => {
    // Read at collection time, outside any test, there is no folder yet to name.
    if (!folder) throw new Error('The temporary folder exists only while a test runs.');
    return folder.path;
  };
}
