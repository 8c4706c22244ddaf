// npm run bench -- [--entries N] [--json] [--scaling] [--fresh]
// Builds a realistic synthetic journal through the real services on the real filesystem
// and prints how long the things a person waits for take, with baselines measured in
// the same run. A script, not a test.
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import nacl from 'tweetnacl';
import { deriveKeyEncryptionKey, DEFAULT_KDF, freshKdfParams } from '../electron/vault/crypto/kdf';
import { coreRatios, measureCore, ratio, saveOneEdit, type Core, type Figures } from './bench/core';
import { measureEvidence } from './bench/evidence';
import { optionalFeatures } from './bench/features';
import { measureLongSaves } from './bench/long-save';
import { longestBlock, timed } from './bench/measure';
import { measurePeakRss } from './bench/peak-rss';
import { median, round, seededRandom } from './bench/random';
import { rendererInitialJsKbGz } from './bench/renderer-size';
import { measureReviewPdf } from './bench/review-pdf';
import { PASSPHRASE, seedJournal } from './bench/seed';
import { longEntry, searchQueries } from './bench/synthetic-journal';
import { measureTimeline } from './bench/timeline';

const SEED = 20261123;
const SCALING_SIZES = [1_000, 10_000, 50_000];
/** The last two of the synthetic journal's ten years (2016 to 2025), whose reviews the bench prints. */
const REVIEW_YEARS: [number, number] = [2024, 2025];
/** The size issue 13 sets a second memory target at. */
const SMALL_JOURNAL = 1_000;

interface Args {
  entries: number;
  json: boolean;
  scaling: boolean;
  /** Seed afresh even when an earlier run's seeding of the same code could be copied. */
  fresh: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { entries: 10_000, json: false, scaling: false, fresh: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') args.json = true;
    else if (arg === '--scaling') args.scaling = true;
    else if (arg === '--fresh') args.fresh = true;
    else if (arg === '--entries') {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 10 || value > 200_000) throw new Error('--entries takes a whole number from 10 to 200000');
      args.entries = value;
    } else throw new Error(`Unknown option ${arg}. Use --entries N, --json, --scaling, --fresh.`);
  }
  return args;
}

async function measureKdf(): Promise<Figures> {
  const times: number[] = [];
  let block = 0;
  for (let rep = 0; rep < 3; rep++) {
    const params = freshKdfParams(nacl.randomBytes, DEFAULT_KDF);
    const run = await longestBlock(() => timed(() => deriveKeyEncryptionKey(PASSPHRASE, params)));
    times.push(run.value.ms);
    block = Math.max(block, run.blockMs);
  }
  return { kdf_ms: round(median(times)), kdf_longest_block_ms: round(block, 2) };
}

