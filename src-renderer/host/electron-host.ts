import type { ElectronHostApi, HostResult } from '../core/host-contract';
import { HostError, type HostBridge } from './bridge';

function unwrap<T>(result: HostResult<T>): T {
  if (result.ok) return result.value;
  throw new HostError(result.code, result.detail);
}

/** The bridge over the preload's `window.host`; every call resolves a HostResult from main. */
export function createElectronHost(api: ElectronHostApi): HostBridge {
  return {
    kind: 'electron',
    capabilities: { pdfBytes: true, backupDirectory: true },
    openFile: async (request = {}) => unwrap(await api.openFile(request)),
    saveFile: async (request) => unwrap(await api.saveFile(request)),
    print: async () => unwrap(await api.print()),
    printToPdf: async (request = {}) => unwrap(await api.printToPdf(request)),
    appInfo: async () => unwrap(await api.appInfo()),
    chooseBackupDirectory: async () => unwrap(await api.backupDirectoryChoose()),
    backupDirectory: async () => unwrap(await api.backupDirectory()),
    writeBackup: async (request) => unwrap(await api.backupWrite(request)),
    listBackups: async () => unwrap(await api.backupList()),
    deleteBackup: async (name) => unwrap(await api.backupDelete({ name })),
    takeOpenedFile: async () => unwrap(await api.takeOpenedFile()),
    onFileOpened: (listener) => api.onFileOpened(listener),
  };
}
