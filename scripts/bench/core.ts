import { readFileSync } from 'node:fs';
import { mkdtemp, open as openFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createJournalServices } from '../../electron/api/journal-services';
import { Journal } from '../../electron/vault/journal';
import type { EntryFramer } from '../../electron/vault/framing/entry-framer';
import { nodeFileSystem, type FileSystem } from '../../electron/vault/storage/file-system';
import { recordFolder, recordPath } from '../../electron/vault/storage/record-paths';
import { RecordStore } from '../../electron/vault/storage/record-store';
import type { Vault } from '../../electron/vault/vault';
import { measureCliList } from './cli-list';
import { timed } from './measure';
import { measurePeakRss } from './peak-rss';
import { median, percentile, pick, round, seededRandom } from './random';
import { currentRecordFiles, readAndDecrypt, recordingFileSystem } from './raw-decrypt';
import { dataKeyOf, PASSPHRASE, seedJournal } from './seed';
import { searchQueries } from './synthetic-journal';
import { measureUnlock } from './unlock';

export type Figures = Record<string, number | null>;

/** What the window asks for first when searching: the first page of rows (FIRST_PAGE in the renderer's entryPages.ts). */
export const SEARCH_PAGE = 100;

export interface Core {
  figures: Figures;
  /** Yes/no findings beside the figures (a figure is always a number). */
  checks: Record<string, boolean | string>;
  folder: string;
  journal: Journal;
  journalDir: string;
  vault: Vault;
  framer: EntryFramer;
  ids: string[];
  /** Opens the same folder afresh from the data key and waits until every body is searchable. */
  reopen: () => Promise<Journal>;
  queries: string[];
}

/** One edit of a seeded entry, saved durably: what the save figures time. */
export async function saveOneEdit(journal: Journal, ids: readonly string[], random: () => number, i: number): Promise<string> {
  const { id, kind, title, date, body, tags, reflection } = journal.get(pick(random, ids));
  await journal.save({ id, kind, title, date, body: `${body} Edited ${i}.`, tags, reflection });
  return id;
}

/** The least a durable save of `bytes` must do: write a temp file, fsync it, rename it over the old, fsync the folder. */
async function durableReplace(folder: string, bytes: Uint8Array): Promise<void> {
  const temp = join(folder, '.bench-replace.tmp');
  const handle = await openFile(temp, 'w', 0o600);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, join(folder, '.bench-replace'));
  const directory = await openFile(folder, 'r');
  try {
    await directory.sync();
  } finally {
    await directory.close();
  }
}

function openJournal(fs: FileSystem, journalDir: string, key: Uint8Array, framer: EntryFramer): Promise<Journal> {
  return Journal.open(new RecordStore(fs, journalDir, key), () => new Date(), framer, { manifestExpected: true });
}

/**
 * Every figure issue 13 asks for, at one journal size: seeding, the CLI's start to
 * answer, unlock through the dispatcher, open against a raw read-and-decrypt of the
 * same files, saves against a bare durable replace, first-page searches, and the
 * peak memory of a process that only opens, searches and saves.
 */
