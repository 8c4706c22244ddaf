import { expectAccessible } from './support/accessibility';
import { expect, test } from './support/fixtures';
import { createJournal, writeEntry } from './support/journal-steps';
import { sentenceInPanel } from './support/reflection-steps';

/**
 * One sentence of each kind the analyzer learned to read (issue #12), each in
 * its own entry, is highlighted in the text and explained with its own words,
 * in the panel and on hover. The reframe names the act from the person's words
 * and adds itself after their sentence.
 */
const CASES = [
  { title: 'Money', body: 'Whatever makes a person good with money, I was born without it.', name: 'Who I am', why: /Why: Words that, taken together, read as a verdict on who you are: ‘/ },
  { title: 'Report', body: 'The record shows a basic defect in my character.', name: 'Who I am', why: /Why: A verdict on your character: ‘basic defect in my character’/ },
  { title: 'Payment', body: 'The late payment sits with me.', name: 'What I did', why: /Why: Owns it: ‘sits with me’/ },
  { title: 'Builder', body: 'What I learned is never to trust a contractor.', name: 'Someone else', why: /Why: Words that, taken together, put it on someone or something else: ‘/ },
] as const;

test('each new kind of framing is highlighted and explained with its reason', async ({ page, app: _app }) => {
  await createJournal(page);
  for (const c of CASES) {
    await writeEntry(page, { title: c.title, body: c.body });
    const item = sentenceInPanel(page, c.body.slice(0, 20));
    await expect(item).toContainText(c.name);
    await expect(item).toContainText(c.why);
    const tone = c.name === 'Who I am' ? 'shame' : c.name === 'What I did' ? 'accountability' : 'blame';
    const highlight = page.locator(`.fr-${tone}`).first();
    await expect(highlight).toBeVisible();
    await highlight.hover();
    await expect(page.locator('.fr-tip')).toContainText(c.why);
    if (c === CASES[0]) await expectAccessible(page, 'framing highlight with its tip');
    await page.mouse.move(0, 0);
  }

  const SHAME = 'I am such a failure, I ruin everything.';
  await writeEntry(page, { title: 'Launch', body: `The launch went badly. ${SHAME}` });
  const shame = sentenceInPanel(page, 'I am such a failure');
  await shame.getByRole('button', { name: 'Want to look at it another way?' }).click();
  await expect(shame.locator('.reframe-intro')).toContainText('built on your words “The launch went badly”');
  await expect(shame.locator('.reframe-text')).toContainText('The launch went badly');
  await expectAccessible(page, 'framing panel with a reframe offered');
  await shame.getByRole('button', { name: 'Use this' }).click();
  const text = page.getByLabel('Entry text');
  await expect(text).toContainText(`${SHAME} The launch went badly`);
  await text.press('Control+z');
  await expect(text).toHaveText(`The launch went badly. ${SHAME}`);
});

test('a reframe with no act in the words says it is a general one', async ({ page, app: _app }) => {
  await createJournal(page);
  await writeEntry(page, { title: 'Tonight', body: 'I am worthless.' });
  const shame = sentenceInPanel(page, 'I am worthless');
  await shame.getByRole('button', { name: 'Want to look at it another way?' }).click();
  await expect(shame.locator('.reframe-intro')).toHaveText('Your words here don’t say what happened, so this is a general way to put it:');
});
