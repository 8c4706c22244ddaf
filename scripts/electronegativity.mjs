#!/usr/bin/env node
// Runs Electronegativity (Doyensec's Electron security scanner) over the code that
// ships: electron/ (main and preload), shared/ and renderer/, plus package.json for
// the Electron version. Fails on any HIGH or MEDIUM finding that
// electronegativity-allowlist.json does not explain, on any allowlist entry that no
// longer matches a finding, and on any file the scanner could not parse (it would
// otherwise be skipped in silence), and on any "eng-disable" comment, which would
// hide a finding from the scanner instead of explaining it here. An allowlist entry
// names the check, the file, optionally the flagged line's text ("sample", so a second
// finding of the same check in the same file is not covered), and the reason.
// Electronegativity itself exits 0 on findings,
// so its results are read here through its module API (the package's main export).
//
// Offline by design: the scanner fetches translations and Electron's release list
// over the network. Its HTTP client is replaced with one that always fails, which
// it handles (English built-in strings; the release check, which needs the
// network, is excluded: Electron updates are tracked by the pinned version instead).
//
// Usage: node scripts/electronegativity.mjs [--root <dir>] [--allowlist <file>] [--json]
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SCANNED = ['electron', 'shared', 'renderer', 'package.json'];
const FAILING = new Set(['HIGH', 'MEDIUM']);
const NETWORK_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const root = resolve(option('--root') ?? join(dirname(fileURLToPath(import.meta.url)), '..'));
const allowlistPath = resolve(option('--allowlist') ?? join(root, 'electronegativity-allowlist.json'));
const asJson = args.includes('--json');

const require = createRequire(import.meta.url);

/** Every HTTP call the scanner makes fails at once, as it would with no network. */
function stayOffline() {
  const scannerRequire = createRequire(require.resolve('@doyensec/electronegativity/dist/locales/i18n.js'));
  const gotPath = scannerRequire.resolve('got');
  const refuse = () => Promise.reject(new Error('Electronegativity runs offline here.'));
  const stub = new Module(gotPath);
  stub.filename = gotPath;
  stub.loaded = true;
  stub.exports = Object.assign(refuse, { head: refuse, get: refuse });
  require.cache[gotPath] = stub;
}

function electronVersion() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const declared = pkg.devDependencies?.electron ?? pkg.dependencies?.electron;
  const installed = join(root, 'node_modules/electron/package.json');
  return existsSync(installed) ? JSON.parse(readFileSync(installed, 'utf8')).version : String(declared ?? '').replace(/^[^\d]*/u, '');
}

/** A copy of just what ships, so tests, scripts and tooling are not scanned as if they were the app. */
function stageSources() {
  const stage = mkdtempSync(join(tmpdir(), 'bf-electronegativity-'));
  for (const name of SCANNED) {
    const from = join(root, name);
    if (existsSync(from)) cpSync(from, join(stage, name), { recursive: true, filter: (path) => !path.includes('node_modules') });
  }
  return stage;
}

async function scan(stage) {
  stayOffline();
  const scanner = require('@doyensec/electronegativity');
  const run = scanner.default ?? scanner;
  const log = console.log;
  console.log = (...parts) => {
    // The scanner's one chatty line when its translation download fails.
    if (!String(parts[0]).startsWith('Could not retrieve updated translations')) log(...parts);
  };
  try {
    return await run(
      {
        input: stage,
        isSarif: false,
        customScan: [],
        excludeFromScan: NETWORK_CHECKS,
        isRelative: true,
        isVerbose: false,
        electronVersionOverride: electronVersion(),
        parserPlugins: [],
      },
      false,
    );
  } finally {
    console.log = log;
  }
}

function filesUnder(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true })
    .map((name) => join(path, String(name)))
    .filter((file) => statSync(file).isFile() && /\.(m?[jt]sx?|html?)$/u.test(file));
}

function loadAllowlist() {
  if (!existsSync(allowlistPath)) return [];
  const entries = JSON.parse(readFileSync(allowlistPath, 'utf8'));
  if (!Array.isArray(entries)) throw new Error(`${allowlistPath} must hold a list of { check, file, reason }.`);
  for (const entry of entries) {
    if (typeof entry?.check !== 'string' || typeof entry?.file !== 'string' || typeof entry?.reason !== 'string' || entry.reason.trim().length < 20) {
      throw new Error(`Every allowlist entry needs a check id, a file and a real reason: ${JSON.stringify(entry)}`);
    }
  }
  return entries;
}

const stage = stageSources();
let outcome;
try {
  const result = await scan(stage);
  const allowlist = loadAllowlist();
  const findings = result.issues
    .filter((issue) => FAILING.has(issue.severity.name ?? String(issue.severity.value)))
    .map((issue) => ({
      check: issue.id,
      file: String(issue.file).replace(/\\/gu, '/'),
      line: issue.location?.line ?? 0,
      severity: issue.severity.name,
      confidence: issue.confidence?.name,
      sample: String(issue.sample ?? ''),
      description: issue.description,
    }));
  const covers = (entry, finding) => entry.check === finding.check && entry.file === finding.file && (entry.sample === undefined || entry.sample === finding.sample);
  const allowed = (finding) => allowlist.find((entry) => covers(entry, finding));
  const unexplained = findings.filter((finding) => !allowed(finding));
  const stale = allowlist.filter((entry) => !findings.some((finding) => covers(entry, finding)));
  const unparsed = result.errors.filter((error) => !error.tolerable).map((error) => ({ file: String(error.file).replace(stage, '').replace(/^[\\/]/u, ''), message: error.message }));
  const silenced = SCANNED.flatMap((name) => filesUnder(join(stage, name)))
    .filter((path) => readFileSync(path, 'utf8').includes('eng-disable'))
    .map((path) => path.slice(stage.length + 1));
  outcome = {
    checks: result.globalChecks + result.atomicChecks,
    findings: result.issues.length,
    failing: findings.length,
    allowed: findings.length - unexplained.length,
    unexplained,
    stale,
    unparsed,
    silenced,
  };
} finally {
  rmSync(stage, { recursive: true, force: true });
}

const ok = outcome.unexplained.length === 0 && outcome.stale.length === 0 && outcome.unparsed.length === 0 && outcome.silenced.length === 0;
if (asJson) {
  console.log(JSON.stringify({ ok, ...outcome }));
} else {
  console.log(`Electronegativity: ${outcome.checks} checks, ${outcome.findings} findings, ${outcome.failing} HIGH/MEDIUM, ${outcome.allowed} explained in ${allowlistPath.replace(`${root}/`, '')}.`);
  for (const finding of outcome.unexplained) console.log(`  UNEXPLAINED ${finding.severity} ${finding.check} in ${finding.file}:${finding.line}: ${finding.description}`);
  for (const entry of outcome.stale) console.log(`  STALE allowlist entry (no such finding any more; remove it): ${entry.check} in ${entry.file}`);
  for (const error of outcome.unparsed) console.log(`  UNPARSED ${error.file}: ${error.message}`);
  for (const file of outcome.silenced) console.log(`  SILENCED ${file}: an eng-disable comment hides a finding; explain it in the allowlist instead`);
}
process.exit(ok ? 0 : 1);
