/**
 * One Syncthing process for tests: generated, locked to loopback before its first start, driven over REST.
 *
 * No Vitest here, so a Playwright E2E or a script can use it as well as the unit tests.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { loopbackConfig, type LoopbackPlan } from './syncthing-config';

/** Syncthing could not be run here; `reason` says why, in words a skipped test can show. */
export class SyncthingUnavailable extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'SyncthingUnavailable';
  }
}

export const DEFAULT_SYNCTHING = process.env['SYNCTHING_BINARY'] ?? 'syncthing';

/** Process groups still running, killed outright if this process exits without stopping them. */
const liveGroups = new Set<number>();
process.on('exit', () => {
  for (const group of liveGroups) killGroup(group, 'SIGKILL');
});

function killGroup(group: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-group, signal);
  } catch {
    // Already gone.
  }
}

/** A port free on 127.0.0.1 right now (the OS picks it), for Syncthing to take a moment later. */
export async function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * The environment Syncthing runs in: no proxy (it would dial its peers through one), none of the caller's
 * ST* overrides (STGUIADDRESS, STTRACE, ...), no upgrades, no restarts, no default folder.
 */
function syncthingEnv(home: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/(^|_)proxy$/i.test(key) && !key.startsWith('ST')) env[key] = value;
  }
  return { ...env, HOME: home, STNODEFAULTFOLDER: '1', STNOUPGRADE: '1', STNORESTART: '1' };
}

export interface GeneratedHome {
  home: string;
  deviceId: string;
  binary: string;
}

/** `syncthing generate`: a key, a certificate and a default config in `home`. Nothing is started. */
export function generateHome(home: string, binary = DEFAULT_SYNCTHING): GeneratedHome {
  const result = spawnSync(binary, ['generate', `--home=${home}`, '--no-default-folder', '--skip-port-probing'], {
    encoding: 'utf8',
    env: syncthingEnv(home),
    timeout: 60_000,
  });
  if (result.error) {
    const code = (result.error as NodeJS.ErrnoException).code;
    throw new SyncthingUnavailable(
      code === 'ENOENT' ? `Syncthing is not installed (no \`${binary}\` on PATH)` : `\`${binary} generate\` could not run: ${result.error.message}`,
    );
  }
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) throw new SyncthingUnavailable(`\`${binary} generate\` exited with ${result.status}: ${output.trim().slice(-500)}`);
  const deviceId = /\b[A-Z2-7]{7}(?:-[A-Z2-7]{7}){7}\b/.exec(output)?.[0];
  if (!deviceId) throw new SyncthingUnavailable(`\`${binary} generate\` printed no device ID: ${output.trim().slice(-500)}`);
  return { home, deviceId, binary };
}

/**
 * The sh that runs Syncthing (its monitor and worker processes, all in the sh's process group) also holds
 * the read end of a pipe from this process: when this process dies by any means (even SIGKILL, where no
 * exit handler runs) the pipe closes, `read` returns, and the whole group is stopped, so a crashed test
 * run leaves no Syncthing behind. The reader ignores SIGTERM so it can follow up with SIGKILL.
 */
const WATCHDOG = [
  'exec 3<&0',
  'if command -v nice >/dev/null 2>&1; then set -- nice -n 10 "$@"; fi',
  '"$@" </dev/null &',
  'syncthing=$!',
  "( trap '' TERM; read -r _ <&3; kill -TERM 0; for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 \"$syncthing\" 2>/dev/null || break; sleep 0.5; done; kill -KILL 0 ) &",
  'wait "$syncthing"',
].join('\n');

export interface RestOptions {
  body?: unknown;
  timeoutMs?: number;
}

export class SyncthingInstance {
  private readonly logTail: string[] = [];
  private exited: string | null = null;
  private readonly exitedPromise: Promise<void>;

