import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { previousRecordPath, recordPath } from '../../electron/vault/storage/record-paths';
import { expectAccessible } from './support/accessibility';
import { openJournal } from './support/backup-steps';
import type { TestApp } from './support/bridge';
import { expect, test } from './support/fixtures';
import { PASSPHRASE, unlock } from './support/journal-steps';

const HEADING = "Part of your journal didn't open as it was saved";
const WALK = 'The walk after the interview';
const LETTER = 'The letter I never sent';
const COFFEE = 'Coffee with Sam';
const LATER = 'Written after the backup';

/** A journal made through the real services, as the window would make it. */
async function createJournalDirectly(app: TestApp) {
  const created = await app.services.vault.create(PASSPHRASE);
  const groups = created.recoveryCode.split('-');
  await app.services.vault.confirmRecoveryCode(created.confirmGroups.map((group) => ({ group, value: groups[group - 1]! })));
  return app.services.vault.journal();
}

/** Flips one bit near the end of the file, inside the sealed ciphertext, so its integrity check fails. */
async function flipAByte(path: string) {
  const bytes = await readFile(path);
  bytes[bytes.length - 8]! ^= 0x01;
  await writeFile(path, bytes);
}

test('a damaged and a deleted entry are named after unlock, brought back from a backup, and kept in Settings until read', async ({ page, app, shot }) => {
  const journal = await createJournalDirectly(app);
  // Each saved once, so neither has an earlier copy to fall back to.
  const walk = await journal.save({ title: WALK, date: '2026-03-02', body: 'Took the river path home and let it settle.', tags: [] });
  const letter = await journal.save({ title: LETTER, date: '2026-03-04', body: 'What I would have said to Dana, kept here.', tags: [] });
  await journal.save({ title: COFFEE, date: '2026-03-05', body: 'Sam listened more than I expected.', tags: [] });

  const backupFile = join(app.dataFolder, 'before-the-damage.bfbackup');
  app.dialogs.savePath = backupFile;
  expect(await app.services.dispatch('backup.export', { to: 'journal-keys' })).toMatchObject({ ok: true });

  // Written after the backup, and saved twice, so it has a last good copy but the backup holds none of it.
  const later = await journal.save({ title: LATER, date: '2026-03-06', body: 'First thoughts.', tags: [] });
  await journal.save({ id: later.id, title: LATER, date: '2026-03-06', body: 'First thoughts, and a second look.', tags: [] });
  await app.services.vault.lock('user');

  await flipAByte(recordPath(app.journalDir, walk.id));
  expect(existsSync(previousRecordPath(app.journalDir, walk.id))).toBe(false);
  await rm(recordPath(app.journalDir, letter.id));
  await rm(previousRecordPath(app.journalDir, letter.id), { force: true });
  await flipAByte(recordPath(app.journalDir, later.id));
  expect(existsSync(previousRecordPath(app.journalDir, later.id))).toBe(true);

  await page.reload();
  await unlock(page);
  const notice = page.getByRole('region', { name: HEADING });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('listitem')).toHaveCount(3);
  await expect(notice).toContainText(`“${WALK}” couldn't be read, and there was no good earlier copy to open instead, so it isn't showing in your journal for now.`);
  await expect(notice).toContainText(`“${LETTER}” is missing: its file is no longer in the journal's folder, so it isn't showing in your journal for now.`);
  await expect(notice).toContainText(`“${LATER}” couldn't be read, so the copy saved before it was opened instead. Its text may be older than what you last wrote.`);
  await expect(notice).toContainText('If you have a backup, you can bring these entries back from it.');
  // Not a dialog: the journal is there to write in beneath it.
  const list = page.getByRole('list', { name: 'Entries' });
  await expect(list.getByText(COFFEE)).toBeVisible();
  await expect(list.getByText(WALK)).toHaveCount(0);
  await expect(list.getByText(LETTER)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'New entry' })).toBeEnabled();
  await shot('damage-notice');
  await expectAccessible(page, 'the damage notice');

  // The backup shows what it would bring back before anything is written.
  app.dialogs.openPath = backupFile;
  await notice.getByRole('button', { name: 'Restore from a backup…' }).click();
  const preview = notice.getByRole('group', { name: 'What before-the-damage.bfbackup would bring back' });
  await expect(preview).toBeVisible({ timeout: 20_000 });
  await expect(preview.getByRole('listitem')).toHaveCount(2);
  await expect(preview).toContainText(WALK);
  await expect(preview).toContainText(LETTER);
  await expect(preview).not.toContainText(COFFEE);
  await expect(preview.getByText('Nothing has been written yet.')).toBeVisible();
  await expectAccessible(page, 'the damage notice, a backup preview');
  await expect(list.getByText(WALK)).toHaveCount(0);

  await preview.getByRole('button', { name: 'Restore these entries' }).click();
  await expect(notice.getByText(`Back from the backup, as they were there: “${WALK}” and “${LETTER}”. The backup had no newer copy of “${LATER}”, so it stays listed in Settings. Another backup may have one.`)).toBeVisible({ timeout: 20_000 });
  await expect(list.getByText(WALK)).toBeVisible();
  await expect(list.getByText(LETTER)).toBeVisible();
  await expect(list.getByText(COFFEE)).toBeVisible();
  await expect(list.getByText(LATER)).toBeVisible();
  await expect(notice.getByRole('listitem')).toHaveCount(1);

  // Dismissing puts the notice away for now; Settings keeps the list until it is read there.
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Journal', level: 1 })).toBeFocused();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: "Files that didn't open as saved" });
  await expect(section).toBeVisible();
  await expect(section.getByRole('listitem')).toHaveCount(1);
  await expect(section).toContainText(`“${LATER}” couldn't be read, so the copy saved before it was opened instead.`);
  await expectAccessible(page, "Settings, files that didn't open as saved");
  await section.getByRole('button', { name: "I've read this" }).click();
  await expect(section).toHaveCount(0);
  await expect(page.getByText("Noted. The list is cleared, and the journal won't mention these again.")).toBeFocused();

  await openJournal(page);
  await expect(page.getByRole('region', { name: HEADING })).toHaveCount(0);
  expect((await app.services.vault.status()).damaged ?? []).toEqual([]);
});

test('"Show in Settings" opens the same list, and the notice waits there for the person', async ({ page, app }) => {
  const journal = await createJournalDirectly(app);
  const entry = await journal.save({ title: 'A hard Monday', date: '2026-04-06', body: 'The review went badly.', tags: [] });
  await app.services.vault.lock('user');
  await rm(recordPath(app.journalDir, entry.id));

  await page.reload();
  await unlock(page);
  const notice = page.getByRole('region', { name: HEADING });
  await expect(notice).toContainText('“A hard Monday” is missing');
  await notice.getByRole('button', { name: 'Show in Settings' }).click();
  const section = page.getByRole('region', { name: "Files that didn't open as saved" });
  await expect(section).toContainText('“A hard Monday” is missing');
  await expect(section.getByRole('button', { name: 'Restore from a backup…' })).toBeVisible();
  // The notice steps aside in Settings, and is back on the journal until dismissed.
  await expect(notice).toHaveCount(0);
  await openJournal(page);
  await expect(notice).toBeVisible();

  // A cancelled file dialog changes nothing.
  app.dialogs.openPath = null;
  await notice.getByRole('button', { name: 'Restore from a backup…' }).click();
  await expect(notice.getByText('No file was chosen, so nothing was changed.')).toBeVisible();
  await expect(notice.getByRole('listitem')).toHaveCount(1);
});
