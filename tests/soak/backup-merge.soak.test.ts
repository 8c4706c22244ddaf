import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countFrom, report } from '../support/scale';
import { makeTempFolder } from '../support/temp-folder';
import { runBackupCampaign } from './backup-campaign';

// Many randomized merge and restore rounds over damaged backups. BF_BACKUP_ROUNDS and BF_BACKUP_SEED override.
let folder: Awaited<ReturnType<typeof makeTempFolder>>;
beforeAll(async () => {
  folder = await makeTempFolder('bf-soak-backup-');
});
afterAll(async () => {
  await folder.remove();
});

describe('merging and restoring damaged backups (soak)', () => {
  it('never loses or changes a record except by an accepted newer version, and a refused backup writes nothing', async () => {
    const seed = process.env.BF_BACKUP_SEED ? countFrom('BF_BACKUP_SEED', 0) : undefined;
    const result = await runBackupCampaign({ folder: folder.path, rounds: countFrom('BF_BACKUP_ROUNDS', 300), ...(seed !== undefined ? { seed } : {}) });
    report('backup merge/restore (soak)', { ...result });
    expect(result.merged).toBeGreaterThan(0);
    expect(result.restored).toBeGreaterThan(0);
    expect(result.refused).toBeGreaterThan(0);
  });
});
