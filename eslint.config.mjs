import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';

/**
 * Layering, as VS Code does it: the import directions are a lint error, not a convention.
 *
 * Each layer below lists what it MAY import, and anything else is refused, so a new package or a new
 * folder under electron/, shared/ or renderer/ has to be allowed here on purpose. The plugin resolves
 * each specifier to a file before judging it, so `../../electron/x` or a folder's index is caught as
 * surely as a package name. Type-only imports count too: naming another layer's types couples to it.
 */
const LAYERS = [
  // Most specific first: a file belongs to the first pattern that holds it.
  { type: 'shared-api', pattern: 'shared/api' },
  { type: 'shared', pattern: 'shared' },
  { type: 'vault-crypto', pattern: 'electron/vault/crypto' },
  { type: 'vault', pattern: 'electron/vault' },
  { type: 'backup-format', pattern: 'electron/backup/format' },
  { type: 'backup', pattern: 'electron/backup' },
  { type: 'sync', pattern: 'electron/sync' },
  { type: 'api', pattern: 'electron/api' },
  { type: 'cli', pattern: 'electron/cli' },
  { type: 'shell', pattern: 'electron/shell' },
  { type: 'renderer', pattern: 'renderer' },
].map((layer) => ({ ...layer, partialMatch: false }));

// Element patterns name folders; the two entry files at the top of electron/ are named as files.
const ENTRY_FILES = [
  { category: 'preload', pattern: 'electron/preload.ts' },
  { category: 'main', pattern: 'electron/main.ts' },
  // Runs the framing worker from the TypeScript source (tests, the bench); the built app never loads it.
  { category: 'source-worker', pattern: 'electron/vault/framing/source-worker.cjs' },
];

const layers = (...types) => ({ element: { type: types } });
const named = (category) => ({ file: { categories: category } });
const packages = (...names) => ({ module: { origin: 'external', source: names } });
const NODE = { module: { origin: 'core' } };

const SHARED = ['shared', 'shared-api'];
const VAULT = ['vault', 'vault-crypto'];
const BACKUP = ['backup', 'backup-format'];
// Pure JavaScript: runs the same in Node, the window and a worker.
const PURE = ['zod', 'date-fns', '@zxcvbn-ts/*'];
// Key material is handled in two folders only, so a review of the cryptography has two places to read.
const CRYPTO = ['tweetnacl', 'argon2'];

const policies = [
  // shared/ runs in the main process, the window and the framing worker alike.
  { from: layers(...SHARED), allow: { to: [layers(...SHARED), packages(...PURE)] } },
  // The vault is the bottom of the services: nothing above it, and no Electron, so it tests under plain Node.
  { from: layers('vault-crypto'), allow: { to: [layers(...SHARED, ...VAULT), NODE, packages('zod', ...CRYPTO)] } },
  { from: layers('vault'), allow: { to: [layers(...SHARED, ...VAULT), NODE, packages('zod', 'lowdb')] } },
  // Backups sit on the vault and below the front ends (api, cli, shell).
  { from: layers('backup-format'), allow: { to: [layers(...SHARED, ...VAULT, ...BACKUP), NODE, packages('zod', ...CRYPTO)] } },
  { from: layers('backup'), allow: { to: [layers(...SHARED, ...VAULT, ...BACKUP), NODE, packages('zod')] } },
  // Sync merges with Automerge (WebAssembly, so never in the window) and seals through the vault's crypto.
  { from: layers('sync'), allow: { to: [layers(...SHARED, ...VAULT, ...BACKUP, 'sync'), NODE, packages('zod', '@automerge/automerge', 'fast-diff')] } },
  // The window's API and the CLI are two front ends on the same services, both runnable without Electron.
  { from: layers('api'), allow: { to: [layers(...SHARED, ...VAULT, ...BACKUP, 'api'), NODE, packages('zod')] } },
  { from: layers('cli'), allow: { to: [layers(...SHARED, ...VAULT, ...BACKUP, 'api', 'cli'), NODE, packages('zod')] } },
  // Only the shell and main.ts touch Electron; they wire the services into it.
  {
    from: [layers('shell'), named('main')],
    allow: { to: [layers(...SHARED, ...VAULT, ...BACKUP, 'api', 'shell'), NODE, packages('electron', 'zod')] },
  },
  // The preload runs inside the sandboxed window and only bridges the contract across.
  { from: named('preload'), allow: { to: [layers('shared-api'), packages('electron')] } },
  { from: named('source-worker'), allow: { to: [NODE, packages('tsx')] } },
  // The window reaches the main process only through window.bounce.
  {
    from: layers('renderer'),
    allow: { to: [layers('renderer', ...SHARED), packages(...PURE, 'react', 'react-dom', '@codemirror/*', '@tanstack/react-virtual', 'uplot')] },
  },
];

/** What shared/framing's old purity test checked by regex: code that names Node or a browser can't run everywhere. */
const NOT_PURE_GLOBALS = [
  'process', 'require', 'module', 'exports', '__dirname', '__filename', 'Buffer', 'global', 'setImmediate',
  'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location',
].map((name) => ({ name, message: 'shared/ runs in Node, the window and a worker alike: no Node or browser globals.' }));

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'build/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
      'no-console': 'off',
    },
  },
  // Tests, scripts and config files are outside the layers and may import anything.
  {
    // Every script a layer can hold: a .cjs or .js file beside the TypeScript must not be a way around the lists.
    files: ['{electron,shared,renderer}/**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': LAYERS,
      'boundaries/files': [...ENTRY_FILES],
      'boundaries/dependency-nodes': ['import', 'dynamic-import', 'require', 'export'],
      // TypeScript's `import x = require()` and `typeof import()`, which the plugin doesn't look at by itself.
      'boundaries/additional-dependency-nodes': [
        { selector: 'TSExternalModuleReference > Literal', kind: 'value', name: 'import-equals' },
        { selector: 'TSImportType > Literal', kind: 'type', name: 'import-type' },
      ],
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] } },
    },
    rules: {
      // checkAllOrigins judges packages and Node built-ins too; checkUnknownLocals refuses a file outside every layer.
      'boundaries/dependencies': ['error', { default: 'disallow', checkAllOrigins: true, checkUnknownLocals: true, policies }],
      // A source file outside every layer would escape the allowlists.
      'boundaries/no-unknown-files': 'error',
    },
  },
  {
    files: ['shared/**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}'],
    rules: { 'no-restricted-globals': ['error', ...NOT_PURE_GLOBALS] },
  },
  {
    files: ['scripts/**/*.mjs', '*.mjs', '.ci/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
