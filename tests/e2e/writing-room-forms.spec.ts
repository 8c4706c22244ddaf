import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { emptyReflection } from '../../shared/domain/reflection';
import { WHERE_AM_I_MEANINGS } from '../../renderer/src/journal-screen/reflect/whereAmIWords';
import { openBackups, openJournal } from './support/backup-steps';
import { expect, test } from './support/fixtures';
import { createJournal, lock, PASSPHRASE, writeEntry } from './support/journal-steps';
import { goTo, nextStep, sentenceInPanel } from './support/reflection-steps';

// Issue "A room to write in": the forms and the reflection, by keyboard and in plain words.

const SHAME = 'I am such a failure, I always ruin everything.';

/** Whether this element has the focus, looking inside the editor's shadow root too. */
function hasFocus(target: Locator): Promise<boolean> {
  return target.evaluate((element) => (element.getRootNode() as Document | ShadowRoot).activeElement === element);
}

async function newReflection(page: Page, title: string) {
  await goTo(page, 'Reflect');
  await page.getByRole('button', { name: 'New reflection' }).click();
  await page.getByLabel('Title').fill(title);
  await expect(page.getByText('Step 1 of 8')).toBeVisible();
}

test('the passphrase can be shown while it is typed, and is hidden again once the form is sent', async ({ page, app: _app }) => {
  await createJournal(page);
  await lock(page);
  const field = page.getByLabel('Passphrase', { exact: true });
  await field.fill('not my passphrase at all');
  await expect(field).toHaveAttribute('type', 'password');
  const show = page.getByRole('button', { name: 'Show passphrase' });
  await expect(show).toHaveAttribute('aria-pressed', 'false');

  await show.click();
  const hide = page.getByRole('button', { name: 'Hide passphrase' });
  await expect(hide).toHaveAttribute('aria-pressed', 'true');
  await expect(field).toHaveAttribute('type', 'text');
  await expect(field).toHaveValue('not my passphrase at all');
  await hide.click();
  await expect(field).toHaveAttribute('type', 'password');
  await expect(page.getByRole('button', { name: 'Show passphrase' })).toHaveAttribute('aria-pressed', 'false');

  // Shown, then sent: refused, and hidden again.
  await page.getByRole('button', { name: 'Show passphrase' }).click();
  await expect(field).toHaveAttribute('type', 'text');
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText("isn't right");
  await expect(field).toHaveAttribute('type', 'password');
  await expect(page.getByRole('button', { name: 'Show passphrase' })).toHaveAttribute('aria-pressed', 'false');
});

test('a group typed back wrong is named, marked and focused', async ({ page, app: _app }) => {
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Repeat passphrase').fill(PASSPHRASE);
  // One button shows both new-passphrase fields, so the two can be compared.
  await page.getByRole('button', { name: 'Show passphrase' }).click();
  await expect(page.getByLabel('Passphrase', { exact: true })).toHaveAttribute('type', 'text');
  await expect(page.getByLabel('Repeat passphrase')).toHaveAttribute('type', 'text');
  await page.getByRole('button', { name: 'Create journal' }).click();
  const codeBox = page.getByTestId('recovery-code');
  await expect(codeBox).toBeVisible({ timeout: 20_000 });
  const groups = (await codeBox.innerText()).split(/[\s-]+/u).filter(Boolean);
  expect(groups).toHaveLength(8);
  await page.getByRole('button', { name: "I've kept it" }).click();

  const inputs = page.getByLabel(/^Group \d$/u);
  await expect(inputs).toHaveCount(2);
  const asked = await Promise.all([0, 1].map(async (i) => Number(/Group (\d)/u.exec((await inputs.nth(i).evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent)) ?? '')?.[1])));
  const [first, second] = asked as [number, number];
  const right = (group: number) => groups[group - 1]!;
  // The second group with its last character changed, so it cannot match.
  const wrong = `${right(second).slice(0, 3)}${right(second).endsWith('7') ? '8' : '7'}`;
  await inputs.nth(0).fill(right(first));
  await inputs.nth(1).fill(wrong);
  await page.getByRole('button', { name: 'Confirm' }).click();

  const message = `Group ${second} doesn't match. Check it against the code you kept.`;
  await expect(page.getByRole('alert')).toHaveText(message);
  const marked = page.getByLabel(`Group ${second}`, { exact: true });
  await expect(marked).toHaveAttribute('aria-invalid', 'true');
  await expect(marked).toHaveAccessibleDescription(message);
  await expect(marked).toBeFocused();
  await expect(page.getByLabel(`Group ${first}`, { exact: true })).not.toHaveAttribute('aria-invalid', 'true');

  await marked.fill(right(second));
  await expect(marked).not.toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible({ timeout: 20_000 });
});

