import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The import directions are enforced by lint (eslint.config.mjs); these cases lint small sources as if
 * they sat in each layer and check that each allowlist refuses what it should and lets through what the
 * code needs. A refused case also names what it expects to be refused, so a probe whose target file has
 * moved (and is then refused only as an unknown file) fails instead of passing for the wrong reason.
 */
const eslint = new ESLint({ cwd: process.cwd(), overrideConfigFile: 'eslint.config.mjs' });

const LAYER_RULES = new Set(['boundaries/dependencies', 'boundaries/no-unknown-files', 'no-restricted-globals']);

/** Layer errors and parse failures: a probe that doesn't parse must not pass as allowed. */
async function layerErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return result!.messages.filter((m) => m.fatal || LAYER_RULES.has(m.ruleId ?? '')).map((m) => `${m.ruleId ?? 'fatal'}: ${m.message}`);
}

const importOf = (specifier: string) => `import * as probe from '${specifier}';\nexport { probe };\n`;

/** What each refusal names: a layer by its type in eslint.config.mjs, anything else by its source. */
const layer = (type: string) => `type "${type}"`;
const pkg = (name: string) => `source "${name}"`;
const UNKNOWN_FILE = 'origin "local"';

type Case = [from: string, specifier: string];
type RefusedCase = [from: string, specifier: string, named: string];

const refused: RefusedCase[] = [
  ['shared/domain/probe.ts', 'node:fs', pkg('node:fs')],
  ['shared/domain/probe.ts', 'fs', pkg('fs')],
  ['shared/domain/probe.ts', 'electron', pkg('electron')],
  ['shared/domain/probe.ts', 'react', pkg('react')],
  ['shared/domain/probe.ts', 'lowdb', pkg('lowdb')],
  ['shared/domain/probe.ts', 'tweetnacl', pkg('tweetnacl')],
  // Not installed and on no list: the allowlist refuses what it has never heard of.
  ['shared/domain/probe.ts', 'left-pad', pkg('left-pad')],
  ['shared/domain/probe.ts', '../../electron/vault/vault', layer('vault')],
  ['shared/domain/probe.ts', '../../renderer/src/api', layer('renderer')],
  ['shared/domain/probe.ts', '../../tests/support/journal', UNKNOWN_FILE],
  ['shared/api/probe.ts', 'node:path', pkg('node:path')],
  ['shared/api/probe.ts', '../../electron/api/dispatcher', layer('api')],

  ['electron/vault/probe.ts', '../api/dispatcher', layer('api')],
  ['electron/vault/probe.ts', '../backup/backup-service', layer('backup')],
  ['electron/vault/probe.ts', '../backup/format/backup-header', layer('backup-format')],
  ['electron/vault/probe.ts', '../cli/index', layer('cli')],
  ['electron/vault/probe.ts', '../shell/ipc', layer('shell')],
  ['electron/vault/probe.ts', 'electron', pkg('electron')],
  ['electron/vault/probe.ts', 'tweetnacl', pkg('tweetnacl')],
  ['electron/vault/probe.ts', 'argon2', pkg('argon2')],
  ['electron/vault/storage/probe.ts', '../../../renderer/src/api', layer('renderer')],
  ['electron/vault/crypto/probe.ts', '../../backup/backup-service', layer('backup')],
  ['electron/vault/crypto/probe.ts', 'electron', pkg('electron')],

  ['electron/backup/probe.ts', '../api/dispatcher', layer('api')],
  ['electron/backup/probe.ts', '../cli/index', layer('cli')],
  ['electron/backup/probe.ts', '../shell/ipc', layer('shell')],
  ['electron/backup/probe.ts', 'electron', pkg('electron')],
  ['electron/backup/probe.ts', 'tweetnacl', pkg('tweetnacl')],
  ['electron/backup/import/probe.ts', 'argon2', pkg('argon2')],
  ['electron/backup/format/probe.ts', '../../api/dispatcher', layer('api')],
  ['electron/backup/format/probe.ts', 'electron', pkg('electron')],

  ['electron/api/probe.ts', 'electron', pkg('electron')],
  ['electron/api/probe.ts', '../shell/ipc', layer('shell')],
  ['electron/api/probe.ts', '../cli/index', layer('cli')],
  ['electron/api/probe.ts', 'tweetnacl', pkg('tweetnacl')],
  ['electron/cli/probe.ts', 'electron', pkg('electron')],
  ['electron/cli/commands/probe.ts', '../../shell/ipc', layer('shell')],
  ['electron/cli/probe.ts', 'argon2', pkg('argon2')],

  ['electron/shell/probe.ts', '../../renderer/src/api', layer('renderer')],
  ['electron/shell/probe.ts', '../cli/index', layer('cli')],
  ['electron/shell/probe.ts', 'tweetnacl', pkg('tweetnacl')],
  ['electron/main.ts', '../renderer/src/api', layer('renderer')],
  ['electron/main.ts', 'argon2', pkg('argon2')],

  ['electron/preload.ts', 'node:fs', pkg('node:fs')],
  ['electron/preload.ts', 'zod', pkg('zod')],
  ['electron/preload.ts', '../shared/domain/entry', layer('shared')],
  ['electron/preload.ts', './vault/vault', layer('vault')],
  ['electron/preload.ts', './shell/ipc', layer('shell')],

  ['renderer/src/probe.ts', 'electron', pkg('electron')],
  ['renderer/src/probe.ts', 'node:fs', pkg('node:fs')],
  ['renderer/src/probe.ts', 'path', pkg('path')],
  ['renderer/src/probe.ts', 'tweetnacl', pkg('tweetnacl')],
  ['renderer/src/probe.ts', 'lowdb', pkg('lowdb')],
  ['renderer/src/probe.ts', '../../electron/vault/vault', layer('vault')],
  ['renderer/src/probe.ts', '../../electron/shell/ipc', layer('shell')],
  ['renderer/src/main/probe.ts', '../../../electron/preload', 'category "preload"'],

  // Files that used tweetnacl before the rule are let off for tweetnacl alone, nothing else.
  ['electron/vault/vault.ts', 'argon2', pkg('argon2')],
  ['electron/backup/restore-into.ts', 'electron', pkg('electron')],
];

