import type { Locator, Page } from '@playwright/test';

/** The titles of the entries drawn on the chart for a span, in the order the keyboard meets them. */
export async function drawnTitles(page: Page, from: string, to: string, resolution: 'day' | 'week' | 'month'): Promise<{ title: string; keySentence: string | null }[]> {
  return page.evaluate(
    async ([f, t, r]) => {
      const answer = await window.bounce.timeline.view({ from: f!, to: t!, resolution: r as 'day' });
      if (!answer.ok) throw new Error(answer.error.message);
      return answer.value.points.filter((p) => p.lean !== null || p.label === 'blame').map((p) => ({ title: p.title, keySentence: p.keySentence }));
    },
    [from, to, resolution],
  );
}

/**
 * Presses the mouse on the chart at a fraction of its width, moves it to another
 * in small steps (as a hand does) and lets go; with Shift held when `shift` is set.
 */
export async function dragChart(page: Page, plot: Locator, fromFraction: number, toFraction: number, options: { shift?: boolean; beforeRelease?: () => Promise<void> } = {}): Promise<void> {
  await plot.scrollIntoViewIfNeeded();
  const box = (await plot.boundingBox())!;
  const y = box.y + box.height * 0.2;
  if (options.shift) await page.keyboard.down('Shift');
  await page.mouse.move(box.x + box.width * fromFraction, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * toFraction, y, { steps: 12 });
  if (options.beforeRelease) await options.beforeRelease();
  await page.mouse.up();
  if (options.shift) await page.keyboard.up('Shift');
}
