import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The bench page: served by scripts/bench.mjs under /bench/ on the app's own origin, so it reads
 * and writes the app's IndexedDB database. Built separately from the app so the app bundle holds
 * no bench code.
 */
export default defineConfig({
  root: resolve(import.meta.dirname),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, '../../.bench/page'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    // blank.html: the page startup.cold-full's floor opens (no app, no bundle; it reads one row).
    rollupOptions: { input: [resolve(import.meta.dirname, 'bench.html'), resolve(import.meta.dirname, 'blank.html')] },
  },
});
