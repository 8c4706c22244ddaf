import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runHostileCampaign } from '../support/hostile-requests';
import { countFrom, report } from '../support/scale';
import { makeTempFolder } from '../support/temp-folder';

// Long form of tests/unit/robustness/hostile-requests.test.ts. BF_HOSTILE_RUNS overrides.
let folder: Awaited<ReturnType<typeof makeTempFolder>>;
beforeAll(async () => {
  folder = await makeTempFolder('bf-soak-hostile-');
});
afterAll(async () => {
  await folder.remove();
});

describe('hostile requests (soak)', () => {
  for (const unlocked of [true, false]) {
    it(`refuses every one of tens of thousands, journal ${unlocked ? 'unlocked' : 'locked'}`, async () => {
      const result = await runHostileCampaign({ journalDir: `${folder.path}/journal-${unlocked}`, unlocked, runs: countFrom('BF_HOSTILE_RUNS', 40_000) });
      report(`hostile requests (soak, ${unlocked ? 'unlocked' : 'locked'})`, { payloads: result.payloads, ...result.byCategory });
      expect(result.reachedServices).toBe(0);
    });
  }
});
