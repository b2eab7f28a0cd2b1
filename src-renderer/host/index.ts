import type { ElectronHostApi } from '../core/host-contract';
import type { HostBridge } from './bridge';
import { createBrowserHost } from './browser-host';
import { createElectronHost } from './electron-host';

export { HostError, type HostBridge } from './bridge';

/** Chosen once at start-up: the preload's `window.host` when running in Electron, else the browser. */
export function createHost(version: string): HostBridge {
  const api = (globalThis as { host?: ElectronHostApi }).host;
  return api ? createElectronHost(api) : createBrowserHost(document, version);
}
export { hostFileOf, pickHostFile, saveStream, PIECE_BYTES, type HostFile } from './file-streams';
