import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { openBackups, openJournal, startOtherApp } from './support/backup-steps';
import type { TestApp } from './support/bridge';
import { expect, test } from './support/fixtures';
import { createJournal, PASSPHRASE, unlock, writeEntry } from './support/journal-steps';

/** A word that appears nowhere else, so finding it means finding this entry. */
const MARKER = `Quillwort${Date.now().toString(36)}`;
const BACKUP_PASSPHRASE = 'copper kettle orbit meadow 58';
const IMPORTS = join(__dirname, '../fixtures/import');

async function entryTotal(app: TestApp): Promise<number> {
  const result = (await app.services.dispatch('entries.list', {})) as { ok: boolean; value?: { total: number } };
  expect(result.ok).toBe(true);
  return result.value!.total;
}

async function search(page: Page, words: string) {
  await openJournal(page);
  await page.getByLabel('Search entries').fill(words);
  return page.getByRole('list', { name: 'Entries' });
}

test('make a backup, check it, test a restore, restore it as a new journal and find an entry in it', async ({ page, app, browser }) => {
  await createJournal(page);
  await writeEntry(page, { title: `Before the backup ${MARKER}`, body: `Walked home the long way and felt steadier. ${MARKER}` });
  const backups = await openBackups(page);

  // A cancelled save dialog makes nothing.
  app.dialogs.savePath = null;
  await backups.getByRole('button', { name: 'Make a backup…' }).click();
  await expect(backups.getByText('No backup was made.')).toBeVisible();

  const file = join(app.dataFolder, 'journal-backup.bfbackup');
  app.dialogs.savePath = file;
  await backups.getByRole('button', { name: 'Make a backup…' }).click();
  await expect(backups.getByText('Backup saved to')).toBeVisible({ timeout: 20_000 });
  await expect(backups.getByText(file)).toBeVisible();
  await expect(backups.getByText(/It holds 1 entry( and \d+ other items?)?, [\d.]+ (KB|bytes)/)).toBeVisible();
  expect((await readFile(file)).includes(MARKER)).toBe(false);

  app.dialogs.openPath = file;
  await backups.getByRole('button', { name: 'Choose a backup file…' }).click();
  await expect(backups.getByText('journal-backup.bfbackup', { exact: true })).toBeVisible();
  await expect(backups.getByText(/Locked with this journal's keys/)).toBeVisible();
  await backups.getByRole('button', { name: 'Check it' }).click();
  await expect(backups.getByText(/^The 1 entry (is|and \d+ other items? are) intact\. Made on .+, format version 2\.$/)).toBeVisible({ timeout: 20_000 });
  await backups.getByRole('button', { name: 'Test restore' }).click();
  await expect(backups.getByText(/^A restore would succeed/)).toBeVisible({ timeout: 20_000 });
  await expectAccessible(page, 'Backups, a chosen backup checked and test-restored');

  // Restore into the journal folder of a second app, as on a new computer, then open it there.
  const other = await startOtherApp(browser);
  try {
    await backups.getByRole('button', { name: 'Restore as a new journal…' }).click();
    await expect(backups.getByText(/This journal stays exactly as it is/)).toBeVisible();
    app.dialogs.folder = other.app.journalDir;
    await backups.getByRole('button', { name: 'Choose a folder and restore…' }).click();
    await expect(backups.getByRole('heading', { name: 'The backup is restored as a new journal' })).toBeVisible({ timeout: 20_000 });
    await expect(backups.getByText(other.app.journalDir)).toBeVisible();
    await expect(backups.getByRole('heading', { name: 'To open it' })).toBeVisible();
    await expectAccessible(page, 'Backups, restored as a new journal');

    await other.app.open();
    await unlock(other.page, PASSPHRASE);
    const list = await search(other.page, MARKER.slice(0, 12));
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await expect(list.getByText(`Before the backup ${MARKER}`)).toBeVisible();
  } finally {
    await other.close();
  }
});

test("merge another journal's backup: a wrong passphrase, a preview, then the merge", async ({ page, app, browser, shot }) => {
  // Two journals, a merge and a restore: about 35 s on a quiet 2-core machine, so the default minute is too tight under load.
  test.setTimeout(150_000);
  await createJournal(page);
  await writeEntry(page, { title: 'Written on this computer', body: 'The bus was late again, so I read on the platform.' });
  const file = join(app.dataFolder, 'old-laptop.bfbackup');

  // Another journal, backed up with a passphrase of its own.
  const other = await startOtherApp(browser);
  try {
    await other.app.open();
    await createJournal(other.page, 'another journal entirely 42');
    await writeEntry(other.page, { title: `From the old laptop ${MARKER}`, body: `Notes from the spring. ${MARKER}` });
    const theirs = await openBackups(other.page);
    await theirs.getByLabel('A passphrase just for this backup').check();
    await theirs.getByLabel('Backup passphrase', { exact: true }).fill(BACKUP_PASSPHRASE);
    await theirs.getByLabel('Repeat backup passphrase').fill(BACKUP_PASSPHRASE);
    await expectAccessible(other.page, 'Backups, a passphrase just for this backup');
    other.app.dialogs.savePath = file;
    await theirs.getByRole('button', { name: 'Make a backup…' }).click();
    await expect(theirs.getByText('Backup saved to')).toBeVisible({ timeout: 20_000 });
    await expect(theirs.getByText(/It opens with the backup passphrase you chose/)).toBeVisible();
  } finally {
    await other.close().catch(() => undefined);
  }

  const backups = await openBackups(page);
  app.dialogs.openPath = file;
  await backups.getByRole('button', { name: 'Choose a backup file…' }).click();
  await expect(backups.getByText('Locked with a passphrase of its own.', { exact: false })).toBeVisible();

  // With no passphrase, and then a wrong one, it says so at the field and nothing changes.
  const secret = backups.getByLabel('Passphrase for this backup');
  await backups.getByRole('button', { name: 'Merge into this journal…' }).click();
  await expect(backups.getByText('Type the passphrase this backup was made with.')).toBeVisible();
  await secret.fill('not the right one at all');
  await backups.getByRole('button', { name: 'Check it' }).click();
  await expect(backups.getByText("That backup passphrase isn't right. Check Caps Lock and try again. Nothing was changed.")).toBeVisible({ timeout: 20_000 });
  await expect(secret).toHaveAttribute('aria-invalid', 'true');
  await expect(secret).toBeFocused();
  await expectAccessible(page, 'Backups, a wrong backup passphrase');

  await secret.fill(BACKUP_PASSPHRASE);
  await backups.getByRole('button', { name: 'Merge into this journal…' }).click();
  const preview = backups.getByRole('group', { name: 'What merging would do' });
  await expect(preview).toBeVisible({ timeout: 20_000 });
  await expect(preview.getByText('Would be added from the backup')).toBeVisible();
  await preview.getByText('Show what would change').click();
  await expect(preview.getByText(new RegExp(`From the old laptop ${MARKER}`))).toBeVisible();
  await expect(preview.getByText('Nothing has been written yet.')).toBeVisible();
  await backups.getByRole('heading', { name: 'What merging would do' }).scrollIntoViewIfNeeded();
  await shot('07-backups-merge-preview');
  await expectAccessible(page, 'Backups, merge preview');
  expect(await entryTotal(app)).toBe(1);

  // Cancelling writes nothing; asking again and confirming merges.
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(backups.getByText('Nothing was merged.')).toBeVisible();
  expect(await entryTotal(app)).toBe(1);
  await backups.getByRole('button', { name: 'Merge into this journal…' }).click();
  await preview.getByRole('button', { name: 'Merge into this journal' }).click();
  await expect(backups.getByText('The backup is merged into this journal.')).toBeVisible({ timeout: 20_000 });
  expect(await entryTotal(app)).toBe(2);

  // Restored on its own instead, it becomes a journal that opens with the backup passphrase and has a new recovery code, shown once.
  await backups.getByRole('button', { name: 'Restore as a new journal…' }).click();
  await expect(backups.getByText(/gets a new recovery code that is shown once/)).toBeVisible();
  app.dialogs.folder = join(app.dataFolder, 'restored-old-laptop');
  await backups.getByRole('button', { name: 'Choose a folder and restore…' }).click();
  await expect(backups.getByRole('heading', { name: 'The backup is restored as a new journal' })).toBeVisible({ timeout: 30_000 });
  await expect(backups.getByText(/It opens with the backup passphrase\./)).toBeVisible();
  const code = backups.getByTestId('restored-recovery-code');
  await expect(code).toHaveText(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
  await backups.getByRole('heading', { name: 'The backup is restored as a new journal' }).scrollIntoViewIfNeeded();
  await shot('07-backups-restored');
  await expectAccessible(page, 'Backups, restored with a new recovery code');
  await backups.getByRole('button', { name: "I've kept it" }).click();
  await expect(code).toHaveCount(0);
  await backups.getByRole('button', { name: 'Done' }).click();
  await expect(backups.getByRole('heading', { name: 'The backup is restored as a new journal' })).toHaveCount(0);

  const list = await search(page, MARKER.slice(0, 12));
  await expect(list.getByText(`From the old laptop ${MARKER}`)).toBeVisible();
});

test('import from jrnl and Day One, without adding anything twice', async ({ page, app }) => {
  await createJournal(page);
  const backups = await openBackups(page);

  app.dialogs.openPath = join(IMPORTS, 'jrnl-export.json');
  await backups.getByRole('button', { name: 'Import from jrnl…' }).click();
  await expect(backups.getByText(/^Imported 3 entries from/)).toBeVisible({ timeout: 20_000 });

  app.dialogs.openPath = join(IMPORTS, 'day-one-export.json');
  await backups.getByRole('button', { name: 'Import from Day One…' }).click();
  await expect(backups.getByText(/^Imported 2 entries from/)).toBeVisible({ timeout: 20_000 });

  // The same file again: nothing is added twice.
  app.dialogs.openPath = join(IMPORTS, 'jrnl-export.json');
  await backups.getByRole('button', { name: 'Import from jrnl…' }).click();
  await expect(backups.getByText(/^Imported 0 entries from/)).toBeVisible({ timeout: 20_000 });
  await expect(backups.getByText('3 entries were already here, so they were not added again.')).toBeVisible();

  // A file of the wrong kind is refused plainly.
  app.dialogs.openPath = join(IMPORTS, 'day-one-export.json');
  await backups.getByRole('button', { name: 'Import from jrnl…' }).click();
  await expect(backups.getByRole('alert')).toContainText('Nothing was imported.');
  await expectAccessible(page, 'Backups, imports and a refused file');
  expect(await entryTotal(app)).toBe(5);

  const list = await search(page, 'interview');
  await expect(list.getByText('Had the interview today.')).toBeVisible();
});

test('automatic backups and the readable copy', async ({ page, app, shot }) => {
  await createJournal(page);
  await writeEntry(page, { title: 'A quiet Sunday', body: 'Cleaned the windows and called Dad.' });
  const backups = await openBackups(page);

  const autoFolder = join(app.dataFolder, 'auto-backups');
  await mkdir(autoFolder);
  await expect(backups.getByText('No automatic backup has been made yet.')).toBeVisible();
  await expect(backups.getByRole('button', { name: 'Back up now' })).toBeDisabled();

  // Switching on with no folder asks for one; cancelling leaves it off.
  app.dialogs.folder = null;
  await backups.getByLabel('Back up automatically').click();
  await expect(backups.getByRole('alert')).toContainText('Choose a folder for automatic backups first');
  await expect(backups.getByLabel('Back up automatically')).not.toBeChecked();

  app.dialogs.folder = autoFolder;
  await backups.getByLabel('Back up automatically').check();
  await expect(backups.getByText('Automatic backups are on.')).toBeVisible();
  await expect(backups.getByLabel('Back up automatically')).toBeChecked();
  await expect(backups.getByText(autoFolder)).toBeVisible();
  await backups.getByLabel('When').selectOption('unlock');
  await expect(backups.getByLabel('When')).toHaveValue('unlock');
  await backups.getByLabel('Keep the newest').selectOption('5');
  await expect(backups.getByLabel('Keep the newest')).toHaveValue('5');
  await expectAccessible(page, 'Backups, automatic backups on');

  await backups.getByRole('button', { name: 'Back up now' }).click();
  await expect(backups.getByText(/Backed up 1 entry to bounce-forward-auto-.+\.bfbackup\./)).toBeVisible({ timeout: 20_000 });
  expect((await readdir(autoFolder)).filter((name) => name.endsWith('.bfbackup'))).toHaveLength(1);

  // The readable copy only after the warning and an explicit yes.
  await backups.getByRole('button', { name: 'Make a readable copy…' }).click();
  await expect(backups.getByRole('heading', { name: 'Anyone can read this copy' })).toBeVisible();
  await expectAccessible(page, 'Backups, the readable copy warning');
  await backups.getByRole('button', { name: 'Cancel' }).click();
  await expect(backups.getByText('Nothing was written.')).toBeVisible();
  const readable = join(app.dataFolder, 'readable');
  await mkdir(readable);
  app.dialogs.folder = readable;
  await backups.getByRole('button', { name: 'Make a readable copy…' }).click();
  await backups.getByRole('button', { name: 'I understand, choose a folder…' }).click();
  await expect(backups.getByText(/^Wrote 1 entry as \d+ files in/)).toBeVisible({ timeout: 20_000 });
  const [exportFolder] = await readdir(readable);
  expect(await readdir(join(readable, exportFolder!))).toContain('bounce-forward-export.json');

  // A backup made here, so the screenshot shows a result too.
  app.dialogs.savePath = join(app.dataFolder, 'for-the-drive.bfbackup');
  await backups.getByRole('button', { name: 'Make a backup…' }).click();
  await expect(backups.getByText('Backup saved to')).toBeVisible({ timeout: 20_000 });

  await page.getByRole('heading', { name: 'Backups', exact: true }).scrollIntoViewIfNeeded();
  await page.getByRole('heading', { name: 'Backups', exact: true }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
  await shot('07-backups');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForTimeout(300); // let the buttons' colour transitions finish
  await shot('07-backups-dark');
  await backups.getByRole('heading', { name: 'Automatic backups' }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
  await shot('07-backups-auto-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.waitForTimeout(300);
  await shot('07-backups-auto');
});
