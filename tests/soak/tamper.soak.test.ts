import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countFrom, report } from '../support/scale';
import { runTamperCampaign } from '../support/tamper-campaign';
import { makeTempFolder } from '../support/temp-folder';

// Long form of the random rounds in tests/unit/robustness/tamper.test.ts. BF_TAMPER_ROUNDS overrides.
let folder: Awaited<ReturnType<typeof makeTempFolder>>;
beforeAll(async () => {
  folder = await makeTempFolder('bf-soak-tamper-');
});
afterAll(async () => {
  await folder.remove();
});

describe('tampered files (soak)', () => {
  it('random damage to random records keeps every promise', async () => {
    const result = await runTamperCampaign({ folder: folder.path, rounds: countFrom('BF_TAMPER_ROUNDS', 400) });
    report('tamper (soak)', { seed: result.seed, tampered: result.tampered, recovered: result.recovered, reportedLost: result.reportedLost, deletedUnnoticed: result.deletedUnnoticed, ...result.byKind });
    expect(result.tampered).toBeGreaterThan(0);
  });
});
