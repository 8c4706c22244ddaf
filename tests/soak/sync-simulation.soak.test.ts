import { describe, it } from 'vitest';
import { simulate } from '../unit/sync/sync-simulation';

/** The long form of tests/unit/sync/sync-simulation.test.ts: many more scenarios, each longer. BF_SYNC_RUNS, BF_SYNC_STEPS and BF_SEED override. */
describe('computers syncing through a badly behaved sync tool (soak)', () => {
  it('end with the same journal, every saved word kept unless an edit that showed it removed it', async () => {
    await simulate(Number(process.env.BF_SYNC_RUNS ?? 60), Number(process.env.BF_SYNC_STEPS ?? 120));
  });
});
