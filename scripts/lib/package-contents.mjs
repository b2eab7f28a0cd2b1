// What goes into the installer's app.asar, checked on a machine without the Electron binary.
// packAppAsar() runs electron-builder itself (the `dir` target, the project's electron-builder.yml) against a
// stand-in Electron folder, so the asar is built from exactly the file list the installers use;
// inspectAsar() then says what must not be there. scripts/check-package.mjs runs both after the build.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * Largest app.asar we ship. Measured 2026-12: ≈ 5.9 MB (renderer bundle 5.5 MB, main 0.2 MB). The ceiling
 * leaves room to grow and still catches a package that drags in node_modules (≈ 49 MB before beforeBuild).
 */
export const MAX_ASAR_BYTES = 12 * 1024 * 1024;

/** Every file the package may hold; anything else is a finding. */
const ALLOWED = [
  /^package\.json$/,
  /^out\/main\/[\w.-]+\.(js|mjs|cjs)$/,
  /^out\/preload\/[\w.-]+\.(js|cjs)$/,
  /^out\/renderer\/index\.html$/,
  /^out\/renderer\/favicon\.svg$/,
  /^out\/renderer\/assets\/[\w.-]+\.(js|css|woff2?|svg|png|wasm)$/,
];

const REQUIRED = ['package.json', 'out/main/main.js', 'out/preload/preload.cjs', 'out/renderer/index.html'];

/** Named reasons for what is found most often, so the message says why, not only "unexpected". */
const FORBIDDEN = [
  [/\.map$/, 'source map'],
  [/(^|\/)(tests?|__tests__|e2e|fixtures)\/|\.(test|spec)\.[cm]?[jt]sx?$/, 'test file'],
  [/(^|\/)bench(\/|$)|\.bench\./, 'bench data'],
  [/(^|\/)\.env(\.|$)/, '.env file'],
  [/(^|\/)node_modules\//, 'dependency in node_modules (the bundles need none)'],
  [/(^|\/)docs?\/|\.md$/i, 'documentation'],
  [/\.(ts|tsx|mts|cts)$/, 'TypeScript source'],
];

/** Bare imports the main and preload bundles may make: Electron and Node's own modules. */
const RUNTIME_MODULE = /^(electron|node:[\w/]+)$/;

/**
 * @param {string} path path inside the asar, without the leading slash
 * @returns {string | null} why the file must not be shipped, or null when it may
 */
export function problemOf(path) {
  for (const [pattern, reason] of FORBIDDEN) if (pattern.test(path)) return reason;
  return ALLOWED.some((pattern) => pattern.test(path)) ? null : 'not part of the built app';
}

/**
 * @param {string} asarPath
 * @param {{ maxBytes?: number }} [options]
 * @returns {{ files: string[], bytes: number, problems: string[] }}
 */
export function inspectAsar(asarPath, options = {}) {
  const asar = require('@electron/asar');
  const maxBytes = options.maxBytes ?? MAX_ASAR_BYTES;
  const entries = asar.listPackage(asarPath, { isPack: false }).map((p) => p.replace(/\\/g, '/').replace(/^\//, ''));
  const files = entries.filter((p) => {
    const stat = asar.statFile(asarPath, p, false);
    return !('files' in stat) && !('link' in stat);
  });
  const problems = [];
  for (const file of files) {
    const why = problemOf(file);
    if (why) problems.push(`${file}: ${why}`);
  }
  for (const file of REQUIRED) if (!files.includes(file)) problems.push(`${file}: missing`);
  const bytes = readFileSync(asarPath).byteLength;
  if (bytes > maxBytes) problems.push(`app.asar is ${bytes} bytes, over the ceiling of ${maxBytes}`);
  for (const file of files.filter((f) => /^out\/(main|preload)\/.*\.[cm]?js$/.test(f))) {
    const code = asar.extractFile(asarPath, file).toString('utf8');
    for (const spec of importsOf(code)) {
      if (!RUNTIME_MODULE.test(spec) && !spec.startsWith('.')) problems.push(`${file}: imports "${spec}", which the package does not contain`);
    }
    if (/\/\/# sourceMappingURL=/.test(code)) problems.push(`${file}: points at a source map`);
  }
  const manifest = files.includes('package.json') ? JSON.parse(asar.extractFile(asarPath, 'package.json').toString('utf8')) : null;
  if (manifest && manifest.main !== 'out/main/main.js') problems.push(`package.json: main is ${manifest.main}, not out/main/main.js`);
  return { files, bytes, problems };
}

/** Module specifiers of static imports, dynamic imports and require calls (enough for bundler output). */
export function importsOf(code) {
  const found = new Set();
  const patterns = [/\bfrom\s*["']([^"']+)["']/g, /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g, /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g, /^\s*import\s*["']([^"']+)["']/gm];
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) found.add(match[1]);
  return [...found];
}

/** A folder that looks enough like an unpacked Linux Electron for electron-builder's `dir` target. */
function standInElectron(dir) {
  mkdirSync(join(dir, 'locales'), { recursive: true });
  for (const locale of ['zh-CN', 'en-US']) writeFileSync(join(dir, 'locales', `${locale}.pak`), ''); // an empty folder is not copied
  writeFileSync(join(dir, 'electron'), '#!/bin/sh\necho "stand-in Electron: the real binary is not on this machine" >&2\nexit 1\n');
  chmodSync(join(dir, 'electron'), 0o755);
  return dir;
}

/**
 * Packs `projectDir` with electron-builder exactly as the installers do, except: a stand-in Electron (so the
 * binary is not needed), no fuses (they are flipped in that binary), output into a temp folder.
 * @param {string} projectDir
 * @returns {Promise<{ asarPath: string, cleanup: () => void }>}
 */
export async function packAppAsar(projectDir) {
  const root = resolve(projectDir);
  const yaml = require('js-yaml');
  const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8'));
  const work = mkdtempSync(join(tmpdir(), 'airgap-pack-'));
  const electronVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies.electron;
  const { build, Platform, Arch } = require('electron-builder');
  await build({
    projectDir: root,
    targets: Platform.LINUX.createTarget(['dir'], Arch.x64),
    publish: 'never',
    config: {
      ...config,
      electronVersion,
      // Hook paths resolve against the working directory; the check may run from elsewhere.
      beforeBuild: config.beforeBuild ? join(root, config.beforeBuild) : config.beforeBuild,
      electronDist: standInElectron(join(work, 'electron')),
      electronFuses: null,
      directories: { ...config.directories, output: join(work, 'dist') },
    },
  });
  return {
    asarPath: join(work, 'dist', 'linux-unpacked', 'resources', 'app.asar'),
    cleanup: () => rmSync(work, { recursive: true, force: true }),
  };
}
