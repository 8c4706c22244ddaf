import { describe, it } from 'vitest';
import { simulate } from './sync-simulation';

/** Short form; `npm run test:soak` runs tests/soak/sync-simulation.soak.test.ts, the same with more and longer runs. */
describe('computers syncing through a badly behaved sync tool', () => {
  it('end with the same journal, every saved word kept unless an edit that showed it removed it', async () => {
    await simulate(Number(process.env.BF_SYNC_RUNS ?? 2), Number(process.env.BF_SYNC_STEPS ?? 30));
  }, 120_000);
});
