import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
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

/**
 * pdf.js's data files, under `pdfjs/` of the renderer (the attachment preview, ui/attachments/pdf-document.ts),
 * served by the dev server and written into the build, so a preview never fetches anything from the network:
 * the character maps of Chinese PDFs whose fonts are not embedded (Adobe-GB1 and Adobe-CNS1: 宋体, 明體…),
 * and the image decoders of scanned pages (JBIG2, JPEG 2000) and ICC colours. Left out: the Japanese and
 * Korean maps, the standard fonts (the system's fonts draw them: useSystemFonts), the decoders' JavaScript
 * fallbacks (the worker runs WebAssembly) and scripting (quickjs: a PDF's scripts never run).
 * scripts/lib/package-contents.mjs allows exactly these names in the package.
 */
const PDFJS_FILES: Record<'cmaps' | 'wasm', (name: string) => boolean> = {
  cmaps: (name) => /^((Adobe-(GB1|CNS1)|Uni(GB|CNS)|GB|CNS|B5|ETen|ETHK|HK)[\w-]*\.bcmap|LICENSE)$/.test(name),
  wasm: (name) => /^((jbig2|openjpeg|qcms_bg)\.wasm|LICENSE_[A-Z_]+)$/.test(name),
};
const pdfjsRoot = resolve('node_modules/pdfjs-dist');
const pdfjsWanted = (dir: string, name: string) => Object.hasOwn(PDFJS_FILES, dir) && PDFJS_FILES[dir as keyof typeof PDFJS_FILES](name);
function pdfjsAssets(): Plugin {
  return {
    name: 'airgap-pdfjs-assets',
    configureServer(server) {
      server.middlewares.use('/pdfjs/', (req, res, next) => {
        const [dir, name, ...rest] = decodeURIComponent((req.url ?? '').split('?')[0]!)
          .replace(/^\//, '')
          .split('/');
        if (!dir || !name || rest.length > 0 || !pdfjsWanted(dir, name)) return next();
        res.setHeader('Content-Type', extname(name) === '.wasm' ? 'application/wasm' : 'application/octet-stream');
        res.end(readFileSync(join(pdfjsRoot, dir, name)));
      });
    },
    generateBundle() {
      for (const dir of Object.keys(PDFJS_FILES)) {
        for (const name of readdirSync(join(pdfjsRoot, dir)).filter((n) => pdfjsWanted(dir, n))) {
          this.emitFile({ type: 'asset', fileName: `pdfjs/${dir}/${name}`, source: readFileSync(join(pdfjsRoot, dir, name)) });
        }
      }
    },
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
    plugins: [react(), contentSecurityPolicy(), pdfjsAssets()],
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
