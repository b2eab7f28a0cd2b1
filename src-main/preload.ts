import { contextBridge, ipcRenderer } from 'electron';
import { createHostApi } from './preload-api';

// Sandboxed preload: only `electron` may be required at runtime (a test checks the built file).
// The page gets the narrow `window.host` object; `ipcRenderer` itself never crosses the bridge.
contextBridge.exposeInMainWorld(
  'host',
  createHostApi((channel, ...args) => ipcRenderer.invoke(channel, ...args)),
);
