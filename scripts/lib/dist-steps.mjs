// `npm run dist`, step by step, with every effect injected so the order and the refusal are unit-tested
// on a machine without Electron (tests/unit/scripts/dist.test.ts). scripts/dist.mjs plugs in the real ones.
import { join } from 'node:path';
import { installersIn, writeSha256Sums } from './sha256sums.mjs';

/**
 * The one line `npm run dist` prints where the Electron binary is missing: Chinese, then English with the
 * technical reason (electron-binary.mjs says it in English). Both halves say how to get the binary.
 */
export function missingElectronLine(missing) {
  return (
    '无法制作安装包：本机没有 Electron 程序（node_modules/electron/dist）。请在能连接互联网的电脑上运行 npm install' +
    '（不要设置 ELECTRON_SKIP_BINARY_DOWNLOAD；访问不了 GitHub 时设置 ELECTRON_MIRROR 为 Electron 镜像地址），再运行 npm run dist。' +
    ` / Cannot build installers: no Electron binary (${missing}). Run npm install on a machine with Internet access` +
    ' (without ELECTRON_SKIP_BINARY_DOWNLOAD; set ELECTRON_MIRROR to an Electron mirror if GitHub is unreachable), then npm run dist.'
  );
}

/**
 * @param {{
 *   findElectron: () => ({ path: string } | { missing: string }),
 *   run: (label: string, command: string, args: string[]) => boolean,
 *   builderArgs: string[],
 *   outDir: string,
 *   log?: (line: string) => void,
 *   error?: (line: string) => void,
 * }} deps
 * @returns {Promise<number>} the exit code
 */
export async function runDist(deps) {
  const log = deps.log ?? console.log;
  const error = deps.error ?? console.error;
  const electron = deps.findElectron();
  if (!('path' in electron)) {
    error(missingElectronLine(electron.missing));
    return 2;
  }
  const node = process.execPath;
  if (!deps.run('build', node, ['node_modules/electron-vite/bin/electron-vite.js', 'build'])) return 1;
  // The same content check as `npm test`: nothing but the built app goes onto the media.
  if (!deps.run('package contents', node, ['scripts/check-package.mjs'])) return 1;
  if (!deps.run('installers', node, ['node_modules/electron-builder/cli.js', '--publish', 'never', ...deps.builderArgs])) return 1;
  const installers = installersIn(deps.outDir);
  if (installers.length === 0) {
    error(`electron-builder wrote no installer into ${deps.outDir}.`);
    return 1;
  }
  const sums = await writeSha256Sums(deps.outDir, installers);
  log(`SHA256SUMS → ${join(deps.outDir, 'SHA256SUMS')}:\n${sums}`);
  log('介质上请一并携带 SHA256SUMS；安装前按 docs/INSTALL.md 核对。 / Carry SHA256SUMS on the media; verify as docs/INSTALL.md says.');
  return 0;
}