/** Peak memory of the open-search-save process over a small journal, seeded here for the purpose. */
async function peakRssOfSmallJournal(log: (line: string) => void, fresh: boolean): Promise<number> {
  const folder = await mkdtemp(join(tmpdir(), 'bounce-bench-small-'));
  try {
    log(`Seeding ${SMALL_JOURNAL} entries for the small journal's memory figure…`);
    const seeded = await seedJournal(folder, SMALL_JOURNAL, SEED, fresh);
    return round(await measurePeakRss(seeded.journalDir, PASSPHRASE, searchQueries(seededRandom(SEED + 4), seeded.vocabulary, 100)));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** The figures of the features around the journal, measured on the core journal. */
async function measureFeatures(core: Core, log: (line: string) => void): Promise<{ figures: Figures; reasons: Record<string, string> }> {
  const features = await optionalFeatures();
  const figures: Figures = {};
  const reasons: Record<string, string> = {};
  Object.assign(figures, await measureLongSaves(await core.reopen(), longEntry(seededRandom(SEED + 3), 40_000)));

  const evidenceRandom = seededRandom(SEED + 5);
  Object.assign(
    figures,
    await measureEvidence({
      journal: core.journal,
      reopen: core.reopen,
      saveOneEdit: async (journal, i) => {
        await saveOneEdit(journal, core.ids, evidenceRandom, i);
      },
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

  Object.assign(figures, await measureTimeline(core.journal, seededRandom(SEED + 6)));
  log('The yearly review PDF, in Chromium…');
  await core.journal.settle();
  const review = await measureReviewPdf(core.journalDir, PASSPHRASE, REVIEW_YEARS);
  Object.assign(figures, review.figures);
  if (review.reason) reasons.review_pdf_ms = review.reason;

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
    log('Export, verify and restore…');
    await core.vault.unlock(PASSPHRASE);
    Object.assign(figures, await features.backup(core.vault, core.folder));
    await core.vault.lock('user');
  } else {
    for (const name of ['export_ms', 'verify_ms', 'restore_ms']) {
      figures[name] = null;
      reasons[name] = features.backupReason;
    }
  }

  const renderer = rendererInitialJsKbGz(join(__dirname, '../out/renderer'));
  figures.renderer_js_kb_gz = renderer.value;
  if (renderer.reason) reasons.renderer_js_kb_gz = renderer.reason;
  return { figures, reasons };
}

async function release(core: Core): Promise<void> {
  await core.journal.settle();
  await core.framer.close();
  await rm(core.folder, { recursive: true, force: true });
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const started = performance.now();
  // Other work on the machine slows every figure; the load beside the core count says how much there was.
  const loadAtStart = loadavg()[0]!;
  const log = (line: string) => {
    const stamped = `[${Math.round((performance.now() - started) / 1000)} s] ${line}`;
    if (!args.json) console.log(stamped);
    else process.stderr.write(`${stamped}\n`);
  };
  const kdf = await measureKdf();
  const core = await measureCore(args.entries, SEED, log, args.fresh);
  log('The features around the journal: long saves, the evidence vault…');
  const features = await measureFeatures(core, log);
  log(`  journal figures: ${JSON.stringify(core.figures)}`);
  const figures: Figures = { ...kdf, ...core.figures, ...features.figures };
  if (args.entries !== SMALL_JOURNAL) figures[`peak_rss_mb_at_${SMALL_JOURNAL}`] = await peakRssOfSmallJournal(log, args.fresh);

  const ratios = {
    ...coreRatios(figures),
    save_40k_first_vs_tenth: ratio(figures.save_40k_words_first_ms, figures.save_40k_words_tenth_ms),
    open_with_evidence_vs_without: ratio(figures.open_with_evidence_ms, figures.open_without_evidence_ms),
    save_p95_with_evidence_vs_without: ratio(figures.save_p95_with_evidence_ms, figures.save_p95_without_evidence_ms),
  };

  let scaling: Record<string, Figures> | undefined;
  if (args.scaling) {
    scaling = {};
    for (const size of SCALING_SIZES) {
      if (size === args.entries) {
        scaling[String(size)] = { ...core.figures, ...coreRatios(core.figures) };
        continue;
      }
      const run = await measureCore(size, SEED, log, args.fresh);
      scaling[String(size)] = { ...run.figures, ...coreRatios(run.figures) };
      log(`  ${size} entries: ${JSON.stringify(scaling[String(size)])}`);
      await release(run);
    }
  }
  await release(core);
  const scalingGrowth = scaling ? growthOf(scaling) : undefined;
  figures.bench_s = round((performance.now() - started) / 1000);

  const report = {
    entries: args.entries,
    seed: SEED,
    figures,
    ratios,
    checks: core.checks,
    machine: { cores: availableParallelism(), load_average_at_start: round(loadAtStart, 2), load_average_at_end: round(loadavg()[0]!, 2) },
    ...(Object.keys(features.reasons).length ? { null_reasons: features.reasons } : {}),
    ...(scaling ? { scaling, scaling_growth: scalingGrowth } : {}),
  };
  if (args.json) console.log(JSON.stringify(report));
  else printTable(report);
}

/** Each figure at each size as a multiple of the same figure at the size before: 10× the entries should be about 10× the time, not more. */
function growthOf(scaling: Record<string, Figures>): Record<string, Record<string, number | null>> {
  const sizes = Object.keys(scaling);
  const growth: Record<string, Record<string, number | null>> = {};
  for (let i = 1; i < sizes.length; i++) {
    const step = `${sizes[i]}/${sizes[i - 1]}`;
    growth[step] = {};
    for (const name of Object.keys(scaling[sizes[i]!]!)) growth[step][name] = ratio(scaling[sizes[i]!]![name], scaling[sizes[i - 1]!]![name]);
  }
  return growth;
}

function printTable(report: {
  entries: number;
  figures: Figures;
  ratios: Record<string, number | null>;
  checks: Record<string, boolean | string>;
  machine: Record<string, number>;
  null_reasons?: Record<string, string>;
  scaling?: Record<string, Figures>;
  scaling_growth?: Record<string, Record<string, number | null>>;
}): void {
  console.log(`\nBounce Forward benchmark, ${report.entries} entries`);
  for (const [name, value] of Object.entries(report.figures)) {
    console.log(`  ${name.padEnd(42)} ${value === null ? `null (${report.null_reasons?.[name] ?? ''})` : value}`);
  }
  for (const [name, value] of Object.entries(report.ratios)) console.log(`  ${name.padEnd(42)} ${value}×`);
  for (const [name, value] of Object.entries({ ...report.checks, ...report.machine })) console.log(`  ${name.padEnd(42)} ${value}`);
  if (report.scaling) {
    const sizes = Object.keys(report.scaling);
    const names = Object.keys(report.scaling[sizes[0]!]!);
    const steps = Object.keys(report.scaling_growth ?? {});
    console.log(`\nScaling (then each figure's growth from the size before)\n  ${''.padEnd(42)} ${[...sizes, ...steps].map((size) => size.padStart(12)).join('')}`);
    for (const name of names) {
      const values = sizes.map((size) => String(report.scaling![size]![name] ?? ''));
      const growth = steps.map((step) => `${report.scaling_growth![step]![name] ?? ''}×`);
      console.log(`  ${name.padEnd(42)} ${[...values, ...growth].map((cell) => cell.padStart(12)).join('')}`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
