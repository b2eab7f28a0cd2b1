#!/usr/bin/env node
// Airgap CRM, browser mode (for PCs without an Electron build, e.g. Loongson / loongarch64): serves the UI
// in ./app on 127.0.0.1 only and opens it in a local Chromium-family browser. Node built-ins only.
//   node server/serve.mjs [--port 5317] [--no-open]
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium, showInBrowser } from './find-browser.mjs';
import { startStaticServer } from './static-server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const APP = join(here, '..', 'app');
const args = process.argv.slice(2);
const portAt = args.indexOf('--port');
// The address is part of where the browser keeps the database (its origin): always the same port.
const port = portAt >= 0 ? Number(args[portAt + 1]) : Number(process.env.AIRGAP_PORT || 5317);
const noOpen = args.includes('--no-open') || process.env.AIRGAP_NO_OPEN === '1';

if (!existsSync(join(APP, 'index.html'))) {
  console.error(`找不到界面文件 ${join(APP, 'index.html')}：请完整复制本文件夹。 / The UI files are missing: copy the whole folder.`);
  process.exit(1);
}
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`端口无效：${port} / Invalid port: ${port}`);
  process.exit(1);
}

let server;
try {
  server = await startStaticServer(APP, { port });
} catch (error) {
  const busy = error && error.code === 'EADDRINUSE';
  console.error(
    busy
      ? `端口 ${port} 已被占用：程序可能已在运行，请直接在浏览器中打开 http://127.0.0.1:${port}/ / Port ${port} is in use: the app may already be running; open http://127.0.0.1:${port}/`
      : `无法启动：${error && error.message} / Cannot start: ${error && error.message}`,
  );
  process.exit(1);
}
console.log(`Airgap CRM 界面地址 / UI address: ${server.url}`);
openBrowser(server.url);
console.log('关闭本窗口或按 Ctrl+C 停止 / Close this window or press Ctrl+C to stop.');
const stop = () => server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

/** The browser profile (and so the database) lives outside this folder: replacing the folder keeps the data. */
function profileDir() {
  const base =
    process.platform === 'win32' ? process.env.LOCALAPPDATA || join(homedir(), 'AppData', 'Local') : process.env.XDG_CONFIG_HOME || join(homedir(), '.config');
  return join(base, 'airgap-crm-browser', 'profile');
}

function openBrowser(url) {
  if (noOpen) return;
  const profile = profileDir();
  showInBrowser(url, {
    browser: process.env.AIRGAP_BROWSER || findChromium(),
    profile,
    say: {
      noBrowser: '未找到 Chromium 内核浏览器，请手动在浏览器中打开上面的地址。 / No Chromium-family browser found: open the address above.',
      noDisplay: '没有图形界面，未打开浏览器。 / No display: browser not opened.',
      opened: (browser) => `已用 ${browser} 打开；数据保存在 ${profile} / Opened in ${browser}; data in ${profile}`,
    },
  });
}
