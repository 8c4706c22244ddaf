import { expectAccessible } from './support/accessibility';
import { expect, test } from './support/fixtures';
import { createJournal, lock, unlock, writeEntry } from './support/journal-steps';
import { framingPanel, goTo, nextStep, sentenceInPanel, waitForSaved } from './support/reflection-steps';

const SHAME = 'I am such a failure, I always ruin everything.';
const DAY_MS = 24 * 60 * 60 * 1000;

test('the framing view highlights a sentence, explains it, offers a reframe and keeps a correction', async ({ page, app: _app }) => {
  await createJournal(page);
  await writeEntry(page, {
    title: 'After the review',
    body: `${SHAME} I missed the deadline because I did not plan the week. My manager set me up to fail.`,
  });

  // The entry list carries a small framing mark with words for it, the panel's own words.
  await expect(page.getByRole('list', { name: 'Entries' }).getByRole('button', { name: /After the review/ })).toHaveAccessibleDescription(
    /Framing: (mostly (who I am|what I did|someone else)|leaning toward (who I am|what I did)|in between who I am and what I did)/,
  );

  const panel = framingPanel(page);
  const shame = sentenceInPanel(page, 'I am such a failure');
  await expect(shame).toContainText('Who I am');
  await expect(shame).toContainText('This sentence reads as a verdict on who you are.');
  await expect(shame).toContainText(/Why: An identity label/);
  await expect(panel.getByTestId('axis-words')).not.toBeEmpty();

  // The words are highlighted in the text, and hovering explains them.
  const highlight = page.locator('.fr-shame').first();
  await expect(highlight).toBeVisible();
  await highlight.hover();
  await expect(page.locator('.fr-tip')).toContainText('This sentence reads as a verdict on who you are.');
  await expect(page.locator('.fr-tip')).toContainText('Why:');
  await expectAccessible(page, 'an entry with its framing panel and a tip');

  // Choosing a sentence in the panel selects it in the text.
  await shame.getByRole('button', { name: /I am such a failure/ }).click();
  const selected = await page.evaluate(() => {
    const root = document.querySelector('.body-editor')?.shadowRoot as (ShadowRoot & { getSelection?: () => Selection | null }) | null | undefined;
    return root?.getSelection?.()?.toString() ?? '';
  });
  expect(selected).toContain('I am such a failure');

  // A reframe is only an offer until the person uses it, and it can be undone.
  const text = page.getByLabel('Entry text');
  await shame.getByRole('button', { name: 'Want to look at it another way?' }).click();
  await expect(text).toContainText(SHAME);
  // Using it adds the words after the person's sentence; what they wrote stays.
  const offered = (await shame.locator('.reframe-text').textContent()) ?? '';
  expect(offered.length).toBeGreaterThan(10);
  await shame.getByRole('button', { name: 'Use this' }).click();
  await expect(text).toContainText(`${SHAME} ${offered}`);
  await text.press('Control+z');
  await expect(text).toContainText(SHAME);
  await expect(text).not.toContainText(offered);
  await sentenceInPanel(page, 'I am such a failure').getByRole('button', { name: 'Want to look at it another way?' }).click();
  await sentenceInPanel(page, 'I am such a failure').getByRole('button', { name: 'Use this' }).click();
  await expect(text).toContainText(offered);
  await waitForSaved(page);

  // The person corrects another sentence's label; it is theirs, and it stays.
  const blame = sentenceInPanel(page, 'My manager set me up to fail.');
  await expect(blame).toContainText('Someone else');
  await blame.getByRole('button', { name: 'This label is wrong' }).click();
  await expectAccessible(page, 'a framing label being corrected');
  await blame.getByRole('group', { name: 'What would you call it?' }).getByRole('button', { name: 'What happened' }).click();
  await expect(sentenceInPanel(page, 'My manager set me up to fail.')).toContainText('your label');

  await page.reload();
  await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible({ timeout: 20_000 });
  await page.getByRole('list', { name: 'Entries' }).getByText('After the review').click();
  const corrected = sentenceInPanel(page, 'My manager set me up to fail.');
  await expect(corrected).toContainText('What happened');
  await expect(corrected).toContainText('your label');
  await expect(corrected).toContainText('The app had read it as someone else.');
  await expect(page.getByLabel('Entry text')).toContainText(`${SHAME} ${offered}`);
});

