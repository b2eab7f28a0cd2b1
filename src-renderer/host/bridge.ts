import type { HostArgs, HostErrorCode, HostEventSubscriptions, HostMethodName, HostReply } from '../core/host-contract';

/**
 * The features' name for each host method (core/host-contract.ts HOST_METHODS). Four read differently from
 * the wire names, which the preload and main keep; features use only these.
 */
export const BRIDGE_METHOD_NAMES = {
  openFile: 'openFile',
  saveFile: 'saveFile',
  print: 'print',
  printToPdf: 'printToPdf',
  appInfo: 'appInfo',
  backupDirectoryChoose: 'chooseBackupDirectory',
  backupDirectory: 'backupDirectory',
  backupWrite: 'writeBackup',
  backupList: 'listBackups',
  backupDelete: 'deleteBackup',
  takeOpenedFile: 'takeOpenedFile',
  secretStorageAvailable: 'secretStorageAvailable',
  protectSecret: 'protectSecret',
  unprotectSecret: 'unprotectSecret',
  saveStreamBegin: 'saveStreamBegin',
  saveStreamWrite: 'saveStreamWrite',
  saveStreamFinish: 'saveStreamFinish',
  saveStreamAbort: 'saveStreamAbort',
  readStreamOpen: 'readStreamOpen',
  readStreamPiece: 'readStreamPiece',
  readStreamClose: 'readStreamClose',
  openWithProgram: 'openWithProgram',
} as const satisfies { readonly [K in HostMethodName]: string };

/** A request whose fields are all optional may be left out: `openFile()`, `printToPdf()`. */
type BridgeArgs<K extends HostMethodName> =
  HostArgs<K> extends [infer Request]
    ? // Bracketed: a union request (saveStreamBegin's targets) stays one argument, not one signature per member.
      [Request] extends [object]
      ? Partial<Request> extends Request
        ? [request?: Request]
        : [request: Request]
      : [value: Request]
    : HostArgs<K>;

/** Each contract method under its features' name, resolving the contract's reply (a failure throws HostError). */
type BridgeMethods = {
  [K in Exclude<HostMethodName, 'backupDelete'> as (typeof BRIDGE_METHOD_NAMES)[K]]: (...args: BridgeArgs<K>) => Promise<HostReply<K>>;
};

/**
 * What the renderer may ask of its host. Two implementations: Electron (`window.host` from the
 * preload) and the browser (file input, download, window.print). Features use only this.
 */
export interface HostBridge extends BridgeMethods, HostEventSubscriptions {
  readonly kind: 'electron' | 'browser';
  readonly capabilities: {
    /** printToPdf returns the PDF's bytes (Electron); in the browser the print dialog saves PDFs. */
    pdfBytes: boolean;
    /** Scheduled backups into a folder the host remembers (Electron); the browser has no file system. */
    backupDirectory: boolean;
    /** openWithProgram hands a file to the system's program (Electron); the browser offers it as a download. */
    openWithProgram: boolean;
  };
  /** `backupDelete` by the file's name alone. */
  deleteBackup(name: string): Promise<HostReply<'backupDelete'>>;
}

export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'HostError';
  }
}
