/**
 * One Syncthing pair for a whole test file, started before its tests and stopped after them (also when
 * a test fails). When Syncthing is missing or will not start, every test that asks for the pair is
 * skipped with the reason, so a skip is never silent; with BF_REQUIRE_SYNCTHING=1 (for a CI that has
 * installed it) it fails instead.
 */
import { afterAll, beforeAll, type TestContext } from 'vitest';
import { startSyncthingPair, SyncthingUnavailable, type PairOptions, type SyncthingPair } from './syncthing-pair';

export function useSyncthingPair(options: PairOptions = {}): (context: TestContext) => SyncthingPair {
  let pair: SyncthingPair | null = null;
  let unavailable = 'the Syncthing pair was not started';
  beforeAll(async () => {
    try {
      pair = await startSyncthingPair(options);
    } catch (error) {
      if (!(error instanceof SyncthingUnavailable) || process.env['BF_REQUIRE_SYNCTHING'] === '1') throw error;
      unavailable = `Syncthing unavailable: ${error.reason}`;
    }
  }, 120_000);
  afterAll(async () => {
    await pair?.stop();
    pair = null;
  }, 60_000);
  return (context) => {
    if (!pair) return context.skip(unavailable);
    return pair;
  };
}
