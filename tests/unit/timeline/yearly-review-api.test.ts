import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/api/app-services';
import { pdfPageCount } from '../../../electron/api/review-handlers';
import { inlineFramer } from '../../../electron/vault/framing/entry-framer';
import type { ApiResponse } from '../../../shared/api/contract';
import { createJournalServices } from '../../support/journal-fixture';
import { nullPlatform } from '../../support/null-platform';
import { useTempFolder } from '../../support/use-temp-folder';

const folder = useTempFolder();
let services: AppServices | null = null;

afterEach(async () => {
  await services?.vault.lock('quit');
  services = null;
});

/** A PDF of `pages` pages in the shape Chromium writes: a page tree and one page object per page. */
function pdfOf(pages: number): Uint8Array {
  const objects = Array.from({ length: pages }, (_, k) => `${k + 3} 0 obj\n<< /Type /Page /Parent 2 0 R >>\nendobj\n`).join('');
  return new TextEncoder().encode(`%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Count ${pages} >>\nendobj\n${objects}%%EOF\n`);
}

async function start(platform: Parameters<typeof nullPlatform>[0], journal = 'journal'): Promise<AppServices> {
  ({ services } = await createJournalServices(join(folder(), journal), { framer: inlineFramer(), platform: nullPlatform(platform), now: () => new Date('2026-03-25T12:00:00Z') }));
  return services;
}

async function call<T>(app: AppServices, method: string, request: unknown): Promise<T> {
  const result = await app.dispatch(method, request);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

describe('the yearly review', () => {
  it("sums up the year: the years beside it, periods touching it, wins by kind, root causes, and the person's moved sentences", async () => {
    const app = await start({});
    const save = (date: string, body: string, extra: Record<string, unknown> = {}) => call(app, 'entries.save', { title: `On ${date}`, date, body, tags: ['work'], ...extra });
    await save('2025-02-03', 'I am a complete failure and I always will be.');
    await save('2025-09-20', 'I missed the deadline because I did not plan the last week.');
    await save('2024-06-01', 'I missed the train.');
    await call(app, 'entries.save', { kind: 'reflection', title: 'The launch', date: '2025-04-02', body: '', tags: [], reflection: { whatHappened: 'I rushed the launch.', rootCause: { kind: 'tactical', tactic: 'moved-too-fast' } } });
    await call(app, 'wins.save', { date: '2025-05-10', title: 'Gave the talk', story: '', kind: 'showed-up', area: 'work' });
    await call(app, 'wins.save', { date: '2024-05-10', title: 'Not this year', story: '', kind: 'skill', area: 'work' });
    await call(app, 'timeline.savePeriod', { name: 'After the layoff', from: '2024-11-01', to: '2025-03-31' });
    await call(app, 'timeline.savePeriod', { name: 'Long ago', from: '2023-01-01', to: '2023-02-01' });
    await app.vault.journal().settle();

    const review = await call<ApiResponse<'timeline.review'>>(app, 'timeline.review', { year: 2025 });
    expect(review).toMatchObject({ year: 2025, from: '2025-01-01', to: '2025-12-31' });
    expect(review.summary.during).toMatchObject({ entries: 3, reflections: 1 });
    expect(review.summary.before).toMatchObject({ entries: 1 });
    expect(review.summary.wins).toMatchObject({ total: 1, byKind: { 'showed-up': 1, skill: 0 } });
    expect(review.summary.rootCauses).toEqual([{ kind: 'tactical', tactic: 'moved-too-fast', count: 1 }]);
    expect(review.periods.map((p) => p.period.name)).toEqual(['After the layoff']);
    expect(review.moved).toEqual([
      expect.objectContaining({
        tag: 'work',
        before: expect.objectContaining({ date: '2025-02-03', sentence: 'I am a complete failure and I always will be.' }),
        after: expect.objectContaining({ date: '2025-09-20', sentence: 'I missed the deadline because I did not plan the last week.' }),
      }),
    ]);
  });

  it('writes the printed PDF where the person chose, whole, and reports its pages', async () => {
    const path = join(folder(), 'review.pdf');
    const pdf = pdfOf(3);
    const app = await start({ chooseSavePath: async () => path, printToPdf: async () => pdf });
    expect(await call(app, 'timeline.saveReview', { year: 2025 })).toEqual({ path, bytes: pdf.byteLength, pages: 3 });
    expect(new Uint8Array(await readFile(path))).toEqual(pdf);
  });

  it('prints nothing and writes nothing when the person cancels the save dialog', async () => {
    let printed = 0;
    const app = await start({
      chooseSavePath: async () => null,
      printToPdf: async () => {
        printed += 1;
        return pdfOf(1);
      },
    });
    expect(await call(app, 'timeline.saveReview', { year: 2025 })).toEqual({ path: null, bytes: 0, pages: 0 });
    expect(printed).toBe(0);
  });

  it('refuses to write a print that is not a PDF with pages, and leaves the chosen path alone', async () => {
    const path = join(folder(), 'review.pdf');
    for (const [k, bad] of [new TextEncoder().encode('<html>not a pdf</html>'), pdfOf(0)].entries()) {
      const app = await start({ chooseSavePath: async () => path, printToPdf: async () => bad }, `journal-${k}`);
      const result = await app.dispatch('timeline.saveReview', { year: 2025 });
      expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: 'The review could not be printed. Nothing was saved.' } });
      await expect(stat(path)).rejects.toMatchObject({ code: 'ENOENT' });
      await app.vault.lock('quit');
    }
  });

  it('is asked for only while the journal is open, and only for a sensible year', async () => {
    const app = await start({ chooseSavePath: async () => join(folder(), 'x.pdf'), printToPdf: async () => pdfOf(1) });
    expect(await app.dispatch('timeline.review', { year: 1850 })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    await app.vault.lock('quit');
    expect(await app.dispatch('timeline.saveReview', { year: 2025 })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await app.dispatch('timeline.review', { year: 2025 })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });
});

describe('counting pages of a PDF', () => {
  it('counts page objects, not the page tree, and nothing in a file that is not a PDF', () => {
    expect(pdfPageCount(pdfOf(1))).toBe(1);
    expect(pdfPageCount(pdfOf(12))).toBe(12);
    expect(pdfPageCount(new TextEncoder().encode('/Type /Page /Type /Page'))).toBe(0);
  });
});
