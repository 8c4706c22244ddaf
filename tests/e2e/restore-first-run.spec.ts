import { join } from 'node:path';
import { expectAccessible } from './support/accessibility';
import { expect, test } from './support/fixtures';
import { startOtherApp } from './support/backup-steps';
import { PASSPHRASE, unlock } from './support/journal-steps';

/**
 * Moving to a new computer: there is no journal yet, and the first screen offers to
 * restore a backup instead of creating one.
 */
test('a backup restores as this computer’s journal from the first screen', async ({ page, app, browser, shot }) => {
  // The old computer: a journal with one entry, backed up with its own keys.
  const old = await startOtherApp(browser);
  const backupFile = join(old.app.dataFolder, 'moving.bfbackup');
  try {
    const created = await old.app.services.vault.create(PASSPHRASE);
    const groups = created.recoveryCode.split('-');
    await old.app.services.vault.confirmRecoveryCode(created.confirmGroups.map((group) => ({ group, value: groups[group - 1]! })));
    await old.app.services.vault.journal().save({ title: 'Written on the old laptop', date: '2026-02-01', body: 'Quarrytide notes.', tags: [] });
    old.app.dialogs.savePath = backupFile;
    expect(await old.app.services.dispatch('backup.export', { to: 'journal-keys' })).toMatchObject({ ok: true });

    // The new computer.
    await page.getByRole('button', { name: 'Restore from a backup' }).click();
    app.dialogs.openPath = backupFile;
    await page.getByRole('button', { name: 'Choose backup file…' }).click();
    await expect(page.getByText('moving.bfbackup')).toBeVisible();
    await page.getByLabel('Passphrase or recovery code').fill('not the passphrase');
    await page.getByRole('button', { name: 'Restore journal' }).click();
    await expect(page.getByRole('alert')).toContainText("doesn't open this backup");
    await expectAccessible(page, 'restore from a backup on the first screen, passphrase refused');
    expect((await app.services.vault.status()).exists).toBe(false);

    await page.getByLabel('Passphrase or recovery code').fill(PASSPHRASE);
    await shot('08-restore-first-run');
    await page.getByRole('button', { name: 'Restore journal' }).click();
    await expect(page.getByText(/Your journal is restored/)).toBeVisible({ timeout: 30_000 });
    await expectAccessible(page, 'journal restored on the first screen');
    await unlock(page);
    await page.getByLabel('Search entries').fill('Quarrytide');
    await expect(page.getByRole('list', { name: 'Entries' }).getByText('Written on the old laptop')).toBeVisible();
  } finally {
    await old.close();
  }
});
