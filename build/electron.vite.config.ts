import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const root = resolve(import.meta.dirname, '..');

export default defineConfig({
  main: {
    root,
    build: {
      outDir: resolve(root, 'out/main'),
      // Runtime dependencies stay in node_modules (listed in "dependencies"); the rest is bundled.
      externalizeDeps: true,
      // The export worker is an entry of its own (the app starts it as a worker thread), and so
      // is the command line (plain Node, no Electron).
      rollupOptions: {
        input: { index: resolve(root, 'main/index.ts'), exportWorker: resolve(root, 'main/services/export/exportWorker.ts'), cli: resolve(root, 'main/cli/index.ts') },
      },
    },
  },
  preload: {
    root,
    build: {
      outDir: resolve(root, 'out/preload'),
      // A sandboxed preload cannot require modules: bundle everything into one CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'main/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      // electron-vite leaves the renderer unminified; minified, the library screen parses a third
      // as much JavaScript. CPB_SOURCEMAP=1 adds source maps to see what a chunk is made of.
      minify: true,
      sourcemap: process.env.CPB_SOURCEMAP === '1',
      rollupOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});
