// npm run bench -- [--entries N] [--json] [--scaling]
// Builds a synthetic journal through the real services on the real filesystem and
// prints how long the things a person waits for take. A script, not a test.
import { mkdtemp, open as openFile, readdir, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nacl from 'tweetnacl';
import { openKeyslot } from '../electron/vault/crypto/keyslot';
import { deriveKeyEncryptionKey, DEFAULT_KDF, freshKdfParams } from '../electron/vault/crypto/kdf';
import { createJournalServices } from '../electron/api/journal-services';
import type { EntryFramer } from '../electron/vault/framing/entry-framer';
import { Journal } from '../electron/vault/journal';
import { nodeFileSystem } from '../electron/vault/storage/file-system';
import { readHeader } from '../electron/vault/storage/header';
import { RECORDS_FOLDER } from '../electron/vault/storage/record-paths';
import { RecordStore } from '../electron/vault/storage/record-store';
import type { Vault } from '../electron/vault/vault';
import { inBatches, longestBlock, timed } from './bench/measure';
import { median, percentile, pick, round, seededRandom } from './bench/random';
import { rendererInitialJsKbGz } from './bench/renderer-size';
import { longEntry, syntheticEntries } from './bench/synthetic-journal';
import { optionalFeatures } from './bench/features';
import { measureEvidence } from './bench/evidence';

const PASSPHRASE = 'benchmark passphrase of reasonable length';
const SEED = 20261123;
const SEARCH_WORDS = ['deadline', 'river', 'apologised', 'budget', 'vendor', 'anxious', 'meeting', 'garden', 'review', 'email'];

interface Args {
  entries: number;
  json: boolean;
  scaling: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { entries: 10_000, json: false, scaling: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') args.json = true;
    else if (arg === '--scaling') args.scaling = true;
    else if (arg === '--entries') {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 10 || value > 200_000) throw new Error('--entries takes a whole number from 10 to 200000');
      args.entries = value;
    } else throw new Error(`Unknown option ${arg}. Use --entries N, --json, --scaling.`);
  }
  return args;
}

type Figures = Record<string, number | null>;

async function seedJournal(folder: string, count: number) {
  const journalDir = join(folder, 'journal');
  const { vault, framer } = createJournalServices({ journalDir });
  const { recoveryCode, confirmGroups } = await vault.create(PASSPHRASE);
  const groups = recoveryCode.split('-');
  await vault.confirmRecoveryCode(confirmGroups.map((group) => ({ group, value: groups[group - 1]! })));
  const journal = vault.journal();
  const random = seededRandom(SEED);
  const items = syntheticEntries(random, count, Math.round(count * 0.2));
  const ids: string[] = [];
  await inBatches(items, 16, async (item, index) => {
    const entry = await journal.save(item.draft);
    ids[index] = entry.id;
    if (item.correction) await journal.correctFraming(entry.id, item.correction.sentence, item.correction.label);
  });
  await journal.settle();
  return { vault, journalDir, ids, framer };
}

async function dataKeyOf(journalDir: string): Promise<Uint8Array> {
  const header = (await readHeader(nodeFileSystem, journalDir))!;
  const slot = header.keyslots.find((candidate) => candidate.kind === 'passphrase')!;
  return (await openKeyslot(slot, PASSPHRASE, header.journalId))!;
}

async function recordFiles(journalDir: string): Promise<string[]> {
  const root = join(journalDir, RECORDS_FOLDER);
  const files: string[] = [];
  for (const folder of await readdir(root)) for (const name of await readdir(join(root, folder))) files.push(join(root, folder, name));
  return files;
}

/** One edit of a seeded entry, saved durably: what the save figures time. */
async function saveOneEdit(journal: Journal, ids: readonly string[], random: () => number, i: number): Promise<void> {
  const { id, kind, title, date, body, tags, reflection } = journal.get(pick(random, ids));
  await journal.save({ id, kind, title, date, body: `${body} Edited ${i}.`, tags, reflection });
}

interface Core {
  figures: Figures;
  folder: string;
  journal: Journal;
  journalDir: string;
  vault: Vault;
  framer: EntryFramer;
  ids: string[];
  reopen: () => Promise<Journal>;
}

