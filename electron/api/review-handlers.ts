import type { reviewContract } from '../../shared/api/review-contract';
import { yearlyReview } from '../../shared/timeline/yearly-review';
import { diskError, VaultError } from '../vault/errors';
import { writeFileDurably } from '../vault/storage/durable-write';
import { nodeFileSystem } from '../vault/storage/file-system';
import type { Vault } from '../vault/vault';
import type { ApiHandlers } from './dispatcher';
import type { Platform } from './platform';

type ReviewMethod = keyof typeof reviewContract;

const PDF_MAGIC = '%PDF-';

/**
 * Pages in a PDF as Chromium writes it: each page object says `/Type /Page`, and
 * the page tree `/Type /Pages`. A file with none is not a review anyone can read.
 */
export function pdfPageCount(bytes: Uint8Array): number {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (!text.startsWith(PDF_MAGIC)) return 0;
  return text.match(/\/Type\s*\/Page(?![A-Za-z])/gu)?.length ?? 0;
}

/** The yearly review's numbers, and its PDF written where the person chooses. */
export function createReviewHandlers(vault: Vault, platform: Platform): Pick<ApiHandlers, ReviewMethod> {
  return {
    'timeline.review': async ({ year }) => {
      const journal = vault.journal();
      const entries = journal.allEntries();
      return yearlyReview(journal.evidence.timeline.index(entries), entries, journal.evidence.periods.all(), year);
    },
    'timeline.saveReview': async ({ year }) => {
      // Asked only while unlocked: the window is showing the review it prints.
      vault.journal();
      if (!platform.printToPdf) throw new VaultError('INTERNAL', 'Saving as PDF is not available here.');
      const path = await platform.chooseSavePath(`Bounce Forward review ${year}.pdf`);
      if (!path) return { path: null, bytes: 0, pages: 0 };
      const pdf = await platform.printToPdf();
      const pages = pdfPageCount(pdf);
      if (pages === 0) throw new VaultError('INTERNAL', 'The review could not be printed. Nothing was saved.');
      try {
        await writeFileDurably(nodeFileSystem, path, pdf);
      } catch (error) {
        throw diskError(error, 'The PDF could not be saved there. Nothing was written; choose another place.');
      }
      return { path, bytes: pdf.byteLength, pages };
    },
  };
}
