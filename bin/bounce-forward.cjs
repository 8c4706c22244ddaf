#!/usr/bin/env node
/* global require, __dirname, __filename, process, console */
'use strict';
// The command line's launcher, for a checkout after `npm ci`. The CLI is TypeScript
// (electron/cli/index.ts). The first run bundles it with esbuild (a dev dependency)
// into node_modules/.cache; later runs reuse the bundle while none of its source
// files has changed, which starts in a fraction of the time. If no bundle can be
// made, tsx runs the TypeScript directly.
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const ENTRY = path.join(ROOT, 'electron', 'cli', 'index.ts');
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'bounce-forward-cli');
const BUNDLE = path.join(CACHE, 'cli.cjs');
// The framing worker is bundled beside the CLI, where electron/vault/framing/worker-framer.ts looks for it.
const WORKER_ENTRY = path.join(ROOT, 'electron', 'vault', 'framing', 'framing-worker.ts');
const WORKER_BUNDLE = path.join(CACHE, 'framing-worker.js');
const INPUTS = path.join(CACHE, 'inputs.json');

function stamp(file) {
  const stat = fs.statSync(path.join(ROOT, file));
  return [file, stat.mtimeMs, stat.size];
}

function bundleIsFresh() {
  try {
    const inputs = JSON.parse(fs.readFileSync(INPUTS, 'utf8'));
    if (![BUNDLE, WORKER_BUNDLE].every((file) => fs.existsSync(file)) || !Array.isArray(inputs) || inputs.length === 0) return false;
    return inputs.every(([file, mtimeMs, size]) => {
      const [, nowMtime, nowSize] = stamp(file);
      return nowMtime === mtimeMs && nowSize === size;
    });
  } catch {
    return false;
  }
}

function buildBundle() {
  const esbuild = require('esbuild');
  fs.mkdirSync(CACHE, { recursive: true });
  const suffix = `.${process.pid}.tmp`;
  const bundle = (entry, outfile) =>
    esbuild.buildSync({
      entryPoints: [entry],
      absWorkingDir: ROOT,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      // Packages stay ordinary requires, found in node_modules as the app finds them.
      packages: 'external',
      outfile,
      metafile: true,
      logLevel: 'silent',
    });
  const worker = bundle(WORKER_ENTRY, WORKER_BUNDLE + suffix);
  const result = bundle(ENTRY, BUNDLE + suffix);
  const inputs = [...new Set([worker, result].flatMap((built) => Object.keys(built.metafile.inputs)))].map(stamp);
  fs.writeFileSync(INPUTS + suffix, JSON.stringify(inputs));
  // The bundles first: a run in between sees the old list, finds it stale and builds again.
  fs.renameSync(WORKER_BUNDLE + suffix, WORKER_BUNDLE);
  fs.renameSync(BUNDLE + suffix, BUNDLE);
  fs.renameSync(INPUTS + suffix, INPUTS);
}

function loadCli() {
  try {
    if (!bundleIsFresh()) buildBundle();
    return require(BUNDLE);
  } catch {
    const { require: tsxRequire } = require('tsx/cjs/api');
    return tsxRequire(ENTRY, __filename);
  }
}

loadCli()
  .main(process.argv.slice(2))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      console.error(`bounce-forward: something unexpected went wrong (${error && error.message}).`);
      process.exitCode = 10;
    },
  );
