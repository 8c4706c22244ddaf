#!/usr/bin/env node
// npm test: typecheck, lint, unit tests, build, then the browser and Electron tests,
// ending with one summary line: "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
mkdirSync('test-results', { recursive: true });

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function check(label, ok) {
  if (ok) totals.passed += 1;
  else {
    totals.failed += 1;
    failures.push(label);
  }
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

/** Why each skipped test was skipped, from the Playwright JSON report, once per distinct reason. */
function skipReasons(report) {
  const reasons = new Map();
  const visit = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const run of spec.tests ?? []) {
        if (run.status !== 'skipped') continue;
        const why = (run.annotations ?? []).find((note) => note.type === 'skip')?.description ?? 'no reason given';
        reasons.set(why, (reasons.get(why) ?? 0) + 1);
      }
    }
    for (const child of suite.suites ?? []) visit(child);
  };
  for (const suite of report.suites ?? []) visit(suite);
  return [...reasons].map(([why, count]) => `${count} test${count === 1 ? '' : 's'}: ${why}`);
}

/** CHROMIUM_PATH, else a system Chromium, else Playwright's own, else install Playwright's. */
function findBrowser() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
  const system = candidates.find((path) => path && existsSync(path));
  if (system) return { path: system, how: 'system' };
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('playwright-core').chromium.executablePath())"], { encoding: 'utf8' });
  if (probe.status === 0 && probe.stdout && existsSync(probe.stdout)) return { path: probe.stdout, how: "Playwright's own" };
  console.log('\nNo Chromium found (CHROMIUM_PATH, /usr/bin/chromium, Playwright). Running: npx playwright install chromium');
  if (run('browser install', 'npx', ['playwright', 'install', 'chromium'])) {
    const again = spawnSync(process.execPath, ['-e', "process.stdout.write(require('playwright-core').chromium.executablePath())"], { encoding: 'utf8' });
    if (again.status === 0 && existsSync(again.stdout)) return { path: again.stdout, how: 'just installed by Playwright' };
  }
  return null;
}

check('typecheck', run('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']));
check('lint', run('lint (layers, security rules)', 'npx', ['eslint', '.']));

run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/vitest.json']);
const unit = readJson('test-results/vitest.json');
if (unit) {
  totals.passed += unit.numPassedTests;
  totals.failed += unit.numFailedTests;
  totals.skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
  if (unit.numFailedTests || !unit.success) failures.push('unit tests');
  if (!unit.success && unit.numFailedTests === 0) totals.failed += 1;
} else check('unit tests (no report)', false);

const built = run('build (main, preload, renderer)', 'npx', ['electron-vite', 'build']);
check('build', built);

const browser = findBrowser();
if (!built) {
  console.log('\nThe build failed, so the browser and Electron tests cannot run.');
  check('end-to-end tests (not run: build failed)', false);
} else if (!browser) {
  console.log('\nNo browser could be found or installed, so the end-to-end tests cannot run.');
  check('end-to-end tests (not run: no browser)', false);
} else {
  console.log(`\nUsing ${browser.how} Chromium: ${browser.path}`);
  run('end-to-end tests (Chromium) and Electron shell tests', 'npx', ['playwright', 'test'], { CHROMIUM_PATH: browser.path });
  const e2e = readJson('test-results/playwright.json');
  if (e2e?.stats) {
    totals.passed += e2e.stats.expected + e2e.stats.flaky;
    totals.failed += e2e.stats.unexpected;
    totals.skipped += e2e.stats.skipped;
    if (e2e.stats.unexpected) failures.push('end-to-end tests');
    if (e2e.errors?.length) check('end-to-end run errors', false);
    for (const reason of skipReasons(e2e)) console.log(`Skipped: ${reason}`);
  } else check('end-to-end tests (no report)', false);
}

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed ? 1 : 0);
