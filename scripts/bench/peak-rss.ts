import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { buildSync } from 'esbuild';

const ROOT = join(__dirname, '../..');
// Beside node_modules, so the bundle's `require`s of packages resolve as the app's do.
const OUT = join(ROOT, 'node_modules', '.cache', 'bounce-forward-bench');
const PASSPHRASE_VARIABLE = 'BOUNCE_BENCH_PASSPHRASE';

/** The worker threads the services start, each bundled beside the child where the code that starts it looks for it. */
const WORKERS = ['electron/vault/framing/framing-worker.ts'];

/**
 * The child bundled as the app's main process is (one file, packages left to
 * node_modules), with its workers beside it: no TypeScript loader in the process
 * whose memory is measured.
 */
function bundleChild(): string {
  mkdirSync(OUT, { recursive: true });
  const bundle = (entry: string, outfile: string) =>
    buildSync({ entryPoints: [join(ROOT, entry)], absWorkingDir: ROOT, bundle: true, platform: 'node', format: 'cjs', target: 'node20', packages: 'external', outfile, logLevel: 'silent' });
  for (const worker of WORKERS) bundle(worker, join(OUT, `${basename(worker, '.ts')}.js`));
  bundle('scripts/bench/rss-child.ts', join(OUT, 'rss-child.cjs'));
  return join(OUT, 'rss-child.cjs');
}

let built: string | null = null;

/**
 * Peak resident set size (MB) of a fresh process that unlocks the journal, waits
 * until every body is searchable, runs `queries` and saves `edits` edits: the
 * memory one open journal costs, apart from the bench's own seeding and backups.
 */
export async function measurePeakRss(journalDir: string, passphrase: string, queries: string[], edits = 50): Promise<number> {
  built ??= bundleChild();
  const { stdout } = await promisify(execFile)(process.execPath, [built, JSON.stringify({ journalDir, passphraseVariable: PASSPHRASE_VARIABLE, queries, edits })], {
    cwd: ROOT,
    env: { ...process.env, [PASSPHRASE_VARIABLE]: passphrase },
    maxBuffer: 1024 * 1024,
  });
  const answer = JSON.parse(stdout) as { peakRssMb: number; entries: number };
  if (answer.entries === 0) throw new Error('the memory child opened an empty journal');
  return answer.peakRssMb;
}
