#!/usr/bin/env node
// Fetches the Electron binary after `npm install`, without ever failing the install.
//
// Why this exists: Electron's own postinstall downloads the binary from GitHub and fails the
// whole install where GitHub is unreachable (classified networks, our CI). npm ≥ 11.17 blocks
// dependency install scripts unless allowed; package.json denies Electron's (`allowScripts`),
// and this root script runs the same download itself, tolerating failure. Machines with Internet
// still get the binary; the others get one line saying `npm start` will use the browser UI.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  console.log('[airgap-crm] ELECTRON_SKIP_BINARY_DOWNLOAD is set: no Electron binary fetched; `npm start` will serve the UI to the browser.');
  process.exit(0);
}

let electronDir;
try {
  electronDir = dirname(require.resolve('electron/package.json'));
} catch {
  process.exit(0); // production install without devDependencies: nothing to do
}
if (existsSync(join(electronDir, 'path.txt'))) process.exit(0);

const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
  cwd: electronDir,
  stdio: ['ignore', 'ignore', 'pipe'],
  timeout: 180_000,
  encoding: 'utf8',
});
if (result.status === 0 && existsSync(join(electronDir, 'path.txt'))) {
  console.log('[airgap-crm] Electron binary installed: `npm start` opens the desktop app.');
} else {
  const reason = (result.stderr || '').split('\n').find((l) => l.trim()) || result.error?.message || 'unknown error';
  console.log(`[airgap-crm] No Electron binary (download failed: ${reason.trim().slice(0, 160)}); \`npm start\` will serve the UI to the browser instead.`);
}
