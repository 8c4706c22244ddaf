import { spawn, type StdioOptions } from 'node:child_process';
import { join } from 'node:path';
import { PASS } from '../backup/journal-helpers';

export const ROOT = join(__dirname, '../../..');
export const BIN = join(ROOT, 'bin/bounce-forward.cjs');
export const BACKUP_PASS = 'a backup passphrase of its own';

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  json: Record<string, unknown>;
}

export interface RunOptions {
  /** Where BOUNCE_FORWARD_DATA_DIR points, so nothing touches the real journal. */
  dataDir: string;
  env?: Record<string, string>;
  /** Text on stdin through a pipe, or an open file descriptor to redirect stdin from (as `< file` does). */
  stdin?: string | number;
  fd3?: string;
  /** Node options before the launcher, e.g. ['--require', faultInjector]. */
  nodeArgs?: string[];
  /** Closes the read end of stdout at once, as `| head` does once it has read enough. */
  closeStdout?: boolean;
}

/**
 * The real launcher in a child process, in a new session so it has no terminal to
 * prompt on, with the secrets in its environment and the data folder in a temporary one.
 */
export function cli(args: string[], options: RunOptions): Promise<Run> {
  return new Promise((resolve, reject) => {
    const stdio: StdioOptions = [typeof options.stdin === 'number' ? options.stdin : 'pipe', 'pipe', 'pipe', ...(options.fd3 !== undefined ? (['pipe'] as const) : [])];
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, BOUNCE_FORWARD_DATA_DIR: options.dataDir, BF_PASS: PASS, BF_BACKUP: BACKUP_PASS, BF_WRONG: 'not the passphrase', ...options.env },
      stdio,
      detached: true,
    });
    let stdout = '';
    let stderr = '';
    if (options.closeStdout) child.stdout!.destroy();
    else child.stdout!.on('data', (chunk) => (stdout += chunk));
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      let json: Record<string, unknown> = {};
      try {
        json = JSON.parse(stdout);
      } catch {
        // not JSON output
      }
      resolve({ code, signal, stdout, stderr, json });
    });
    if (options.fd3 !== undefined) (child.stdio[3] as NodeJS.WritableStream).end(options.fd3);
    if (typeof options.stdin !== 'number') child.stdin!.end(options.stdin ?? '');
  });
}
