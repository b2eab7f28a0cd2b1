import type { ElectronHostApi, HOST_EVENTS, IPC_CHANNELS } from '../src-renderer/core/host-contract';

/**
 * What the preload exposes as `window.host`, built from an `invoke` function so it is tested under Node.
 * This file must stay free of runtime imports: a sandboxed preload can only `require('electron')`, and
 * the contract module pulls in zod. The channel names are therefore repeated here; `satisfies` makes
 * the compiler reject any drift from the contract, and a unit test compares the values too.
 */
export const PRELOAD_CHANNELS = {
  openFile: 'host:open-file',
  saveFile: 'host:save-file',
  print: 'host:print',
  printToPdf: 'host:print-to-pdf',
  appInfo: 'host:app-info',
  backupDirectoryChoose: 'host:backup-directory-choose',
  backupDirectory: 'host:backup-directory',
  backupWrite: 'host:backup-write',
  backupList: 'host:backup-list',
  backupDelete: 'host:backup-delete',
  takeOpenedFile: 'host:take-opened-file',
} as const satisfies typeof IPC_CHANNELS;

export const PRELOAD_EVENTS = {
  fileOpened: 'host:file-opened',
} as const satisfies typeof HOST_EVENTS;

export type Invoke = (channel: string, ...args: unknown[]) => Promise<unknown>;
/** Listens on one channel; the listener is called with no arguments (the IPC event never reaches the page). */
export type Subscribe = (channel: string, listener: () => void) => () => void;

/**
 * Exactly the ElectronHostApi methods, each a single typed `invoke` or one named event; no generic channel
 * access.
 */
export function createHostApi(invoke: Invoke, subscribe: Subscribe): ElectronHostApi {
  const call = <T>(channel: string, ...args: unknown[]) => invoke(channel, ...args) as Promise<T>;
  return {
    openFile: (request) => call(PRELOAD_CHANNELS.openFile, request),
    saveFile: (request) => call(PRELOAD_CHANNELS.saveFile, request),
    print: () => call(PRELOAD_CHANNELS.print),
    printToPdf: (request) => call(PRELOAD_CHANNELS.printToPdf, request),
    appInfo: () => call(PRELOAD_CHANNELS.appInfo),
    backupDirectoryChoose: () => call(PRELOAD_CHANNELS.backupDirectoryChoose),
    backupDirectory: () => call(PRELOAD_CHANNELS.backupDirectory),
    backupWrite: (request) => call(PRELOAD_CHANNELS.backupWrite, request),
    backupList: () => call(PRELOAD_CHANNELS.backupList),
    backupDelete: (request) => call(PRELOAD_CHANNELS.backupDelete, request),
    takeOpenedFile: () => call(PRELOAD_CHANNELS.takeOpenedFile),
    onFileOpened: (listener) => subscribe(PRELOAD_EVENTS.fileOpened, () => listener()),
  };
}
