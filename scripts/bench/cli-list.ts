import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { EXIT } from '../../electron/cli/exit-codes';
import { median, round } from './random';

const ROOT = join(__dirname, '../..');
const BIN = join(ROOT, 'bin/bounce-forward.cjs');
const PASSPHRASE_VARIABLE = 'BOUNCE_BENCH_PASSPHRASE';
/** Where the launcher keeps the CLI it bundles (see bin/bounce-forward.cjs). */
const BUNDLE = join(ROOT, 'node_modules', '.cache', 'bounce-forward-cli', 'cli.cjs');
/** Timed runs at most, when some are spoilt by the launcher bundling the CLI afresh. */
const MAX_ATTEMPTS = 6;

function bundleStamp(): number {
  try {
    return statSync(BUNDLE).mtimeMs;
  } catch {
    return Number.NaN;
  }
}

interface ListRun {
  /** Spawn to the first bytes of the list on stdout. */
  firstOutputMs: number;
  /** Spawn to the process exiting (the shell prompt is back). */
  exitMs: number;
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  lines: number;
  /** Whether the launcher bundled the CLI during this run (a source file changed since the last): a cost a person pays once per update. */
  rebuilt: boolean;
}

/**
 * `bounce-forward list` as a person runs it: the real launcher in a new process,
 * the passphrase through --passphrase-env, the output read through a pipe. With
 * `stopAfterLines`, the pipe is closed once that many lines have arrived, as
 * `| head` does.
 */
function runList(journalDir: string, passphrase: string, stopAfterLines?: number): Promise<ListRun> {
  return new Promise((resolve, reject) => {
    const before = bundleStamp();
    const start = performance.now();
    const child = spawn(process.execPath, [BIN, 'list', '--journal', journalDir, '--passphrase-env', PASSPHRASE_VARIABLE], {
      cwd: ROOT,
      env: { ...process.env, [PASSPHRASE_VARIABLE]: passphrase, BOUNCE_FORWARD_DATA_DIR: join(journalDir, '..', 'cli-data') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let firstOutputMs = Number.NaN;
    let lines = 0;
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      if (Number.isNaN(firstOutputMs)) firstOutputMs = performance.now() - start;
      for (const byte of chunk) if (byte === 10) lines++;
      if (stopAfterLines !== undefined && lines >= stopAfterLines) child.stdout.destroy();
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ firstOutputMs, exitMs: performance.now() - start, code, signal, stderr, lines, rebuilt: bundleStamp() !== before }));
  });
}

export interface CliFigures {
  figures: { cli_list_ms: number; cli_list_exit_ms: number };
  /** Whether `list | head` ended quietly: no stack trace or EPIPE on stderr, no signal, the same exit code as a full read. */
  headExitsQuietly: boolean;
  headProblem?: string;
  /** What the CLI said on stderr when it listed the journal but found a problem opening it. */
  openedWithProblems?: string;
  /** Timed runs set aside because the launcher bundled the CLI during them (others were editing its sources). */
  rebuilds: number;
}

/**
 * Process start to `bounce-forward list` answering over the whole journal, KDF
 * included: the median of `runs` runs. The `| head` run goes first and doubles as
 * the warm-up (the launcher bundles the CLI on its first run after a source change,
 * which a person pays once), so it is not among the timed runs.
 */
export async function measureCliList(journalDir: string, passphrase: string, runs = 3): Promise<CliFigures> {
  const head = await runList(journalDir, passphrase, 10);
  const measured: ListRun[] = [];
  let rebuilds = 0;
  for (let attempt = 0; attempt < MAX_ATTEMPTS && measured.length < runs; attempt++) {
    const run = await runList(journalDir, passphrase);
    if (run.rebuilt && attempt < MAX_ATTEMPTS - 1) rebuilds++;
    else measured.push(run);
  }
  const whole = measured[0]!;
  // 7: the journal opened and listed, and also reported a problem found while opening (said on stderr).
  if ((whole.code !== 0 && whole.code !== EXIT.openedWithProblems) || whole.lines === 0) {
    throw new Error(`bounce-forward list failed (exit ${whole.code}): ${whole.stderr.trim()}`);
  }
  const problems = [
    ...(/EPIPE|Error|\n\s+at /.test(head.stderr) ? [`stderr: ${head.stderr.trim().split('\n')[0]}`] : []),
    ...(head.signal ? [`killed by ${head.signal}`] : []),
    ...(head.code !== whole.code ? [`exit ${head.code}, not ${whole.code}`] : []),
  ];
  return {
    figures: {
      cli_list_ms: round(median(measured.map((run) => run.firstOutputMs))),
      cli_list_exit_ms: round(median(measured.map((run) => run.exitMs))),
    },
    headExitsQuietly: problems.length === 0,
    ...(problems.length ? { headProblem: problems.join('; ') } : {}),
    rebuilds,
    ...(whole.code === EXIT.openedWithProblems ? { openedWithProblems: whole.stderr.trim().split('\n').slice(0, 2).join(' ') } : {}),
  };
}