const allowed: Case[] = [
  ['shared/domain/probe.ts', 'zod'],
  ['shared/domain/probe.ts', 'date-fns'],
  ['shared/domain/probe.ts', '@zxcvbn-ts/core'],
  ['shared/domain/probe.ts', './entry'],
  ['shared/domain/probe.ts', '../api/contract'],
  ['shared/domain/probe.ts', '../framing'],
  ['shared/api/probe.ts', '../domain/entry'],

  ['electron/vault/probe.ts', './errors'],
  ['electron/vault/probe.ts', './crypto/kdf'],
  ['electron/vault/probe.ts', '../../shared/domain/entry'],
  ['electron/vault/probe.ts', '../../shared/api/contract'],
  ['electron/vault/probe.ts', 'node:fs'],
  ['electron/vault/probe.ts', 'zod'],
  ['electron/vault/probe.ts', 'lowdb'],
  ['electron/vault/crypto/probe.ts', '../errors'],
  ['electron/vault/crypto/probe.ts', 'tweetnacl'],
  ['electron/vault/crypto/probe.ts', 'argon2'],

  ['electron/backup/probe.ts', '../vault/errors'],
  ['electron/backup/probe.ts', './format/backup-header'],
  ['electron/backup/probe.ts', '../../shared/domain/backup'],
  ['electron/backup/probe.ts', 'node:fs/promises'],
  ['electron/backup/format/probe.ts', '../../vault/crypto/keyslot'],
  ['electron/backup/format/probe.ts', 'tweetnacl'],
  ['electron/backup/format/probe.ts', 'argon2'],

  ['electron/api/probe.ts', '../vault/vault'],
  ['electron/api/probe.ts', '../backup/backup-service'],
  ['electron/api/probe.ts', 'node:path'],
  ['electron/cli/probe.ts', '../api/dispatcher'],
  ['electron/cli/probe.ts', '../backup/backup-service'],

  ['electron/shell/probe.ts', 'electron'],
  ['electron/shell/probe.ts', '../api/dispatcher'],
  ['electron/shell/probe.ts', '../vault/storage/durable-write'],
  ['electron/main.ts', 'electron'],
  ['electron/main.ts', './shell/ipc'],
  ['electron/main.ts', './api/app-services'],

  ['electron/preload.ts', 'electron'],
  ['electron/preload.ts', '../shared/api/client'],

  ['renderer/src/probe.ts', 'react'],
  ['renderer/src/probe.ts', 'react-dom/client'],
  ['renderer/src/probe.ts', '@codemirror/view'],
  ['renderer/src/probe.ts', '@tanstack/react-virtual'],
  ['renderer/src/probe.ts', '@zxcvbn-ts/core'],
  ['renderer/src/probe.ts', './api'],
  ['renderer/src/probe.ts', '../../shared/domain/entry'],
  ['renderer/src/probe.ts', '../../shared/api/contract'],
  // A layer is named by its path from the root: a folder called shared/ inside the renderer is still the renderer.
  ['renderer/src/shared/probe.ts', 'react'],

  // Tests, scripts and config files are outside the layers.
  ['tests/unit/probe.test.ts', 'electron'],
  ['tests/unit/probe.test.ts', 'tweetnacl'],
  ['tests/unit/probe.test.ts', '../../electron/vault/vault'],
  ['scripts/probe.ts', 'tweetnacl'],
  ['probe.config.mts', 'node:fs'],
];