async function measureCore(count: number, log: (line: string) => void): Promise<Core> {
  const folder = await mkdtemp(join(tmpdir(), 'bounce-bench-'));
  log(`Seeding ${count} entries through the journal service…`);
  const seeded = await timed(() => seedJournal(folder, count));
  log(`  seeded in ${round(seeded.ms / 1000)} s`);
  const { vault, journalDir, ids, framer } = seeded.value;
  await vault.lock('user');
  const key = await dataKeyOf(journalDir);

  // Opening: from the data key to every entry decrypted, indexed and searchable.
  const opens: number[] = [];
  let journal: Journal | undefined;
  const reopen = () => Journal.open(new RecordStore(nodeFileSystem, journalDir, key), () => new Date(), framer, { manifestExpected: true });
  for (let rep = 0; rep < 3; rep++) {
    if (journal) await journal.settle();
    const run = await timed(reopen);
    opens.push(run.ms);
    journal = run.value;
  }

  if (!journal) throw new Error('the journal did not open');
  await journal.settle();

  // The baseline: tweetnacl opening the same bytes in one tight loop.
  // Read one at a time: tens of thousands of files at once would run out of file descriptors.
  const boxes: Uint8Array[] = [];
  for (const file of await recordFiles(journalDir)) boxes.push(await readFile(file));
  const rawOpens: number[] = [];
  for (let rep = 0; rep < 3; rep++) {
    const run = await timed(() => {
      for (const bytes of boxes) nacl.secretbox.open(bytes.subarray(28), bytes.subarray(4, 28), key);
    });
    rawOpens.push(run.ms);
  }

  // Saving one edited entry durably, against write+fsync+rename of the same size.
  const random = seededRandom(SEED + 1);
  const saves: number[] = [];
  for (let i = 0; i < 100; i++) saves.push((await timed(() => saveOneEdit(journal, ids, random, i))).ms);
  const sample = boxes[0]!;
  const folderForBaseline = join(journalDir, RECORDS_FOLDER, (await readdir(join(journalDir, RECORDS_FOLDER)))[0]!);
  const fsyncs: number[] = [];
  for (let i = 0; i < 100; i++) {
    const temp = join(folderForBaseline, `.baseline-${i}.tmp`);
    const run = await timed(async () => {
      const handle = await openFile(temp, 'w');
      await handle.writeFile(sample);
      await handle.sync();
      await handle.close();
      await rename(temp, join(folderForBaseline, '.baseline'));
    });
    fsyncs.push(run.ms);
  }
  await rm(join(folderForBaseline, '.baseline'), { force: true });

  // Searching for one or two words over everything.
  const searches: number[] = [];
  for (let i = 0; i < 100; i++) {
    const query = i % 2 ? pick(random, SEARCH_WORDS) : `${pick(random, SEARCH_WORDS)} ${pick(random, SEARCH_WORDS)}`;
    searches.push((await timed(() => journal.list({ query }))).ms);
  }

  // A 40,000-word entry saved ten times: the longest the event loop stalls while the save
  // and its framing (in the worker) run, and the first save after opening against the tenth.
  const long = longEntry(seededRandom(SEED + 3), 40_000);
  const longSaves: number[] = [];
  let longBlock = 0;
  const fresh = await Journal.open(new RecordStore(nodeFileSystem, journalDir, key), () => new Date(), framer, { manifestExpected: true });
  let longId: string | undefined;
  for (let i = 0; i < 10; i++) {
    const run = await longestBlock(() =>
      timed(async () => {
        const saved = await fresh.save({ ...(longId ? { id: longId } : {}), title: 'Long', date: '2026-01-01', body: `${long} ${i}`, tags: [] });
        longId = saved.id;
        await fresh.settle();
      }),
    );
    longSaves.push(run.value.ms);
    longBlock = Math.max(longBlock, run.blockMs);
  }
  await fresh.settle();

  const figures: Figures = {
    save_40k_words_longest_block_ms: round(longBlock, 2),
    save_40k_words_first_ms: round(longSaves[0]!, 2),
    save_40k_words_tenth_ms: round(longSaves[9]!, 2),
    open_ms: round(median(opens)),
    raw_open_ms: round(median(rawOpens)),
    save_p50_ms: round(percentile(saves, 50), 2),
    save_p95_ms: round(percentile(saves, 95), 2),
    fsync_p95_ms: round(percentile(fsyncs, 95), 2),
    search_p95_ms: round(percentile(searches, 95), 2),
  };
  return { figures, folder, journal, journalDir, vault, framer, ids, reopen };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const log = (line: string) => {
    if (!args.json) console.log(line);
    else process.stderr.write(`${line}\n`);
  };
  const features = await optionalFeatures();
  const reasons: Record<string, string> = {};

  const kdfTimes: number[] = [];
  let kdfBlock = 0;
  for (let rep = 0; rep < 3; rep++) {
    const params = freshKdfParams(nacl.randomBytes, DEFAULT_KDF);
    const run = await longestBlock(() => timed(() => deriveKeyEncryptionKey(PASSPHRASE, params)));
    kdfTimes.push(run.value.ms);
    kdfBlock = Math.max(kdfBlock, run.blockMs);
  }

  const core = await measureCore(args.entries, log);
  const figures: Figures = { kdf_ms: round(median(kdfTimes)), kdf_longest_block_ms: round(kdfBlock, 2), ...core.figures };
  const evidenceRandom = seededRandom(SEED + 5);
  Object.assign(
    figures,
    await measureEvidence({
      journal: core.journal,
      reopen: core.reopen,
      saveOneEdit: (journal, i) => saveOneEdit(journal, core.ids, evidenceRandom, i),
      entryIds: core.ids,
      random: evidenceRandom,
      log,
    }),
  );

  if (features.timeline) {
    const entries = core.journal.allEntries();
    const runs: number[] = [];
    for (let rep = 0; rep < 5; rep++) runs.push((await timed(() => features.timeline!(entries))).ms);
    figures.timeline_ms = round(median(runs), 2);
  } else {
    figures.timeline_ms = null;
    reasons.timeline_ms = features.timelineReason;
  }

  if (features.analyze) {
    const text = longEntry(seededRandom(SEED + 2), 5000);
    features.analyze(text);
    const runs: number[] = [];
    for (let rep = 0; rep < 10; rep++) runs.push((await timed(() => features.analyze!(text))).ms);
    figures.analyze_5000w_ms = round(median(runs), 2);
  } else {
    figures.analyze_5000w_ms = null;
    reasons.analyze_5000w_ms = features.analyzeReason;
  }

  if (features.backup) {
    await core.vault.unlock(PASSPHRASE);
    Object.assign(figures, await features.backup(core.vault, core.folder));
    await core.vault.lock('user');
  } else {
    for (const name of ['export_ms', 'verify_ms', 'restore_ms']) {
      figures[name] = null;
      reasons[name] = features.backupReason;
    }
  }

  figures.peak_rss_mb = round(process.resourceUsage().maxRSS / 1024);
  const renderer = rendererInitialJsKbGz(join(__dirname, '../out/renderer'));
  figures.renderer_js_kb_gz = renderer.value;
  if (renderer.reason) reasons.renderer_js_kb_gz = renderer.reason;

  const ratios = {
    open_vs_raw_open: ratio(figures.open_ms, figures.raw_open_ms),
    save_p95_vs_fsync_p95: ratio(figures.save_p95_ms, figures.fsync_p95_ms),
    save_40k_first_vs_tenth: ratio(figures.save_40k_words_first_ms, figures.save_40k_words_tenth_ms),
    open_with_evidence_vs_without: ratio(figures.open_with_evidence_ms, figures.open_without_evidence_ms),
    save_p95_with_evidence_vs_without: ratio(figures.save_p95_with_evidence_ms, figures.save_p95_without_evidence_ms),
  };

  let scaling: Record<string, Figures> | undefined;
  if (args.scaling) {
    scaling = {};
    for (const size of [1_000, 10_000, 50_000]) {
      const run = size === args.entries ? { figures: core.figures, folder: '' } : await measureCore(size, log);
      scaling[String(size)] = run.figures;
      if (run.folder) await rm(run.folder, { recursive: true, force: true });
    }
  }
  await rm(core.folder, { recursive: true, force: true });
  await core.framer.close();

  const report = { entries: args.entries, seed: SEED, figures, ratios, ...(Object.keys(reasons).length ? { null_reasons: reasons } : {}), ...(scaling ? { scaling } : {}) };
  if (args.json) console.log(JSON.stringify(report));
  else printTable(report);
}

function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
  return a != null && b ? round(a / b, 2) : null;
}

function printTable(report: { entries: number; figures: Figures; ratios: Record<string, number | null>; null_reasons?: Record<string, string>; scaling?: Record<string, Figures> }): void {
  console.log(`\nBounce Forward benchmark, ${report.entries} entries`);
  for (const [name, value] of Object.entries(report.figures)) {
    console.log(`  ${name.padEnd(22)} ${value === null ? `null (${report.null_reasons?.[name] ?? ''})` : value}`);
  }
  for (const [name, value] of Object.entries(report.ratios)) console.log(`  ${name.padEnd(22)} ${value}×`);
  if (report.scaling) {
    console.log('\nScaling (open, save p95, search p95 in ms):');
    for (const [size, figures] of Object.entries(report.scaling)) {
      console.log(`  ${size.padStart(6)} entries: open ${figures.open_ms}, save p95 ${figures.save_p95_ms}, search p95 ${figures.search_p95_ms}`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
