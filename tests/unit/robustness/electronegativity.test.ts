import { spawn, spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempFolder } from '../../support/use-temp-folder';

// The Electronegativity gate (scripts/electronegativity.mjs) runs offline, passes on the
// app, and fails on a finding it cannot explain, a stale allowlist entry or a silenced check.
const ROOT = join(__dirname, '../../..');
const SCRIPT = join(ROOT, 'scripts/electronegativity.mjs');
const NO_NETWORK = join(ROOT, 'tests/support/no-network.mjs');
/** Without a network namespace at all where the OS allows it; the preload refuses network calls either way. */
const UNSHARE = process.platform === 'linux' && spawnSync('unshare', ['-rn', 'true']).status === 0;

interface GateResult {
  code: number | null;
  stderr: string;
  report: { ok: boolean; checks: number; findings: number; unexplained: { check: string; file: string }[]; stale: { check: string }[]; unparsed: unknown[]; silenced: string[] };
}

function runGate(args: string[]): Promise<GateResult> {
  const command = [process.execPath, '--import', NO_NETWORK, SCRIPT, '--json', ...args];
  const [file, ...rest] = UNSHARE ? ['unshare', '-rn', ...command] : command;
  return new Promise((resolve, reject) => {
    const child = spawn(file!, rest, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const line = stdout.trim().split('\n').at(-1) ?? '';
      try {
        resolve({ code, stderr, report: JSON.parse(line) as GateResult['report'] });
      } catch {
        reject(new Error(`The gate printed no report (exit ${code}):\n${stdout}\n${stderr}`));
      }
    });
  });
}

const folder = useTempFolder('bf-eng-');

describe('Electronegativity', () => {
  it('passes on the app, offline, with every HIGH/MEDIUM finding explained', async () => {
    const { code, stderr, report } = await runGate([]);
    expect(stderr).not.toMatch(/network attempt/);
    expect(report).toMatchObject({ ok: true, unexplained: [], stale: [], unparsed: [], silenced: [] });
    expect(report.checks).toBeGreaterThan(30);
    expect(code).toBe(0);
  }, 60_000);

  it('fails on an unexplained finding, a stale allowlist entry and a silenced check', async () => {
    const root = folder();
    await mkdir(join(root, 'electron'), { recursive: true });
    await writeFile(join(root, 'package.json'), JSON.stringify({ name: 'fixture', devDependencies: { electron: '45.4.1' } }));
    await writeFile(
      join(root, 'electron/main.ts'),
      [
        "import { BrowserWindow } from 'electron';",
        'export function open(): BrowserWindow {',
        "  const win = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false, webSecurity: false } });",
        "  void win.loadURL('https://example.com/');",
        '  return win;',
        '}',
      ].join('\n'),
    );
    await writeFile(join(root, 'electron/quiet.ts'), "/* eng-disable SANDBOX_JS_CHECK */\nexport const quiet = true;\n");
    const allowlist = join(root, 'allowlist.json');
    await writeFile(allowlist, JSON.stringify([{ check: 'OPEN_EXTERNAL_JS_CHECK', file: 'electron/gone.ts', reason: 'This entry explains a finding that does not exist.' }]));
    const { code, stderr, report } = await runGate(['--root', root, '--allowlist', allowlist]);
    expect(stderr).not.toMatch(/network attempt/);
    expect(code).toBe(1);
    expect(report.ok).toBe(false);
    const unexplained = report.unexplained.map((finding) => finding.check);
    expect(unexplained).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'WEB_SECURITY_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK', 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK']));
    expect(report.stale).toMatchObject([{ check: 'OPEN_EXTERNAL_JS_CHECK' }]);
    expect(report.silenced).toEqual(['electron/quiet.ts']);
  }, 60_000);
});
