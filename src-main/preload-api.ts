import type { ElectronHostApi, HOST_EVENTS, HostArgs, HostMethodName, HostReply, HostResult, IPC_CHANNELS } from '../src-renderer/core/host-contract';

/**
 * What the preload exposes as `window.host`, built from an `invoke` function so it is tested under Node.
 * This file must stay free of runtime imports: a sandboxed preload can only `require('electron')`, and
 * the contract module pulls in zod. The channel names are therefore repeated here (the one copy of the
 * contract's HOST_METHODS); `satisfies` makes the compiler reject any drift, and a unit test compares the values.
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
  secretStorageAvailable: 'host:secret-storage-available',
  protectSecret: 'host:protect-secret',
  unprotectSecret: 'host:unprotect-secret',
  saveStreamBegin: 'host:save-stream-begin',
  saveStreamWrite: 'host:save-stream-write',
  saveStreamFinish: 'host:save-stream-finish',
  saveStreamAbort: 'host:save-stream-abort',
  readStreamOpen: 'host:read-stream-open',
  readStreamPiece: 'host:read-stream-piece',
  readStreamClose: 'host:read-stream-close',
  openWithProgram: 'host:open-with-program',
} as const satisfies typeof IPC_CHANNELS;

export const PRELOAD_EVENTS = {
  fileOpened: 'host:file-opened',
} as const satisfies typeof HOST_EVENTS;

export type Invoke = (channel: string, ...args: unknown[]) => Promise<unknown>;
/** Listens on one channel; the listener is called with no arguments (the IPC event never reaches the page). */
export type Subscribe = (channel: string, listener: () => void) => () => void;

/**
 * Exactly the ElectronHostApi methods, each a single typed `invoke` or one named event; no generic channel
 * access. Each method passes on its request only (a call with extra arguments does not forward them).
 */
export function createHostApi(invoke: Invoke, subscribe: Subscribe): ElectronHostApi {
  // The reply is what main promises (HostReply); the renderer checks it before use (host/electron-host.ts).
  const call = <K extends HostMethodName>(method: K, ...args: HostArgs<K>) => invoke(PRELOAD_CHANNELS[method], ...args) as Promise<HostResult<HostReply<K>>>;
  return {
    openFile: (request) => call('openFile', request),
    saveFile: (request) => call('saveFile', request),
    print: () => call('print'),
    printToPdf: (request) => call('printToPdf', request),
    appInfo: () => call('appInfo'),
    backupDirectoryChoose: () => call('backupDirectoryChoose'),
    backupDirectory: () => call('backupDirectory'),
    backupWrite: (request) => call('backupWrite', request),
    backupList: () => call('backupList'),
    backupDelete: (request) => call('backupDelete', request),
    takeOpenedFile: () => call('takeOpenedFile'),
    secretStorageAvailable: () => call('secretStorageAvailable'),
    protectSecret: (text) => call('protectSecret', text),
    unprotectSecret: (sealed) => call('unprotectSecret', sealed),
    saveStreamBegin: (request) => call('saveStreamBegin', request),
    saveStreamWrite: (request) => call('saveStreamWrite', request),
    saveStreamFinish: (request) => call('saveStreamFinish', request),
    saveStreamAbort: (request) => call('saveStreamAbort', request),
    readStreamOpen: (request) => call('readStreamOpen', request),
    readStreamPiece: (request) => call('readStreamPiece', request),
    readStreamClose: (request) => call('readStreamClose', request),
    openWithProgram: (request) => call('openWithProgram', request),
    onFileOpened: (listener) => subscribe(PRELOAD_EVENTS.fileOpened, () => listener()),
  };
}
