import { tmpdir } from 'node:os';
import { filesContaining } from '../support/find-plaintext';
import { expectAccessible } from './support/accessibility';
import { expect, test } from './support/fixtures';
import { createJournal, lock, PASSPHRASE, unlock, writeEntry } from './support/journal-steps';

/** A word that appears nowhere else, so finding it on disk can only mean a leak. */
const MARKER = `Zyzzogeton${Date.now().toString(36)}`;

/** When this file's tests began: anything the app leaked during them was written since. */
const STARTED = Date.now();

/**
 * The journal folder is read whole; the temp folder (shared with everything else on the
 * machine) only for files written since these tests began.
 */
async function expectNoPlaintext(folders: string[], marker = MARKER) {
  for (const folder of folders) {
    const since = folder === tmpdir() ? STARTED - 1000 : undefined;
    expect(await filesContaining(folder, marker, since), `marker found under ${folder}`).toEqual([]);
  }
}

test('create, confirm the code, write, lock, unlock and find an entry', async ({ page, app, shot }) => {
  await expect(page.getByRole('button', { name: 'Create journal' })).toBeVisible();
  await createJournal(page, PASSPHRASE, async () => { await shot('02-recovery-code'); await expectAccessible(page, 'recovery code'); }, () => expectAccessible(page, 'confirm the recovery code'));
  await writeEntry(page, { title: `Interview ${MARKER}`, body: `I froze on the system design question. ${MARKER} Next time I will practise out loud.`, tags: ['work'] });
  await writeEntry(page, { title: 'Long run', body: 'Ran by the river. Legs heavy but fine.', tags: ['health'] });
  await shot('04-entry-editor');
  await expect(page.getByRole('list', { name: 'Entries' }).getByText(`Interview ${MARKER}`)).toBeVisible();
  await shot('03-journal-list');
  await expectAccessible(page, 'journal list and editor');
  await expectNoPlaintext([app.dataFolder, tmpdir()]);

  await lock(page);
  await shot('01-lock-screen');
  await expectAccessible(page, 'lock screen');
  await expect(page.getByText(MARKER)).toHaveCount(0);
  await unlock(page);
  await page.getByLabel('Search entries').fill(MARKER.slice(0, 12));
  const list = page.getByRole('list', { name: 'Entries' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByText(`Interview ${MARKER}`)).toBeVisible();
  await expectNoPlaintext([app.dataFolder, tmpdir()]);
});

test('a wrong passphrase is refused plainly and nothing opens', async ({ page, app }) => {
  await createJournal(page);
  await writeEntry(page, { title: 'Private', body: `${MARKER} stays locked` });
  await lock(page);
  await page.getByLabel('Passphrase', { exact: true }).fill('not my passphrase at all');
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText("isn't right");
  await expectAccessible(page, 'lock screen, passphrase refused');
  await expect(page.getByText(MARKER)).toHaveCount(0);
  expect((await app.services.vault.status()).unlocked).toBe(false);
  await expectNoPlaintext([app.dataFolder, tmpdir()]);
});

test('a forgotten passphrase is recovered with the recovery code', async ({ page, app }) => {
  const code = await createJournal(page);
  await writeEntry(page, { title: 'Before recovery', body: `${MARKER} written before` });
  await lock(page);
  await page.getByRole('button', { name: 'Use recovery code' }).click();
  await expectAccessible(page, 'recover with the recovery code');
  await page.getByLabel('Recovery code').fill(code.toLowerCase());
  await page.getByLabel('New passphrase', { exact: true }).fill('a completely new phrase 2026');
  await page.getByLabel('Repeat passphrase').fill('a completely new phrase 2026');
  await page.getByRole('button', { name: 'Recover journal' }).click();
  await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('list', { name: 'Entries' }).getByText('Before recovery')).toBeVisible();
  await lock(page);
  await unlock(page, 'a completely new phrase 2026');
  await expectNoPlaintext([app.dataFolder, tmpdir()]);
});

test('the passphrase can be changed in settings', async ({ page, app }) => {
  await createJournal(page);
  await writeEntry(page, { title: 'Kept through the change', body: `${MARKER} survives` });
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Current passphrase').fill(PASSPHRASE);
  await page.getByLabel('New passphrase', { exact: true }).fill('the brand new passphrase 77');
  await page.getByLabel('Repeat passphrase').fill('the brand new passphrase 77');
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(page.getByText(/passphrase (is|has been) changed/i)).toBeVisible({ timeout: 20_000 });
  await expectAccessible(page, 'Settings, passphrase changed');
  await lock(page);
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText("isn't right");
  await unlock(page, 'the brand new passphrase 77');
  await expect(page.getByRole('list', { name: 'Entries' }).getByText('Kept through the change')).toBeVisible();
  await expectNoPlaintext([app.dataFolder, tmpdir()]);
});

test('deleted entries go to the trash and can be restored', async ({ page, app: _app }) => {
  await createJournal(page);
  await writeEntry(page, { title: 'Second thoughts', body: 'Maybe I will want this back.' });
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await expect(page.getByRole('list', { name: 'Entries' }).getByText('Second thoughts')).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Trash' }).click();
  await expect(page.getByText('Second thoughts')).toBeVisible();
  await expectAccessible(page, 'Trash');
  await page.getByRole('button', { name: 'Restore' }).first().click();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Journal' }).click();
  await expect(page.getByRole('list', { name: 'Entries' }).getByText('Second thoughts')).toBeVisible();
});

test('the recovery code can be saved to a file the person chooses', async ({ page, app }) => {
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Repeat passphrase').fill(PASSPHRASE);
  await expectAccessible(page, 'create journal, passphrase typed');
  await page.getByRole('button', { name: 'Create journal' }).click();
  const code = (await page.getByTestId('recovery-code').innerText({ timeout: 20_000 })).replace(/\s+/g, '-');
  await page.getByRole('button', { name: 'Save as file' }).click();
  await expect(page.getByText(/Saved to/)).toBeVisible();
  const { readFile } = await import('node:fs/promises');
  expect(await readFile(app.savePath, 'utf8')).toContain(code.split('-')[0]);
});