test('a guided reflection goes one step at a time and is all still there after a lock', async ({ page, app: _app, shot }) => {
  test.setTimeout(90_000); // twelve accessibility checks, each in both colour schemes
  await createJournal(page);
  await goTo(page, 'Reflect');
  await page.getByRole('button', { name: 'New reflection' }).click();
  await page.getByLabel('Title').fill('The pitch');
  await expect(page.getByText('Step 1 of 8')).toBeVisible();

  // Step 1, with the framing view beside it.
  const facts = page.getByRole('textbox', { name: 'What happened (facts only)' });
  await facts.click();
  await page.keyboard.type(`The pitch was on Monday. ${SHAME} The client chose another studio.`);
  await expect(page.locator('.fr-shame').first()).toBeVisible();
  await expect(sentenceInPanel(page, 'I am such a failure')).toContainText('Why:');
  await page.locator('.fr-shame').first().hover();
  await expect(page.locator('.fr-tip')).toBeVisible();
  await shot('05-reflection-highlights');

  const client = 'The client chose another studio.';
  await page.getByRole('button', { name: /Show the .*describ/ }).click();
  await sentenceInPanel(page, client).getByRole('button', { name: 'This label is wrong' }).click();
  await sentenceInPanel(page, client).getByRole('button', { name: 'Someone else' }).click();
  await expect(sentenceInPanel(page, client)).toContainText('your label');
  await sentenceInPanel(page, 'I am such a failure').getByRole('button', { name: 'Want to look at it another way?' }).click();
  await sentenceInPanel(page, 'I am such a failure').getByRole('button', { name: /I am such a failure/ }).focus();
  await shot('06-framing-panel');
  await expectAccessible(page, 'reflection step 1 with the framing panel');

  // Step 2: the first words come along.
  await nextStep(page, 2);
  await expect(page.getByRole('region', { name: 'Your words so far' })).toContainText('The pitch was on Monday.');
  await page.getByRole('radio', { name: 'A lesson, or feedback' }).check();
  await expectAccessible(page, 'reflection step 2');

  // Step 3: one root cause.
  await nextStep(page, 3);
  await page.getByRole('radio', { name: 'A tactical misstep' }).check();
  await page.getByRole('radio', { name: 'I moved too fast' }).check();
  await expectAccessible(page, 'reflection step 3');

  // Step 4: two lists in the person's words, beside what they wrote in step 1.
  await nextStep(page, 4);
  await expect(page.getByRole('figure').filter({ hasText: 'What happened, in your words' })).toContainText('The pitch was on Monday.');
  await page.getByLabel("Add something that's mine to own").fill('I skipped the rehearsal');
  await page.getByLabel("Add something that's mine to own").press('Enter');
  await page.getByLabel("Add something that's not mine").fill("The client's budget changed");
  await page.getByLabel("Add something that's not mine").press('Enter');
  await expect(page.getByLabel('Mine to own, line 1')).toHaveValue('I skipped the rehearsal');
  await shot('07-reflection-ownership');
  await expectAccessible(page, 'reflection step 4');

  // Step 5: words that may help, none required.
  await nextStep(page, 5);
  await page.getByRole('button', { name: 'clarity' }).click();
  await expect(page.getByRole('button', { name: 'clarity' })).toHaveAttribute('aria-pressed', 'true');
  await expectAccessible(page, 'reflection step 5');

  // Step 6.
  await nextStep(page, 6);
  await page.getByLabel('What did I learn about myself?').fill('I rush when I am nervous.');
  await page.getByLabel('What do I want to carry forward?').fill('Rehearse out loud before every pitch.');
  await page.getByLabel('How has this set me free, if it has?').fill('I no longer need to pretend I am never nervous.');
  await expectAccessible(page, 'reflection step 6');

  // Step 7 reminds them what they said they'd carry forward.
  await nextStep(page, 7);
  await expect(page.getByRole('figure').filter({ hasText: 'You said you want to carry forward' })).toContainText('Rehearse out loud before every pitch.');
  await page.getByLabel('One small thing I can do today').fill('Book a rehearsal room for Thursday');
  await expectAccessible(page, 'reflection step 7');

  // Step 8; skipping works as well as answering.
  await nextStep(page, 8);
  await page.getByLabel("What's hard about this right now?").fill('I wanted this one a lot.');
  await page.getByLabel('What would I say to a friend who went through this?').fill('One pitch is not your career.');
  await expectAccessible(page, 'reflection step 8');
  await page.getByRole('button', { name: 'Finish' }).click();
  const summary = page.getByRole('region', { name: 'Your reflection' });
  await expect(summary).toContainText('I skipped the rehearsal');
  await expect(summary).toContainText('Book a rehearsal room for Thursday');
  await expectAccessible(page, 'the reflection summary');
  await waitForSaved(page);

  await lock(page);
  await unlock(page);

  // Everything is still there: the step, the answers, the correction.
  await goTo(page, 'Reflect');
  await page.getByRole('list', { name: 'Entries' }).getByText('The pitch', { exact: true }).click();
  await expect(page.getByText('Step 8 of 8')).toBeVisible();
  await expect(page.getByLabel('What would I say to a friend who went through this?')).toHaveValue('One pitch is not your career.');
  await page.getByRole('navigation', { name: 'Reflection steps' }).getByRole('button', { name: /Mine, and not mine/ }).click();
  await expect(page.getByLabel('Not mine to carry, line 1')).toHaveValue("The client's budget changed");
  await page.getByRole('navigation', { name: 'Reflection steps' }).getByRole('button', { name: /The root/ }).click();
  await expect(page.getByRole('radio', { name: 'I moved too fast' })).toBeChecked();
  await page.getByRole('navigation', { name: 'Reflection steps' }).getByRole('button', { name: /What happened/ }).click();
  await expect(page.getByRole('textbox', { name: 'What happened (facts only)' })).toContainText('The client chose another studio.');
  await expect(sentenceInPanel(page, client)).toContainText('your label');

  // Its answers are searchable.
  await goTo(page, 'Journal');
  await page.getByLabel('Search entries').fill('nervous');
  await expect(page.getByRole('list', { name: 'Entries' }).getByText('The pitch', { exact: true })).toBeVisible();

  // The small step waits in Small steps.
  await goTo(page, 'Small steps');
  await expect(page.getByRole('list', { name: 'Open small steps' })).toContainText('Book a rehearsal room for Thursday');

  // Two days on, the journal asks once, calmly, after unlocking.
  await lock(page);
  await page.clock.setSystemTime(new Date(Date.now() + 2 * DAY_MS));
  await unlock(page);
  const checkIn = page.getByRole('region', { name: /Did you get to/ });
  await expect(checkIn).toContainText('Did you get to “Book a rehearsal room for Thursday”?');
  await expectAccessible(page, 'the small step check-in');
  await shot('09-small-step-check-in');
  await checkIn.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByText('Done: “Book a rehearsal room for Thursday”.')).toBeVisible();
  await goTo(page, 'Small steps');
  await expect(page.getByText('Nothing waiting.')).toBeVisible();
});