describe('each layer imports only what it lists', () => {
  it.each(refused)('%s may not import %s', async (from, specifier, named) => {
    const errors = await layerErrors(from, importOf(specifier));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('boundaries/dependencies');
    expect(errors[0]).toContain(named);
  });

  it.each(allowed)('%s may import %s', async (from, specifier) => {
    expect(await layerErrors(from, importOf(specifier))).toEqual([]);
  });
});

/** Every way TypeScript can name a module, each with the specifier marked by S. */
const FORMS: [form: string, source: string][] = [
  ['import', "import * as m from 'S';\nexport { m };\n"],
  ['side-effect import', "import 'S';\n"],
  ['import type', "import type * as m from 'S';\nexport type M = typeof m;\n"],
  ['import()', "export const m = import('S');\n"],
  ['require()', "export const m = require('S');\n"],
  ['export * from', "export * from 'S';\n"],
  ['export { } from', "export { default } from 'S';\n"],
  ['export type { } from', "export type { default } from 'S';\n"],
  ['import = require()', "import m = require('S');\nexport { m };\n"],
  ['typeof import()', "export type M = typeof import('S');\n"],
];

/** A refused and an allowed specifier per layer, so each form is shown to judge, not to refuse everything. */
const BY_FORM: [from: string, refusedSpecifier: string, named: string, allowedSpecifier: string][] = [
  ['shared/domain/probe.ts', 'node:fs', pkg('node:fs'), 'zod'],
  ['electron/vault/probe.ts', '../api/dispatcher', layer('api'), './errors'],
  ['renderer/src/probe.ts', 'electron', pkg('electron'), 'react'],
];

describe('every import form is judged', () => {
  const cases = FORMS.flatMap(([form, source]) => BY_FORM.map(([from, bad, named, good]) => [form, from, source, bad, named, good] as const));

  // shared/ also refuses the global `require`, which is checked on its own below.
  const importErrors = async (from: string, source: string) =>
    (await layerErrors(from, source)).filter((error) => !error.startsWith('no-restricted-globals'));

  it.each(cases)('%s in %s', async (_form, from, source, bad, named, good) => {
    const refusedErrors = await importErrors(from, source.replace('S', bad));
    expect(refusedErrors).toHaveLength(1);
    expect(refusedErrors[0]).toContain(named);
    expect(await importErrors(from, source.replace('S', good))).toEqual([]);
  });
});

describe('a JavaScript file in a layer', () => {
  it('is judged like the TypeScript beside it', async () => {
    const [bad] = await layerErrors('electron/vault/probe.cjs', "module.exports = require('electron');\n");
    expect(bad).toContain(pkg('electron'));
    expect(await layerErrors('electron/vault/probe.cjs', "module.exports = require('node:fs');\n")).toEqual([]);
    expect(await layerErrors('renderer/src/probe.js', "export * from 'node:fs';\n")).toEqual([expect.stringContaining(pkg('node:fs'))]);
  });
});

describe('shared/framing stays pure', () => {
  it('refuses a Node import', async () => {
    const errors = await layerErrors('shared/framing/probe.ts', "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n");
    expect(errors).toEqual([expect.stringContaining(pkg('node:fs'))]);
  });

  it.each(['process.env', 'window', 'document', 'Buffer', 'require', '__dirname', 'localStorage', 'navigator'])(
    'refuses the global %s',
    async (global) => {
      expect(await layerErrors('shared/framing/probe.ts', `export const probe = ${global};\n`)).toEqual([
        expect.stringMatching(/^no-restricted-globals: /u),
      ]);
    },
  );

  it('lets a local of the same name through', async () => {
    expect(await layerErrors('shared/framing/probe.ts', 'export const probe = (window: number) => window;\n')).toEqual([]);
  });
});

describe('a file outside every layer', () => {
  it('is refused until its folder is given a layer', async () => {
    expect(await layerErrors('electron/newfolder/probe.ts', 'export const probe = 1;\n')).toEqual([
      expect.stringMatching(/^boundaries\/no-unknown-files: /u),
    ]);
  });
});