test('a reflection by keyboard: few Tab stops to the words, arrows between steps, Escape out of the label choices', async ({ page, app: _app }) => {
  await createJournal(page);
  await newReflection(page, 'The pitch');
  const title = page.getByLabel('Title');
  const text = page.getByRole('textbox', { name: 'What happened (facts only)' });

  // From the title to the words: the date (a field and its calendar), the steps, the text.
  await title.focus();
  let presses = 0;
  while (!(await hasFocus(text)) && presses < 20) {
    await page.keyboard.press('Tab');
    presses += 1;
  }
  expect(await hasFocus(text)).toBe(true);
  expect(presses).toBeLessThanOrEqual(5);
  await expect(page.getByRole('button', { name: 'Choose from a calendar' })).toBeVisible();

  // The steps are one Tab stop; arrows, Home and End move among them; Enter opens one.
  const steps = page.getByRole('navigation', { name: 'Reflection steps' }).getByRole('toolbar', { name: 'Steps' });
  await expect(steps.getByRole('button')).toHaveCount(8);
  await expect(steps.locator('button[tabindex="0"]')).toHaveCount(1);
  const stepButton = (name: RegExp) => steps.getByRole('button', { name });
  await text.focus();
  await page.keyboard.press('Shift+Tab');
  await expect(stepButton(/^Step 1: What happened/u)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(stepButton(/^Step 2: How I hold it/u)).toBeFocused();
  await page.keyboard.press('End');
  await expect(stepButton(/^Step 8: Kindness/u)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(stepButton(/^Step 1: What happened/u)).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(stepButton(/^Step 8: Kindness/u)).toBeFocused();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Step 2 of 8')).toBeVisible();
  await expect(steps.locator('button[tabindex="0"]')).toHaveAccessibleName(/^Step 2: How I hold it/u);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Step 1 of 8')).toBeVisible();

  // Escape closes "What would you call it?" and goes back to the button that opened it.
  await text.click();
  await page.keyboard.type(`The pitch was on Monday. ${SHAME}`);
  const shame = sentenceInPanel(page, 'I am such a failure');
  await expect(shame).toContainText('Why:');
  const wrong = shame.getByRole('button', { name: 'This label is wrong' });
  await wrong.click();
  const choices = shame.getByRole('group', { name: 'What would you call it?' });
  await expect(choices).toBeVisible();
  await choices.getByRole('button').first().focus();
  await page.keyboard.press('Escape');
  await expect(choices).toHaveCount(0);
  await expect(wrong).toBeFocused();
  await expect(wrong).toHaveAttribute('aria-expanded', 'false');
  // Nothing was chosen: the app's own label stays.
  await expect(shame).not.toContainText('your label');
});

test("step 5 explains each word, step 4 shows the person's words once, and the summary reads as a sentence", async ({ page, app: _app, shot }) => {
  await createJournal(page);
  await newReflection(page, 'The launch');
  await page.getByRole('textbox', { name: 'What happened (facts only)' }).click();
  await page.keyboard.type('The launch slipped by two weeks.');

  await nextStep(page, 2);
  await nextStep(page, 3);
  await page.getByRole('radio', { name: 'A tactical misstep' }).check();
  await page.getByRole('radio', { name: 'I moved too fast' }).check();

  // Step 4 quotes what happened beside its question; the words so far leave it out.
  await nextStep(page, 4);
  await expect(page.getByRole('figure').filter({ hasText: 'What happened, in your words' })).toContainText('The launch slipped by two weeks.');
  // (The list of reflections beside it may quote it too, once saved; that is not the page.)
  await expect(page.locator('.writing-layout').getByText('The launch slipped by two weeks.')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Your words so far' })).not.toContainText('The launch slipped');

  await nextStep(page, 5);
  const words = page.getByRole('group', { name: /Some words that may help/u }).getByRole('button');
  const meaning = page.locator('.word-meaning');
  await expect(words).toHaveCount(Object.keys(WHERE_AM_I_MEANINGS).length);
  for (const word of await words.allInnerTexts()) {
    const name = word.replace('✓', '').trim() as keyof typeof WHERE_AM_I_MEANINGS;
    const chip = page.getByRole('button', { name, exact: true });
    await chip.focus();
    await expect(chip).toHaveAccessibleDescription(WHERE_AM_I_MEANINGS[name]);
    await expect(meaning).toContainText(WHERE_AM_I_MEANINGS[name]);
  }
  // Pointing at a word shows its meaning too; moving away puts back the focused one's.
  await page.getByRole('button', { name: 'disidentification', exact: true }).focus();
  await page.getByRole('button', { name: 'depression', exact: true }).hover();
  await expect(meaning).toContainText('A low, heavy stretch, when things feel flat or hard to start.');
  await page.mouse.move(0, 0);
  await expect(meaning).toHaveText('disidentification: Letting go of the old picture of who you were.');
  await shot('reflection-step-5');

  await page.getByRole('navigation', { name: 'Reflection steps' }).getByRole('button', { name: /Kindness/u }).click();
  await page.getByRole('button', { name: 'Finish' }).click();
  const summary = page.getByRole('region', { name: 'Your reflection' });
  await expect(summary).toContainText('A tactical misstep: I moved too fast.');
  await expect(summary).not.toContainText(': i moved');
});

test("a backup chosen from this journal says truly what opens it", async ({ page, app }) => {
  await createJournal(page);
  await writeEntry(page, { title: 'Before the backup', body: 'Walked home the long way.' });
  const backups = await openBackups(page);
  const file = join(app.dataFolder, 'own-backup.bfbackup');
  app.dialogs.savePath = file;
  await backups.getByRole('button', { name: 'Make a backup…' }).click();
  await expect(backups.getByText('Backup saved to')).toBeVisible({ timeout: 20_000 });
  app.dialogs.openPath = file;
  await backups.getByRole('button', { name: 'Choose a backup file…' }).click();
  await expect(backups.getByText('own-backup.bfbackup', { exact: true })).toBeVisible();
  await expect(backups).toContainText(
    "Locked with this journal's keys, so it opens here while this journal is unlocked. Anywhere else it opens only with this journal's passphrase or recovery code, as they were when the backup was made.",
  );
  await expect(backups).not.toContainText('without a passphrase');
  await openJournal(page);
});

test('the Reflect list offers only the tags its reflections carry', async ({ page, app }) => {
  await createJournal(page);
  await writeEntry(page, { title: 'A page about work', body: 'Long day.', tags: ['work'] });
  await app.services.vault.journal().save({
    kind: 'reflection',
    title: 'The pitch',
    date: '2026-03-02',
    body: '',
    tags: ['pitch'],
    reflection: { ...emptyReflection(), whatHappened: 'The client chose another studio.' },
  });

  await goTo(page, 'Reflect');
  const filter = page.getByRole('group', { name: 'Filter by tag' });
  await expect(filter.getByRole('button', { name: /^pitch/u })).toBeVisible();
  await expect(filter.getByRole('button')).toHaveCount(1);
  await filter.getByRole('button', { name: /^pitch/u }).click();
  await expect(page.getByRole('list', { name: 'Entries' }).getByText('The pitch', { exact: true })).toBeVisible();

  // The journal itself still offers every tag.
  await goTo(page, 'Journal');
  await expect(filter.getByRole('button', { name: /^work/u })).toBeVisible();
  await expect(filter.getByRole('button', { name: /^pitch/u })).toBeVisible();
});