test('a calm care card shows the person’s own support contacts and never blocks writing', async ({ page, app: _app, shot }) => {
  await createJournal(page);
  await goTo(page, 'Settings');
  await page.getByLabel('Someone you trust').fill('Sam, 07700 900123');
  await page.getByLabel('Your local crisis line').fill('Samaritans, 116 123');
  await page.getByRole('button', { name: 'Save support contacts' }).click();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  await goTo(page, 'Journal');
  await writeEntry(page, { title: 'Tonight', body: "I don't want to be here anymore." });
  const card = page.getByRole('region', { name: "You don't have to carry this alone" });
  await expect(card).toContainText('Sam, 07700 900123');
  await expect(card).toContainText('Samaritans, 116 123');
  await expect(card).toContainText('please reach out to someone you trust or a local crisis line');
  await expectAccessible(page, 'the care card');
  await shot('08-care-card');

  // Writing goes on around it.
  await page.getByLabel('Entry text').press('End');
  await page.keyboard.type(' I am writing it down instead.');
  await expect(page.getByLabel('Entry text')).toContainText('I am writing it down instead.');
  await card.getByRole('button', { name: 'Hide this for this entry' }).click();
  await expect(card).toHaveCount(0);
  await waitForSaved(page);
});

test('writing not yet saved when the journal locks itself is kept in memory and saved after unlocking', async ({ page, app }) => {
  await createJournal(page);
  await page.getByRole('button', { name: 'New entry' }).click();
  await page.getByLabel('Title').fill('Half a thought');
  await page.getByLabel('Entry text').click();
  await page.keyboard.type('Written just before the lock.');
  // The idle lock arrives before the pause that would have saved it.
  await app.services.vault.lock('idle');
  await expect(page.getByText('Locked after a while without activity.')).toBeVisible();
  await expect(page.getByText(/held in memory, and saved as soon as you unlock/)).toBeVisible();
  await expectAccessible(page, 'locked with writing held in memory');
  await expect(page.getByText('Written just before the lock.')).toHaveCount(0);

  await unlock(page);
  await expect(page.getByText(/kept in memory, and it is saved now/)).toBeVisible();
  await page.getByRole('list', { name: 'Entries' }).getByText('Half a thought').click();
  await expect(page.getByLabel('Entry text')).toContainText('Written just before the lock.');
});

test('when the same root cause comes back, the reflection says so gently', async ({ page, app: _app }) => {
  await createJournal(page);
  await goTo(page, 'Reflect');
  for (const title of ['The first launch', 'The second launch']) {
    await page.getByRole('button', { name: 'New reflection' }).click();
    await page.getByLabel('Title').fill(title);
    await page.getByRole('navigation', { name: 'Reflection steps' }).getByRole('button', { name: /The root/ }).click();
    await expect(page.getByText('Step 3 of 8')).toBeVisible();
    await page.getByRole('radio', { name: 'A tactical misstep' }).check();
    await page.getByRole('radio', { name: 'I moved too fast' }).check();
    await waitForSaved(page);
  }
  await expect(page.getByText(/This is the second tactical misstep from moving too fast since \w+\. Worth a gentle look/)).toBeVisible();
  await expect(page.getByRole('list', { name: 'Entries' }).getByRole('listitem')).toHaveCount(2);
});
