import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // lowdb is ESM-only; bundling it keeps the CommonJS main bundle loadable everywhere.
      externalizeDeps: { exclude: ['lowdb', 'steno'] },
      // The framing worker is its own entry, loaded by worker-framer.ts from beside main.js.
      rolldownOptions: {
        input: {
          main: resolve(root, 'electron/main.ts'),
          'framing-worker': resolve(root, 'electron/vault/framing/framing-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require packages, so everything it uses is bundled in.
      externalizeDeps: false,
      rolldownOptions: { input: { preload: resolve(root, 'electron/preload.ts') }, output: { format: 'cjs', entryFileNames: '[name].js' } },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      rolldownOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
});
