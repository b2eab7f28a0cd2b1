#!/usr/bin/env node
// `npm run dev`: hot reload. With an Electron binary, electron-vite runs the desktop app; without
// one, only the renderer's dev server runs and prints its 127.0.0.1 address for the browser.
import { spawn } from 'node:child_process';
import { findElectronBinary } from './lib/electron-binary.mjs';

const electron = findElectronBinary();
const args = ['node_modules/electron-vite/bin/electron-vite.js', 'dev'];
if (!('path' in electron)) {
  console.log(`未找到 Electron 程序，只启动界面开发服务器 / No Electron binary (${electron.missing}): renderer dev server only.`);
  args.push('--rendererOnly');
}
const child = spawn(process.execPath, args, { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
