#!/usr/bin/env node
// `npm start`: build, then open the desktop app — or, where this machine has no Electron binary,
// say so in one line, serve the same UI on 127.0.0.1 and open it in a local Chromium if there is one.
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { findElectronBinary } from './lib/electron-binary.mjs';
import { showInBrowser } from './lib/find-browser.mjs';
import { startStaticServer } from './lib/static-server.mjs';

const DEFAULT_PORT = 5317;
const args = process.argv.slice(2);
const noBuild = args.includes('--no-build');
const noOpen = args.includes('--no-open') || process.env.AIRGAP_NO_OPEN === '1';

if (!noBuild) {
  const build = spawnSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const electron = findElectronBinary();
if ('path' in electron) {
  const child = spawn(electron.path, ['.'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(`未找到 Electron 程序，改在浏览器中提供同样的界面 / No Electron binary (${electron.missing}): serving the same UI to the browser.`);
  const server = await startStaticServer('out/renderer', { port: DEFAULT_PORT }).catch(() => startStaticServer('out/renderer', { port: 0 }));
  console.log(`界面地址 / UI address: ${server.url}`);
  openBrowser(server.url);
  console.log('按 Ctrl+C 停止 / Press Ctrl+C to stop.');
  const stop = () => server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function openBrowser(url) {
  if (noOpen) return;
  showInBrowser(url, {
    // A profile of our own keeps the archive's IndexedDB in one known folder (README: where data lives).
    profile: resolve('.airgap-browser-profile'),
    extraFlags: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
    say: {
      noBrowser: '未找到 Chromium，请在浏览器中打开上面的地址 / No Chromium found: open the address above in a browser.',
      noDisplay: '没有图形界面（DISPLAY 未设置），未打开浏览器 / No display (DISPLAY unset): browser not opened.',
      opened: (browser) => `已用 ${browser} 打开 / Opened in ${browser}.`,
    },
  });
}
