// The process peak_rss_mb is measured in: it unlocks one journal (KDF included), waits
// until every body is searchable, runs the searches it is given, saves edits, and says
// its peak resident set size. Nothing else lives in it (the bench seeds and measures
// everything else in its own process). Run bundled by peak-rss.ts, not directly.
import { createJournalServices } from '../../electron/api/journal-services';

interface ChildInput {
  journalDir: string;
  passphraseVariable: string;
  queries: string[];
  edits: number;
}

async function main(): Promise<void> {
  const input = JSON.parse(process.argv[2] ?? '{}') as ChildInput;
  const { vault, framer } = createJournalServices({ journalDir: input.journalDir });
  await vault.unlock(process.env[input.passphraseVariable] ?? '');
  const journal = vault.journal();
  await journal.whenOpened();
  let hits = 0;
  let sent = 0;
  for (const query of input.queries) {
    // The window's first page of results, serialised as it crosses to the window.
    const page = journal.list({ query, limit: 100 });
    hits += page.total;
    sent += JSON.stringify(page).length;
  }
  const ids = journal.list({ limit: Math.max(1, input.edits) }).entries.map((summary) => summary.id);
  for (let i = 0; i < input.edits; i++) {
    const { id, kind, title, date, body, tags, reflection } = journal.get(ids[i % ids.length]!);
    await journal.save({ id, kind, title, date, body: `${body} Edited ${i}.`, tags, reflection });
  }
  await journal.settle();
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const entries = journal.entryCount;
  await vault.lock('quit');
  await framer.close();
  process.stdout.write(`${JSON.stringify({ peakRssMb, entries, hits, sent })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
