import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFaultSweep, WRITE_STEPS } from '../support/fault-sweep';
import { report } from '../support/scale';
import { makeTempFolder } from '../support/temp-folder';

// Long form of tests/unit/robustness/faults.test.ts: every errno, and for the file write every stage.
let folder: Awaited<ReturnType<typeof makeTempFolder>>;
beforeAll(async () => {
  folder = await makeTempFolder('bf-soak-faults-');
});
afterAll(async () => {
  await folder.remove();
});

describe('disk faults (soak)', () => {
  it('a fault of every kind at every write step of every operation keeps every promise', async () => {
    const codes = (process.env.BF_FAULT_CODES ?? 'ENOSPC,EIO,EACCES,EROFS,EPERM').split(',');
    const result = await runFaultSweep({ folder: folder.path, codes, stages: ['open', 'write', 'fsync'] });
    report('faults (soak sweep)', { faults: result.faults, succeededAnyway: result.succeededAnyway, steps: WRITE_STEPS.length, codes: codes.join('+') });
    expect(result.succeededAnyway).toBeGreaterThan(0); // EPERM on link: the no-hard-links fallback
  });
});
