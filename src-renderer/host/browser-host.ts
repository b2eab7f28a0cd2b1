import {
  MAX_OPEN_FILE_BYTES,
  openFileRequestSchema,
  saveFileRequestSchema,
  type AppInfo,
  type OpenFileRequest,
  type OpenedFile,
  type SaveFileRequest,
} from '../core/host-contract';
import { HostError, type HostBridge } from './bridge';
import { createBrowserStreams, parsed } from './browser-streams';

/**
 * The bridge in plain Chromium (no Electron binary): a hidden file input to open, a download to
 * save, window.print for printing (whose dialog also saves PDFs). Same rules as the Electron side:
 * requests are validated, over-large files are refused before they are read.
 */
export function createBrowserHost(doc: Document = document, version = '0.0.0'): HostBridge {
  const streams = createBrowserStreams(
    (request) => pickFile(doc, request.filters),
    (name, blob) => downloadBlob(doc, name, blob),
  );
  return {
    ...streams,
    kind: 'browser',
    capabilities: { pdfBytes: false, backupDirectory: false, openWithProgram: false },
    openFile: (request = {}) => openWithInput(doc, request),
    saveFile: async (request) => {
      const checked = parsed(saveFileRequestSchema, request);
      download(doc, checked);
      return { saved: true, name: checked.suggestedName };
    },
    print: async () => {
      // Blocks until the dialog closes; whether the user printed or cancelled is not told.
      doc.defaultView?.print();
      return true;
    },
    printToPdf: async () => {
      throw new HostError('unsupported', 'printToPdf needs the desktop shell; use print() and the dialog');
    },
    // A web page cannot write into a folder of its choice: scheduled backups are offered as a
    // download when due (features/backup/ScheduledBackupSection.tsx), never written silently.
    chooseBackupDirectory: noFileSystem,
    backupDirectory: async () => null,
    writeBackup: noFileSystem,
    listBackups: noFileSystem,
    deleteBackup: noFileSystem,
    // A page is never handed a file by the OS (no file association): nothing ever waits.
    takeOpenedFile: async () => null,
    onFileOpened: () => () => undefined,
    // A page has no OS key store: the installation's keys are sealed with the key passphrase (data/key-store.ts).
    secretStorageAvailable: async () => false,
    protectSecret: noSecretStorage,
    unprotectSecret: noSecretStorage,
    // A page cannot start a program: 下载 is the way to get the file (the button is not offered).
    openWithProgram: async () => {
      throw new HostError('unsupported', 'the browser cannot hand a file to a program; download it');
    },
    appInfo: async (): Promise<AppInfo> => ({
      name: 'Airgap CRM',
      version,
      shell: 'browser',
      platform: navigator.platform || 'browser',
      versions: { chrome: /Chrom(e|ium)\/([\d.]+)/.exec(navigator.userAgent)?.[2] ?? 'unknown' },
      dataLocation: doc.location.origin,
    }),
  };
}

async function noFileSystem(): Promise<never> {
  throw new HostError('unsupported', 'the browser has no backup folder');
}

async function noSecretStorage(): Promise<never> {
  throw new HostError('unsupported', 'the browser has no OS key store');
}

async function openWithInput(doc: Document, request: OpenFileRequest): Promise<OpenedFile | null> {
  const checked = parsed(openFileRequestSchema, request);
  const maxBytes = checked.maxBytes ?? MAX_OPEN_FILE_BYTES;
  const file = await pickFile(doc, checked.filters);
  if (!file) return null;
  if (file.size > maxBytes) throw new HostError('file-too-large', `${file.size} > ${maxBytes}`);
  try {
    return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  } catch (error) {
    throw new HostError('io-error', String(error));
  }
}

/** A hidden file input: the picked File, or null when the chooser was cancelled. */
function pickFile(doc: Document, filters: OpenFileRequest['filters']): Promise<File | null> {
  const input = doc.createElement('input');
  input.type = 'file';
  input.accept = (filters ?? []).flatMap((f) => f.extensions.filter((e) => e !== '*').map((e) => `.${e}`)).join(',');
  input.style.display = 'none';
  doc.body.append(input);
  return new Promise<File | null>((resolve) => {
    const finish = () => input.remove();
    input.addEventListener('cancel', () => {
      finish();
      resolve(null);
    });
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      finish();
      resolve(file ?? null);
    });
    input.click();
  });
}

function download(doc: Document, request: SaveFileRequest) {
  downloadBlob(doc, request.suggestedName, new Blob([request.bytes as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' }));
}

function downloadBlob(doc: Document, name: string, blob: Blob) {
  const url = URL.createObjectURL(blob.type ? blob : new Blob([blob], { type: 'application/octet-stream' }));
  const anchor = doc.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.style.display = 'none';
  doc.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoke later: Chromium reads the blob asynchronously after the click.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
