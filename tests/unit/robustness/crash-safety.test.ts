import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCrashCampaign } from '../../support/crash-campaign';
import { countFrom, report } from '../../support/scale';
import { makeTempFolder } from '../../support/temp-folder';

// Promise: a saved word is never lost to a crash. The long form is tests/soak/crash-safety.soak.test.ts.
let folder: Awaited<ReturnType<typeof makeTempFolder>>;
beforeEach(async () => {
  folder = await makeTempFolder('bf-crash-');
});
afterEach(async () => {
  await folder.remove();
});

describe('crash safety (SIGKILL at random moments)', () => {
  it('keeps every acknowledged save, and the journal opens with the old or the new passphrase', async () => {
    const kills = countFrom('BF_CRASH_KILLS', 24);
    const result = await runCrashCampaign({ journalDir: `${folder.path}/journal`, kills });
    report('crash (short)', { seed: result.seed, kills: result.kills, ...result.killsMidStep, startup: result.killsDuringStartup, acknowledged: result.stepsAcknowledged, openedOld: result.openedWithOldPassphrase, openedNew: result.openedWithNewPassphrase, entries: result.entriesAtEnd });
    expect(result.kills).toBe(kills);
    expect(result.stepsAcknowledged).toBeGreaterThan(kills);
  }, 120_000);
});
