import { describe, expect, it } from 'vitest';
import { runCrashCampaign } from '../../support/crash-campaign';
import { countFrom, report } from '../../support/scale';
import { useTempFolder } from '../../support/use-temp-folder';

// Promise: a saved word is never lost to a crash. The long form is tests/soak/crash-safety.soak.test.ts.
const folder = useTempFolder('bf-crash-');

describe('crash safety (SIGKILL at random moments)', () => {
  it('keeps every acknowledged save, and the journal opens with the old or the new passphrase', async () => {
    const kills = countFrom('BF_CRASH_KILLS', 24);
    const result = await runCrashCampaign({ journalDir: `${folder()}/journal`, kills });
    report('crash (short)', { seed: result.seed, kills: result.kills, ...result.killsMidStep, startup: result.killsDuringStartup, acknowledged: result.stepsAcknowledged, openedOld: result.openedWithOldPassphrase, openedNew: result.openedWithNewPassphrase, entries: result.entriesAtEnd });
    // The campaign counts its own rounds, so their number proves nothing; kills landing mid-write do.
    expect(Object.values(result.killsMidStep).reduce((sum, n) => sum + n, 0)).toBeGreaterThan(0);
    expect(result.stepsAcknowledged).toBeGreaterThan(kills);
  }, 120_000);
});
