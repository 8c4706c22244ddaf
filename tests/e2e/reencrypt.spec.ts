import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { recordPath } from '../../electron/vault/storage/record-paths';
import { expectAccessible } from './support/accessibility';
import type { TestApp } from './support/bridge';
import { expect, test } from './support/fixtures';
import { lock, PASSPHRASE, unlock } from './support/journal-steps';

const NEXT = 'pebble orchard violin north';
const LATER = 'Written after re-encrypting';
const SEEDED = [
  { title: 'The review that went badly', date: '2026-04-01', body: 'I rushed the slides and missed the question about costs.', tags: [] },
  { title: 'Walk by the canal', date: '2026-04-03', body: 'Slower today. It helped to say it out loud.', tags: [] },
  { title: 'Call with my sister', date: '2026-04-05', body: 'She listened. I said sorry for snapping last week.', tags: [] },
];
const CODE_SHAPE = /^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/;

/** A journal made through the real services, with entries saved the way the window saves them. */
async function seedJournal(app: TestApp) {
  const created = await app.services.vault.create(PASSPHRASE);
  const groups = created.recoveryCode.split('-');
  await app.services.vault.confirmRecoveryCode(created.confirmGroups.map((group) => ({ group, value: groups[group - 1]! })));
  const journal = app.services.vault.journal();
  const ids: string[] = [];
  for (const entry of SEEDED) ids.push((await journal.save(entry)).id);
  await app.services.vault.lock('user');
  return { firstCode: created.recoveryCode, ids };
}

async function filesOf(app: TestApp, ids: string[]): Promise<Buffer[]> {
  return Promise.all([join(app.journalDir, 'journal.json'), ...ids.map((id) => recordPath(app.journalDir, id))].map((path) => readFile(path)));
}

async function codeShown(block: Locator): Promise<string> {
  const text = await block.getByTestId('recovery-code').innerText();
  const code = text.replace(/\s+/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '');
  expect(code).toMatch(CODE_SHAPE);
  return code;
}

async function openSettings(page: Page): Promise<Locator> {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Passphrase', exact: true });
  await expect(section).toBeVisible();
  return section;
}

/** Scrolls Settings so this part starts at the top of the window, for a screenshot. */
async function toTop(part: Locator) {
  await part.evaluate((element) => element.scrollIntoView({ block: 'start' }));
}

/** Holds the next request for `method` until the returned function is called, so a busy state can be seen. */
function holdNext(app: TestApp, method: string): () => void {
  const real = app.services.dispatch;
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  app.services.dispatch = async (name, request) => {
    if (name !== method) return real(name, request);
    app.services.dispatch = real;
    await gate;
    return real(name, request);
  };
  return release;
}

async function recoverWith(page: Page, code: string, passphrase: string) {
  await page.getByLabel('Recovery code').fill(code);
  await page.getByLabel('New passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Repeat passphrase').fill(passphrase);
  await page.getByRole('button', { name: 'Recover journal' }).click();
}

