import { describe, expect, it } from 'vitest';
import { countFrom, report } from '../../support/scale';
import { useTempFolder } from '../../support/use-temp-folder';
import { runBackupCampaign } from '../../soak/backup-campaign';

// Short form of tests/soak/backup-merge.soak.test.ts: same rounds, fewer of them, a fixed seed.
const folder = useTempFolder('bf-backup-rounds-', { perFile: true });

describe('merging and restoring damaged backups', () => {
  it('never loses or changes a record except by an accepted newer version, and a refused backup writes nothing', async () => {
    const result = await runBackupCampaign({ folder: folder(), rounds: countFrom('BF_BACKUP_ROUNDS_SHORT', 30), seed: 20261201 });
    report('backup merge/restore', { ...result });
    // Every round is counted as one of these, so their sum says nothing; each path being taken does.
    expect(result.merged).toBeGreaterThan(0);
    expect(result.restored).toBeGreaterThan(0);
    expect(result.refused).toBeGreaterThan(0);
    expect(result.setAside).toBeGreaterThan(0);
  });
});
