import type { Locator, Page } from '@playwright/test';

/**
 * How many characters the first line of the entry's text holds before it wraps,
 * counted character by character from where each one is drawn, so it is the
 * line the person reads, whatever the font and the layout.
 */
export async function charsPerLine(page: Page): Promise<number> {
  return page.evaluate(() => {
    const line = document.querySelector('.body-editor')?.shadowRoot?.querySelector('.cm-line');
    if (!line) throw new Error('no text in the editor');
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    let firstTop: number | null = null;
    let count = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (let i = 0; i < text.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (!rect || rect.width === 0) continue;
        firstTop ??= rect.top;
        if (rect.top > firstTop + rect.height / 2) return count;
        count++;
      }
    }
    throw new Error(`the first line never wrapped (${count} characters)`);
  });
}

/** Whether the top of an element is inside the window, below the sticky top bar. */
export async function topIsInView(page: Page, target: Locator): Promise<boolean> {
  const box = await target.boundingBox();
  const bar = await page.locator('.top-bar').boundingBox();
  const height = page.viewportSize()?.height ?? 0;
  return box !== null && bar !== null && box.y >= bar.y + bar.height - 1 && box.y < height - 24;
}

/** The words the editor shows as found by the search. */
export async function searchHits(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...(document.querySelector('.body-editor')?.shadowRoot?.querySelectorAll('[data-search-hit]') ?? [])].map((hit) => hit.textContent ?? ''),
  );
}

/** The element that has the focus, by role and name, for a readable failure. */
export async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'the page itself';
    return `${element.tagName.toLowerCase()} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 60)}"`;
  });
}
