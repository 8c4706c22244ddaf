import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'child_process', 'worker_threads', 'url', 'util', 'stream', 'buffer', 'events', 'net', 'http', 'https'];

/** Layering, as VS Code does it: the import directions are a lint error, not a convention. */
const layers = [
  {
    files: ['shared/**/*.{ts,tsx}'],
    why: 'shared/ is pure TypeScript: no Node, Electron, DOM frameworks, or imports from electron/ or renderer/.',
    groups: ['electron', ...NODE_BUILTINS, 'react', 'react-dom', 'react/*', '**/electron/**', '**/renderer/**', 'lowdb', 'argon2'],
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    why: 'renderer/ talks to the main process only through window.bounce; it cannot import Electron, Node or main-process code.',
    groups: ['electron', ...NODE_BUILTINS, '**/electron/**', 'lowdb', 'argon2', 'tweetnacl'],
  },
  {
    files: ['electron/vault/**/*.ts', 'electron/api/**/*.ts', 'electron/cli/**/*.ts', 'electron/backup/**/*.ts'],
    why: 'Services run under plain Node so they can be tested without Electron; only electron/shell, main.ts and preload.ts may import electron.',
    groups: ['electron', '**/renderer/**', '**/shell/*'],
  },
];

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
  ...layers.map(({ files, why, groups }) => ({
    files,
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: groups, message: why }] }] },
  })),
  {
    files: ['scripts/**/*.mjs', '*.mjs', '.ci/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
