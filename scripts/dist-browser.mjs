#!/usr/bin/env node
// `npm run dist:browser`: the browser-mode installation as a plain folder, for PCs without an Electron build
// (Loongson / loongarch64): the built UI, a dependency-free Node server, start.sh / start.bat, a Chinese README
// and SHA256SUMS over every file.   node scripts/dist-browser.mjs [--out DIR] [--no-build]
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesUnder, writeSha256Sums } from './lib/sha256sums.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = resolve(outAt >= 0 ? args[outAt + 1] : join(ROOT, 'dist', 'airgap-crm-browser'));
const RENDERER = join(ROOT, 'out', 'renderer');

if (!args.includes('--no-build')) {
  const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (!existsSync(join(RENDERER, 'index.html'))) {
  console.error('out/renderer/index.html is missing: run `npm run build` first.');
  process.exit(1);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'server'), { recursive: true });
// The UI exactly as built, without source maps (none are built today; this keeps it so).
cpSync(RENDERER, join(out, 'app'), { recursive: true, filter: (src) => !src.endsWith('.map') });
for (const file of ['static-server.mjs', 'find-browser.mjs']) copyFileSync(join(ROOT, 'scripts/lib', file), join(out, 'server', file));
const bundle = join(ROOT, 'scripts/browser-bundle');
copyFileSync(join(bundle, 'serve.mjs'), join(out, 'server', 'serve.mjs'));
// Node reads .mjs as ES modules anyway; the package.json keeps a stray .js from being read as CommonJS.
writeFileSync(join(out, 'server', 'package.json'), '{ "type": "module", "private": true }\n');
for (const file of ['start.sh', 'start.bat', 'README.txt']) copyFileSync(join(bundle, file), join(out, file));
chmodSync(join(out, 'start.sh'), 0o755);
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
writeFileSync(join(out, 'VERSION'), `Airgap CRM ${version} (browser mode)\n`);
await writeSha256Sums(out, filesUnder(out));
console.log(`浏览器版已生成 / Browser-mode folder written: ${out}`);
