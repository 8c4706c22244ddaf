/**
 * When Syncthing is missing or will not run, the harness says why (so the sync E2E can skip with the
 * reason), and it never leaves a Syncthing running behind it, even when its owner is killed outright.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmod, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, type TestContext } from 'vitest';
import { DEFAULT_SYNCTHING } from '../../support/syncthing-instance';
import { startSyncthingPair, SyncthingUnavailable } from '../../support/syncthing-pair';
import { useTempFolder } from '../../support/use-temp-folder';

const folder = useTempFolder('bf-syncthing-fail-');
const installed = spawnSync(DEFAULT_SYNCTHING, ['--version']).status === 0;

/** Skips with the reason, or fails where BF_REQUIRE_SYNCTHING=1 says Syncthing must be there (as useSyncthingPair does). */
function unavailable(context: TestContext, reason: string): never {
  if (process.env['BF_REQUIRE_SYNCTHING'] === '1') throw new Error(reason);
  return context.skip(reason);
}
const notInstalled = `Syncthing unavailable: \`${DEFAULT_SYNCTHING} --version\` does not run here`;

async function reasonWhyNot(binary: string): Promise<string> {
  const error: unknown = await startSyncthingPair({ binary, root: folder() }).then(
    async (pair) => {
      await pair.stop();
      return null;
    },
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(SyncthingUnavailable);
  return (error as SyncthingUnavailable).reason;
}

/**
 * Processes (not zombies) still in session `session`, read from /proc. The session, not the process
 * group: a process that moved itself to a group of its own (as Syncthing's worker does to lower its
 * priority) is still found.
 */
async function liveInSession(session: number): Promise<string[]> {
  const found: string[] = [];
  for (const pid of (await readdir('/proc')).filter((name) => /^\d+$/.test(name))) {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
    // pid (comm) state ppid pgrp session ...; comm may hold spaces, so split after its closing parenthesis.
    const [state, , , sid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(sid) === session && state !== 'Z') found.push(stat.slice(0, stat.lastIndexOf(')') + 1));
  }
  return found;
}

describe('when Syncthing cannot run', { timeout: 90_000 }, () => {
  it('a missing binary is reported as not installed', async () => {
    expect(await reasonWhyNot(join(folder(), 'no-such-syncthing'))).toMatch(/Syncthing is not installed \(no `.*no-such-syncthing` on PATH\)/);
  });

  it('a binary that cannot generate a config is reported with its exit status', async () => {
    expect(await reasonWhyNot('/bin/false')).toMatch(/`\/bin\/false generate` exited with 1/);
  });

  it('a Syncthing that exits on start is reported with what it printed', async (context) => {
    if (!installed) unavailable(context, notInstalled);
    // Generates with the real Syncthing, then fails to serve the way a broken install would.
    const broken = join(folder(), 'broken-syncthing');
    await writeFile(broken, `#!/bin/sh\nif [ "$1" = generate ]; then exec ${DEFAULT_SYNCTHING} "$@"; fi\necho "serve failed: database locked" >&2\nexit 3\n`);
    await chmod(broken, 0o755);
    const reason = await reasonWhyNot(broken);
    expect(reason).toMatch(/Syncthing \(a\) exited with 3 before answering REST/);
    expect(reason).toContain('serve failed: database locked');
  });
});

describe('no Syncthing outlives its owner', { timeout: 90_000 }, () => {
  it.skipIf(process.platform !== 'linux')('killing the owning process with SIGKILL still stops both instances', async (context) => {
    if (!installed) unavailable(context, notInstalled);
    const owner = spawn(process.execPath, ['--import', 'tsx', join(__dirname, '../../support/syncthing-orphan-probe.ts'), folder()], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const line = await new Promise<string>((resolve, reject) => {
      let output = '';
      owner.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString('utf8');
        if (output.includes('\n')) resolve(output.split('\n')[0]!);
      });
      owner.once('exit', (code) => reject(new Error(`the owner exited (${code}) before starting the pair: ${output}`)));
    });
    if (line.startsWith('unavailable')) unavailable(context, `Syncthing unavailable: ${line}`);
    const sessions = line.replace(/^ready /, '').split(' ').map(Number);
    expect(sessions).toHaveLength(2);
    for (const session of sessions) expect(await liveInSession(session)).toHaveLength(4);

    owner.kill('SIGKILL');
    const deadline = Date.now() + 30_000;
    let left: string[];
    do {
      await new Promise((resolve) => setTimeout(resolve, 200));
      left = (await Promise.all(sessions.map((session) => liveInSession(session)))).flat();
    } while (left.length > 0 && Date.now() < deadline);
    // On failure, take them down here so this test leaves nothing behind either.
    for (const session of sessions) if (left.length) spawnSync('kill', ['-KILL', `-${session}`]);
    expect(left).toEqual([]);
  });
});
