import type { z } from 'zod';
import {
  HOST_METHOD_NAMES,
  HOST_METHODS,
  hostResultSchema,
  type ElectronHostApi,
  type HostArgs,
  type HostMethodName,
  type HostReply,
  type HostResult,
} from '../core/host-contract';
import { HostError, type HostBridge } from './bridge';

/** Each method's reply envelope, built once: main's answers are checked before the renderer uses them. */
const REPLY_SCHEMAS = {} as Record<HostMethodName, z.ZodType<HostResult<unknown>>>;
for (const name of HOST_METHOD_NAMES) REPLY_SCHEMAS[name] = hostResultSchema(HOST_METHODS[name].reply);

/**
 * The reply's value, or a HostError. A reply that is not what the contract declares (another process, another
 * version, a bug in main) is refused as 'io-error' — the code the page already shows for a host failure it cannot
 * name — instead of reaching a feature in a shape it does not expect.
 */
function unwrap<K extends HostMethodName>(method: K, reply: unknown): HostReply<K> {
  const parsed = REPLY_SCHEMAS[method].safeParse(reply);
  if (!parsed.success) throw new HostError('io-error', `malformed reply to ${method}`);
  const result = parsed.data;
  // Checked by this method's own reply schema just above.
  if (result.ok) return result.value as HostReply<K>;
  throw new HostError(result.code, result.detail);
}

/** The bridge over the preload's `window.host`; every call resolves a HostResult from main. */
export function createElectronHost(api: ElectronHostApi): HostBridge {
  async function call<K extends HostMethodName>(method: K, ...args: HostArgs<K>): Promise<HostReply<K>> {
    // Called as a method of `api`, as the preload's object expects; typed per method by the contract.
    const send = api[method] as (...a: HostArgs<K>) => Promise<unknown>;
    return unwrap(method, await send.apply(api, args));
  }
  return {
    kind: 'electron',
    capabilities: { pdfBytes: true, backupDirectory: true, openWithProgram: true },
    openFile: (request = {}) => call('openFile', request),
    saveFile: (request) => call('saveFile', request),
    print: () => call('print'),
    printToPdf: (request = {}) => call('printToPdf', request),
    appInfo: () => call('appInfo'),
    chooseBackupDirectory: () => call('backupDirectoryChoose'),
    backupDirectory: () => call('backupDirectory'),
    writeBackup: (request) => call('backupWrite', request),
    listBackups: () => call('backupList'),
    deleteBackup: (name) => call('backupDelete', { name }),
    takeOpenedFile: () => call('takeOpenedFile'),
    secretStorageAvailable: () => call('secretStorageAvailable'),
    protectSecret: (text) => call('protectSecret', text),
    unprotectSecret: (sealed) => call('unprotectSecret', sealed),
    saveStreamBegin: (request) => call('saveStreamBegin', request),
    saveStreamWrite: (request) => call('saveStreamWrite', request),
    saveStreamFinish: (request) => call('saveStreamFinish', request),
    saveStreamAbort: (request) => call('saveStreamAbort', request),
    readStreamOpen: (request = {}) => call('readStreamOpen', request),
    readStreamPiece: (request) => call('readStreamPiece', request),
    readStreamClose: (request) => call('readStreamClose', request),
    openWithProgram: (request) => call('openWithProgram', request),
    onFileOpened: (listener) => api.onFileOpened(listener),
  };
}
