import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCrashCampaign } from '../support/crash-campaign';
import { countFrom, report } from '../support/scale';
import { makeTempFolder } from '../support/temp-folder';

// Long form of tests/unit/robustness/crash-safety.test.ts: at least 300 SIGKILLs. BF_CRASH_KILLS overrides.
let folder: Awaited<ReturnType<typeof makeTempFolder>>;
beforeAll(async () => {
  folder = await makeTempFolder('bf-soak-crash-');
});
afterAll(async () => {
  await folder.remove();
});

describe('crash safety (soak)', () => {
  it('keeps every acknowledged save through hundreds of kills, and never loses the passphrase', async () => {
    const kills = countFrom('BF_CRASH_KILLS', 320);
    const started = Date.now();
    const result = await runCrashCampaign({ journalDir: `${folder.path}/journal`, kills });
    report('crash (soak)', {
      seed: result.seed,
      kills: result.kills,
      ...result.killsMidStep,
      startup: result.killsDuringStartup,
      acknowledged: result.stepsAcknowledged,
      openedOld: result.openedWithOldPassphrase,
      openedNew: result.openedWithNewPassphrase,
      entries: result.entriesAtEnd,
      seconds: Math.round((Date.now() - started) / 1000),
    });
    expect(result.kills).toBe(kills);
    expect((result.killsMidStep['change-passphrase'] ?? 0) + (result.killsMidStep.recover ?? 0)).toBeGreaterThan(0);
  });
});