export async function measureCore(count: number, seed: number, log: (line: string) => void, fresh = false): Promise<Core> {
  const folder = await mkdtemp(join(tmpdir(), 'bounce-bench-'));
  log(`Seeding ${count} entries through the journal service…`);
  const seeded = await timed(() => seedJournal(folder, count, seed, fresh));
  const { journalDir, ids, vocabulary, fromCache } = seeded.value;
  log(
    `  ${fromCache ? 'copied from an earlier run\'s seeding (the same code and seed)' : 'seeded'} in ${round(seeded.ms / 1000)} s: ` +
      `${seeded.value.distinctWords} distinct words, ${Math.round(seeded.value.meanChars)} characters an entry on average`,
  );
  const { vault, framer } = createJournalServices({ journalDir });
  const queries = searchQueries(seededRandom(seed + 4), vocabulary, 100);

  log('  the CLI: bounce-forward list…');
  const cli = await measureCliList(journalDir, PASSPHRASE);
  log('  unlocking through the dispatcher…');
  const unlock = await measureUnlock(journalDir, PASSPHRASE);

  log('  opening from the data key, against a raw read and decrypt…');
  // Opening: from the data key to every entry decrypted, listed and searchable.
  const key = await dataKeyOf(journalDir);
  const reopen = async () => {
    const opened = await openJournal(nodeFileSystem, journalDir, key, framer);
    await opened.whenOpened();
    return opened;
  };
  // The first of the three opens goes through a file system that notes what open reads, for the baseline below.
  const recording = recordingFileSystem(nodeFileSystem);
  const opens: number[] = [];
  let journal: Journal | undefined;
  for (let rep = 0; rep < 3; rep++) {
    const run = await timed(async () => {
      const opened = await openJournal(rep === 0 ? recording.fs : nodeFileSystem, journalDir, key, framer);
      await opened.whenOpened();
      return opened;
    });
    opens.push(run.ms);
    await journal?.settle();
    journal = run.value;
  }
  if (!journal) throw new Error('the journal did not open');
  await journal.settle();

  // The baseline: read and decrypt exactly the files open read (and every record's current file, should open leave some to later).
  const files = [...new Set([...recording.reads, ...(await currentRecordFiles(journalDir))])];
  const raws: number[] = [];
  for (let rep = 0; rep < 3; rep++) raws.push((await timed(() => readAndDecrypt(nodeFileSystem, files, key))).ms);

  log('  saves against durable replaces, and searches…');
  // Saving one edited entry durably, each followed by a bare durable replace of the same size in the same folder.
  const random = seededRandom(seed + 1);
  const saves: number[] = [];
  const replaces: number[] = [];
  const replaced = new Set<string>();
  for (let i = 0; i < 100; i++) {
    const saved = await timed(() => saveOneEdit(journal, ids, random, i));
    saves.push(saved.ms);
    const bytes = readFileSync(recordPath(journalDir, saved.value));
    const recordDir = recordFolder(journalDir, saved.value);
    replaced.add(recordDir);
    replaces.push((await timed(() => durableReplace(recordDir, bytes))).ms);
  }
  for (const recordDir of replaced) await rm(join(recordDir, '.bench-replace'), { force: true });
  await journal.settle();

  // Searching: the first page of results as the window asks for it, serialised as it crosses to the window.
  const searches: number[] = [];
  for (const query of queries) searches.push((await timed(() => JSON.stringify(journal.list({ query, limit: SEARCH_PAGE })))).ms);

  log('  peak memory of a process that opens, searches and saves…');
  const peakRss = await measurePeakRss(journalDir, PASSPHRASE, queries);

  const figures: Figures = {
    entries: count,
    distinct_words: seeded.value.distinctWords,
    mean_entry_chars: Math.round(seeded.value.meanChars),
    // Seeding afresh, or copying an earlier run's seeding (see seed_cached).
    seed_s: round(seeded.ms / 1000),
    ...cli.figures,
    ...unlock.figures,
    open_ms: round(median(opens)),
    raw_decrypt_ms: round(median(raws)),
    raw_decrypt_files: files.length,
    save_p50_ms: round(percentile(saves, 50), 2),
    save_p95_ms: round(percentile(saves, 95), 2),
    durable_replace_p95_ms: round(percentile(replaces, 95), 2),
    search_p50_ms: round(percentile(searches, 50), 2),
    search_p95_ms: round(percentile(searches, 95), 2),
    peak_rss_mb: round(peakRss),
  };
  const checks = {
    seed_cached: fromCache,
    cli_list_head_exits_quietly: cli.headExitsQuietly,
    ...(cli.headProblem ? { cli_list_head_problem: cli.headProblem } : {}),
    ...(cli.openedWithProblems ? { cli_list_found_a_problem: cli.openedWithProblems } : {}),
    ...(cli.rebuilds ? { cli_list_runs_set_aside_for_a_rebuild: String(cli.rebuilds) } : {}),
    first_list_answered_before_search_ready: unlock.listBeforeSearchReady,
    first_list_answer_says_still_opening: unlock.listSaidOpening,
  };
  return { figures, checks, folder, journal, journalDir, vault, framer, ids, reopen, queries };
}

/** The yardsticks issue 13 sets, as ratios of figures measured in the same run. */
export function coreRatios(figures: Figures): Record<string, number | null> {
  return {
    open_vs_raw_decrypt: ratio(figures.open_ms, figures.raw_decrypt_ms),
    save_p95_vs_durable_replace_p95: ratio(figures.save_p95_ms, figures.durable_replace_p95_ms),
  };
}

export function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
  return a != null && b ? round(a / b, 2) : null;
}
