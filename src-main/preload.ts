import { contextBridge, ipcRenderer } from 'electron';
import { createHostApi } from './preload-api';

// Sandboxed preload: only `electron` may be required at runtime (a test checks the built file).
// The page gets the narrow `window.host` object; `ipcRenderer` itself never crosses the bridge.
contextBridge.exposeInMainWorld(
  'host',
  createHostApi(
    (channel, ...args) => ipcRenderer.invoke(channel, ...args),
    (channel, listener) => {
      // The page's listener gets no arguments: the IpcRendererEvent (and its sender) stays here.
      const relay = () => listener();
      ipcRenderer.on(channel, relay);
      return () => {
        ipcRenderer.removeListener(channel, relay);
      };
    },
  ),
);
