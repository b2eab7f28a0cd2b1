import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { PRODUCTION_CSP } from './src-main/csp';
import pkg from './package.json' with { type: 'json' };

/** The strict CSP goes into the built page only: Vite's dev server needs inline preambles and a socket. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'airgap-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<!-- CSP -->',
        // The justification must be plain words: electronegativity ignores comments with '-' or ':'.
        `<meta http-equiv="Content-Security-Policy" content="${PRODUCTION_CSP}" /> <!-- eng-disable CSP_GLOBAL_CHECK script src self only serves the packaged read only bundle -->`,
      ),
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Bundle zod (the main process's only runtime package) so the installer ships no node_modules at all
      // (electron-builder.yml `beforeBuild`; scripts/check-package.mjs checks the asar).
      externalizeDeps: false,
      rollupOptions: { input: { main: resolve('src-main/main.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot be an ES module.
      rollupOptions: {
        input: { preload: resolve('src-main/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src-renderer',
    base: './',
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    plugins: [react(), contentSecurityPolicy()],
    server: { host: '127.0.0.1' },
    build: {
      outDir: resolve('out/renderer'),
      emptyOutDir: true,
      // electron-vite leaves the renderer unminified; minified, the page has a third of the script to parse at every start.
      // The security scan (tests/security/electronegativity.test.ts) builds its own copy unminified: its scope
      // analysis resolves a timer's callback by name, and minified names made library timers unresolvable at random.
      minify: process.env.AIRGAP_UNMINIFIED !== '1',
      chunkSizeWarningLimit: 2000,
      rollupOptions: {
        input: { index: resolve('src-renderer/index.html') },
      },
    },
  },
});
