import { describe, expect, it } from 'vitest';
import { methodsWithoutSample, runHostileCampaign } from '../../support/hostile-requests';
import { countFrom, report } from '../../support/scale';
import { useTempFolder } from '../../support/use-temp-folder';

// Promise: nothing the window sends can make the app misbehave. Every hostile request is
// refused at the dispatcher, before any service, and leaves the journal as it was.
// The long form is tests/soak/hostile-requests.soak.test.ts.
const folder = useTempFolder('bf-hostile-');

describe('hostile requests at the API', () => {
  for (const unlocked of [true, false]) {
    it(`are all refused before any service, journal ${unlocked ? 'unlocked' : 'locked'}`, async () => {
      const result = await runHostileCampaign({ journalDir: `${folder()}/journal`, unlocked, runs: countFrom('BF_HOSTILE_RUNS', 3000) });
      report(`hostile requests (short, ${unlocked ? 'unlocked' : 'locked'})`, { payloads: result.payloads, ...result.byCategory });
      expect(result.reachedServices).toBe(0);
    }, 60_000);
  }

  it('has a valid sample request for every method that needs fields, so each gets field-level attacks', () => {
    // Without a sample a method still gets the other categories, but never a hostile value in one
    // field of an otherwise valid request, the one most likely to slip past a loose schema.
    // Add the missing ones in tests/support/hostile-requests.ts.
    expect(methodsWithoutSample()).toEqual([]);
  });
});
