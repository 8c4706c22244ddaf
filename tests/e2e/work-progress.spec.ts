import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { expectAccessible } from './support/accessibility';
import { openBackups } from './support/backup-steps';
import type { TestApp } from './support/bridge';
import { expect, test } from './support/fixtures';
import { createJournal } from './support/journal-steps';

const IMPORTED = 300;

async function call<T>(app: TestApp, method: string, request: unknown): Promise<T> {
  const result = (await app.services.dispatch(method, request)) as { ok: boolean; value?: T; error?: { message: string } };
  if (!result.ok) throw new Error(result.error?.message);
  return result.value as T;
}

/** Every file under the journal's records folder: an entry imported and taken out again leaves none. */
async function recordFiles(journalDir: string): Promise<string[]> {
  const root = join(journalDir, 'records');
  const found: string[] = [];
  const walk = async (dir: string) => {
    for (const item of await readdir(dir, { withFileTypes: true })) {
      if (item.isDirectory()) await walk(join(dir, item.name));
      else found.push(relative(root, join(dir, item.name)));
    }
  };
  await walk(root).catch(() => undefined);
  return found.sort();
}

/** A jrnl export of a few years of daily writing. */
async function largeJrnlExport(folder: string): Promise<string> {
  const start = Date.UTC(2022, 0, 1);
  const entries = Array.from({ length: IMPORTED }, (_, index) => ({
    title: `Evening notes ${index + 1}`,
    body: `Day ${index + 1}. Took the long way home and thought about what went wrong, and what I would try next time.`,
    date: new Date(start + index * 86_400_000).toISOString().slice(0, 10),
    time: '21:30',
    tags: ['@evening'],
    starred: false,
  }));
  const path = join(folder, 'jrnl-years.json');
  await writeFile(path, JSON.stringify({ tags: { '@evening': IMPORTED }, entries }));
  return path;
}

test('making a backup shows a real progress bar with a Cancel, and a cancelled backup leaves no file', async ({ page, app, shot }) => {
  test.setTimeout(120_000); // a real key derivation, forty saves and an accessibility check in both colour schemes
  await createJournal(page);
  for (let n = 1; n <= 40; n++) await call(app, 'entries.save', { title: `Entry ${n}`, date: '2026-02-01', body: `Words for entry ${n}.`, tags: [] });
  const backups = await openBackups(page);
  const folder = join(app.dataFolder, 'backups');
  await mkdir(folder);
  app.dialogs.savePath = join(folder, 'stopped.bfbackup');

  const held = app.workGate.holdAt('export', 'sealing', 10);
  const make = backups.getByRole('button', { name: 'Make a backup…' });
  await make.click();
  await held;
  const bar = backups.getByRole('progressbar', { name: /Making the backup/ });
  await expect(bar).toBeVisible();
  await expect(bar).toHaveAttribute('value', '10');
  await expect(backups.getByText(/^Sealing the backup: 10 of \d+ records$/)).toBeVisible();
  await expectAccessible(page, 'Backups, a backup being made, with its progress and Cancel');
  await shot('backup-progress-export');

  await backups.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(backups.getByText('Stopped. No backup was saved, and no part of one was left behind.')).toBeVisible();
  await expect(bar).toBeHidden();
  await expect(make).toBeFocused();
  expect(await readdir(folder)).toEqual([]);

  // Left alone, the same backup is made and read back whole.
  app.dialogs.savePath = join(folder, 'whole.bfbackup');
  await make.click();
  await expect(backups.getByText('Backup saved to')).toBeVisible({ timeout: 20_000 });
  expect(await readdir(folder)).toEqual(['whole.bfbackup']);
});

test('importing a large file shows its progress with a Cancel, and a cancelled import leaves the journal as it was', async ({ page, app, shot }) => {
  test.setTimeout(120_000); // a real key derivation, 120 saves taken out again and an accessibility check in both colour schemes
  await createJournal(page);
  await call(app, 'entries.save', { title: 'Already here', date: '2026-01-05', body: 'Written before the import.', tags: [] });
  const before = await recordFiles(app.journalDir);
  const backups = await openBackups(page);
  app.dialogs.openPath = await largeJrnlExport(app.dataFolder);

  const held = app.workGate.holdAt('import', 'saving', 120);
  await backups.getByRole('button', { name: 'Import from jrnl…' }).click();
  await held;
  const bar = backups.getByRole('progressbar', { name: /Importing from jrnl/ });
  await expect(bar).toBeVisible();
  await expect(bar).toHaveAttribute('max', String(IMPORTED));
  await expect(backups.getByText(`Importing: 120 of ${IMPORTED} entries`)).toBeVisible();
  await expectAccessible(page, 'Backups, a large import under way, with its progress and Cancel');
  await shot('backup-progress-import');

  await backups.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(backups.getByText('Stopped. Nothing was imported: any entries it had added were taken out again.')).toBeVisible({ timeout: 30_000 });
  await expect(backups.getByRole('button', { name: 'Import from jrnl…' })).toBeFocused();
  expect((await call<{ total: number }>(app, 'entries.list', {})).total).toBe(1);
  expect(await recordFiles(app.journalDir)).toEqual(before);
});
