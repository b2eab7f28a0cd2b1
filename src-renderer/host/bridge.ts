import type {
  AppInfo,
  BackupFileInfo,
  BackupWriteRequest,
  HostErrorCode,
  OpenFileRequest,
  OpenedFile,
  PrintToPdfRequest,
  SaveFileRequest,
  SaveResult,
} from '../core/host-contract';

/**
 * What the renderer may ask of its host. Two implementations: Electron (`window.host` from the
 * preload) and the browser (file input, download, window.print). Features use only this.
 */
export interface HostBridge {
  readonly kind: 'electron' | 'browser';
  readonly capabilities: {
    /** printToPdf returns the PDF's bytes (Electron); in the browser the print dialog saves PDFs. */
    pdfBytes: boolean;
    /** Scheduled backups into a folder the host remembers (Electron); the browser has no file system. */
    backupDirectory: boolean;
  };
  /** Resolves null when the user cancels. Throws HostError('file-too-large') over the size cap. */
  openFile(request?: OpenFileRequest): Promise<OpenedFile | null>;
  saveFile(request: SaveFileRequest): Promise<SaveResult>;
  /**
   * The system print dialog for the current page. Resolves whether it printed: Electron knows (false =
   * cancelled); the browser's window.print reports nothing, so it resolves true once the dialog closed.
   */
  print(): Promise<boolean>;
  printToPdf(request?: PrintToPdfRequest): Promise<Uint8Array>;
  appInfo(): Promise<AppInfo>;
  /** Scheduled backups (core/host-contract.ts): the host's one backup folder and our files in it. */
  chooseBackupDirectory(): Promise<string | null>;
  backupDirectory(): Promise<string | null>;
  writeBackup(request: BackupWriteRequest): Promise<BackupFileInfo>;
  listBackups(): Promise<BackupFileInfo[]>;
  deleteBackup(name: string): Promise<boolean>;
  /**
   * A file the OS handed the app (a double-clicked exchange archive), once; null when none is waiting.
   * The browser is never handed files: always null.
   */
  takeOpenedFile(): Promise<OpenedFile | null>;
  /** Calls `listener` when a file is waiting (then call takeOpenedFile); returns the unsubscribe. */
  onFileOpened(listener: () => void): () => void;
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