test('re-encrypting replaces the passphrase and recovery code; a new recovery code replaces the old one', async ({ page, app, shot }) => {
  test.setTimeout(120_000);
  const { firstCode, ids } = await seedJournal(app);
  await page.reload();
  await unlock(page);

  const section = await openSettings(page);
  await expect(section.getByRole('group', { name: 'Change passphrase', exact: true })).toContainText(
    "it doesn't stop someone who already has a copy of your journal folder or an old backup and knows your old passphrase",
  );
  const block = section.getByRole('group', { name: 'Change passphrase and re-encrypt everything' });
  await expect(block).toContainText('Choose this if someone may have a copy of your journal folder or an old backup and your old passphrase.');
  await toTop(section);
  await shot('settings-passphrase-and-recovery');
  await expectAccessible(page, 'Settings, passphrase and recovery code');

  await block.getByRole('button', { name: 'Re-encrypt with a new passphrase…' }).click();
  await expect(block.getByLabel('Current passphrase')).toBeFocused();
  await toTop(block);
  await shot('settings-reencrypt-form');
  const before = await filesOf(app, ids);

  // A wrong current passphrase is said under its field, and nothing on disk changes.
  await block.getByLabel('Current passphrase').fill('not the passphrase at all');
  await block.getByLabel('New passphrase', { exact: true }).fill(NEXT);
  await block.getByLabel('Repeat passphrase').fill(NEXT);
  await block.getByRole('button', { name: 'Re-encrypt everything' }).click();
  await expect(block.getByText("Your current passphrase isn't right, so nothing was changed.")).toBeVisible({ timeout: 20_000 });
  await expectAccessible(page, 'the re-encrypt form, current passphrase refused');
  await expect(block.getByLabel('Current passphrase')).toBeFocused();
  expect(await filesOf(app, ids)).toEqual(before);

  // A disk that refuses the header write: said in the error style, and nothing changes.
  const header = join(app.journalDir, 'journal.json');
  await rename(header, `${header}.aside`);
  await mkdir(header);
  await writeFile(join(header, 'in-the-way'), 'x');
  await block.getByLabel('Current passphrase').fill(PASSPHRASE);
  await block.getByRole('button', { name: 'Re-encrypt everything' }).click();
  await expect(block.getByRole('alert')).toHaveText(
    "Couldn't save to disk (the disk refused the write). Nothing was changed: your passphrase and recovery code are as they were.",
    { timeout: 20_000 },
  );
  await rm(header, { recursive: true });
  await rename(`${header}.aside`, header);
  expect(await filesOf(app, ids)).toEqual(before);

  // The real thing, held for a moment so the busy state can be read.
  const release = holdNext(app, 'vault.reencrypt');
  await block.getByRole('button', { name: 'Re-encrypt everything' }).click();
  await expect(block.getByRole('status').filter({ hasText: 'Re-encrypting every entry… keep the app open.' })).toBeVisible();
  await expect(block.getByRole('button', { name: 'Re-encrypt everything' })).toBeDisabled();
  await expectAccessible(page, 're-encrypting');
  release();

  await expect(block.getByRole('heading', { name: 'Your new recovery code' })).toBeFocused({ timeout: 30_000 });
  const secondCode = await codeShown(block);
  expect(secondCode).not.toBe(firstCode);
  await expect(block).toContainText('Your old passphrase and your old recovery code no longer open this journal');
  await expect(block).toContainText('Backups made before now still open with the old passphrase or the old recovery code');
  await expect(block).toContainText('You may want to make a fresh backup and delete the old ones.');
  await expect(block.getByRole('button', { name: 'Copy' })).toBeVisible();
  await expect(block.getByRole('button', { name: 'Print' })).toBeVisible();
  await shot('settings-reencrypt-new-code');
  await expectAccessible(page, 're-encrypted, the new recovery code');
  // Every file is sealed again: the header and each entry's bytes are new.
  const after = await filesOf(app, ids);
  after.forEach((bytes, i) => expect(bytes.equals(before[i]!), `file ${i} was rewritten`).toBe(false));

  await block.getByRole('button', { name: "I've kept it" }).click();
  await expect(block.getByTestId('recovery-code')).toHaveCount(0);
  await expect(block.getByRole('status').filter({ hasText: 'Done. Your journal is re-encrypted' })).toBeVisible();
  await expect(block.getByRole('button', { name: 'Re-encrypt with a new passphrase…' })).toBeFocused();
  // Writing goes on under the new key.
  await app.services.vault.journal().save({ title: LATER, date: '2026-04-06', body: 'Still here, under the new key.', tags: [] });

  // The old passphrase opens nothing; the new one opens everything.
  await lock(page);
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText("isn't right");
  await unlock(page, NEXT);
  const list = page.getByRole('list', { name: 'Entries' });
  for (const title of [...SEEDED.map((entry) => entry.title), LATER]) await expect(list.getByText(title)).toBeVisible();

  // A new recovery code, in a section of its own: the passphrase is asked, the code shown once.
  await openSettings(page);
  const codes = page.getByRole('region', { name: 'Recovery code', exact: true }).getByRole('group', { name: 'Make a new recovery code' });
  await codes.getByRole('button', { name: 'Make a new recovery code…' }).click();
  await codes.getByLabel('Your passphrase').fill(PASSPHRASE);
  await codes.getByRole('button', { name: 'Make the new code' }).click();
  await expect(codes.getByText("Your passphrase isn't right, so your recovery code is unchanged.")).toBeVisible({ timeout: 20_000 });
  await codes.getByLabel('Your passphrase').fill(NEXT);
  await codes.getByRole('button', { name: 'Make the new code' }).click();
  await expect(codes.getByRole('heading', { name: 'Your new recovery code' })).toBeFocused({ timeout: 20_000 });
  const thirdCode = await codeShown(codes);
  expect(thirdCode).not.toBe(secondCode);
  await expect(codes).toContainText('Your old recovery code no longer opens this journal. Your passphrase stays the same.');
  await shot('settings-new-recovery-code');
  await expectAccessible(page, 'a new recovery code');
  // At 200% zoom (half the width) the code still fits inside its panel, with nothing to scroll sideways.
  await page.setViewportSize({ width: 640, height: 820 });
  const panel = (await codes.locator('.new-code').boundingBox())!;
  const shown = (await codes.getByTestId('recovery-code').boundingBox())!;
  expect(shown.x + shown.width).toBeLessThanOrEqual(panel.x + panel.width);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await codes.locator('.new-code').scrollIntoViewIfNeeded();
  await shot('settings-new-recovery-code-zoomed');
  await page.setViewportSize({ width: 1280, height: 820 });
  await codes.getByRole('button', { name: "I've kept it" }).click();
  await expect(codes.getByTestId('recovery-code')).toHaveCount(0);

  // At the lock screen the old codes are refused and the new one opens the journal.
  await lock(page);
  await page.getByRole('button', { name: 'Use recovery code' }).click();
  const failedBefore = (await app.services.vault.status()).failedUnlocks;
  for (const [i, old] of [secondCode, firstCode].entries()) {
    await recoverWith(page, old, 'a fresh start phrase 2027');
    await expect.poll(async () => (await app.services.vault.status()).failedUnlocks, { timeout: 20_000 }).toBe(failedBefore + i + 1);
    await expect(page.getByText("That recovery code isn't right").first()).toBeVisible();
    expect((await app.services.vault.status()).unlocked).toBe(false);
  }
  await recoverWith(page, thirdCode.toLowerCase(), 'a fresh start phrase 2027');
  await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible({ timeout: 30_000 });
  for (const title of [...SEEDED.map((entry) => entry.title), LATER]) await expect(list.getByText(title)).toBeVisible();
  await lock(page);
  await unlock(page, 'a fresh start phrase 2027');
});
