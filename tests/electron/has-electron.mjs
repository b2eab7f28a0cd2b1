// Whether this machine can run the Electron-only tests: the electron package downloads its binary in a
// postinstall step, which machines without Internet skip (ELECTRON_SKIP_BINARY_DOWNLOAD=1).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const ELECTRON_DIR = fileURLToPath(new URL('../../node_modules/electron/', import.meta.url));
const PATH_TXT = join(ELECTRON_DIR, 'path.txt');

/** Absolute path of the Electron executable, or null when it is not installed. */
export function electronBinaryPath() {
  if (!existsSync(PATH_TXT)) return null;
  const binary = join(ELECTRON_DIR, 'dist', readFileSync(PATH_TXT, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

export function hasElectronBinary() {
  return electronBinaryPath() !== null;
}

/** The one line the test run prints when it skips; null when the binary is there. */
export function electronMissingReason() {
  if (!existsSync(PATH_TXT)) return 'skipped: no Electron binary (node_modules/electron/path.txt missing)';
  if (!hasElectronBinary()) return 'skipped: no Electron binary (node_modules/electron/path.txt names a file that does not exist)';
  return null;
}
