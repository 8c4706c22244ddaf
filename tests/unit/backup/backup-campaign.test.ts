import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countFrom, report } from '../../support/scale';
import { makeTempFolder } from '../../support/temp-folder';
import { runBackupCampaign } from '../../soak/backup-campaign';

// Short form of tests/soak/backup-merge.soak.test.ts: same rounds, fewer of them, a fixed seed.
let folder: Awaited<ReturnType<typeof makeTempFolder>>;
beforeAll(async () => {
  folder = await makeTempFolder('bf-backup-rounds-');
});
afterAll(async () => {
  await folder.remove();
});

describe('merging and restoring damaged backups', () => {
  it('never loses or changes a record except by an accepted newer version, and a refused backup writes nothing', async () => {
    const result = await runBackupCampaign({ folder: folder.path, rounds: countFrom('BF_BACKUP_ROUNDS_SHORT', 30), seed: 20261201 });
    report('backup merge/restore', { ...result });
    expect(result.merged + result.restored + result.refused).toBe(result.rounds);
    expect(result.setAside).toBeGreaterThan(0);
  });
});