  private constructor(
    readonly name: string,
    readonly deviceId: string,
    readonly plan: LoopbackPlan,
    private readonly child: ChildProcess,
  ) {
    const group = child.pid!;
    liveGroups.add(group);
    const keep = (chunk: Buffer): void => {
      this.logTail.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      this.logTail.splice(0, Math.max(0, this.logTail.length - 60));
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.exitedPromise = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.exited = signal ? `killed by ${signal}` : `exited with ${code}`;
        resolve();
      });
    });
  }

  /** Writes the loopback config over the generated one, starts `syncthing serve` and waits until REST answers. */
  static async start(name: string, generated: GeneratedHome, plan: LoopbackPlan, startTimeoutMs = 60_000): Promise<SyncthingInstance> {
    const configPath = join(generated.home, 'config.xml');
    await writeFile(configPath, loopbackConfig(await readFile(configPath, 'utf8'), plan));
    // Syncthing refuses a folder whose path or marker is missing; a fresh test folder has neither.
    await mkdir(join(plan.folder.path, '.stfolder'), { recursive: true });
    const args = [
      'serve',
      `--home=${generated.home}`,
      '--no-browser',
      '--no-restart',
      '--no-upgrade',
      `--gui-address=127.0.0.1:${plan.guiPort}`,
      `--gui-apikey=${plan.apiKey}`,
      '--logflags=0',
    ];
    const child = spawn('sh', ['-c', WATCHDOG, 'syncthing-watchdog', generated.binary, ...args], {
      detached: true,
      env: syncthingEnv(generated.home),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const spawned = await new Promise<Error | null>((resolve) => {
      child.once('spawn', () => resolve(null));
      child.once('error', resolve);
    });
    if (spawned) throw new SyncthingUnavailable(`could not start sh to run Syncthing: ${spawned.message}`);
    const instance = new SyncthingInstance(name, generated.deviceId, plan, child);
    try {
      await instance.waitUntilAnswering(startTimeoutMs);
    } catch (error) {
      await instance.stop();
      throw error;
    }
    return instance;
  }

  /** The process group Syncthing and its watchdog run in. */
  get processGroup(): number {
    return this.child.pid!;
  }

  get folderId(): string {
    return this.plan.folder.id;
  }

  get folderPath(): string {
    return this.plan.folder.path;
  }

  get guiUrl(): string {
    return `http://127.0.0.1:${this.plan.guiPort}`;
  }

  /** The last lines Syncthing logged, for failure messages. */
  log(): string {
    return this.logTail.join('\n');
  }

  private async waitUntilAnswering(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let lastError = 'no answer yet';
    while (Date.now() < deadline) {
      if (this.exited) {
        throw new SyncthingUnavailable(`Syncthing (${this.name}) ${this.exited} before answering REST:\n${this.log()}`);
      }
      try {
        await this.rest('GET', '/rest/system/status', { timeoutMs: 2_000 });
        return;
      } catch (error) {
        lastError = error instanceof Error ? error.message : String(error);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new SyncthingUnavailable(`Syncthing (${this.name}) did not answer /rest/system/status within ${timeoutMs} ms (${lastError}):\n${this.log()}`);
  }

  /** One REST call with the API key; throws with the status and body on anything but 2xx. */
  async rest<T = unknown>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, options: RestOptions = {}): Promise<T> {
    const response = await fetch(`${this.guiUrl}${path}`, {
      method,
      headers: { 'X-API-Key': this.plan.apiKey, ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`Syncthing (${this.name}) ${method} ${path}: ${response.status} ${text.trim()}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /**
   * Stops Syncthing and its watchdog: asks it over REST to shut down (so its database closes cleanly),
   * then SIGTERM to the whole process group if it lingers, and SIGKILL to whatever is left. Safe to call twice.
   */
  async stop(graceMs = 10_000): Promise<void> {
    const group = this.child.pid!;
    const exitsWithin = (ms: number): Promise<boolean> =>
      Promise.race([this.exitedPromise.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms))]);
    if (!this.exited) {
      await this.rest('POST', '/rest/system/shutdown', { timeoutMs: 2_000 }).catch(() => undefined);
      if (!(await exitsWithin(graceMs))) {
        killGroup(group, 'SIGTERM');
        await exitsWithin(2_000);
      }
    }
    // The watchdog's reader outlives Syncthing by design; this also takes any straggler.
    killGroup(group, 'SIGKILL');
    this.child.stdin?.destroy();
    liveGroups.delete(group);
    await this.exitedPromise;
  }
}

export function newApiKey(): string {
  return randomBytes(18).toString('base64url');
}
