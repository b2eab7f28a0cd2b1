import { basename } from 'node:path';
import type { z } from 'zod';
import {
  HOST_METHOD_NAMES,
  HOST_METHODS,
  MAX_OPEN_FILE_BYTES,
  type AppInfo,
  type FileFilter,
  type HostChannel,
  type HostErrorCode,
  type HostMethodName,
  type HostParsedArgs,
  type HostReply,
  type HostResult,
} from '../../src-renderer/core/host-contract';
import type { SenderFrame } from '../security';
import { backupFilePath, deleteBackupFile, listBackupFiles, writeBackupFile, type BackupDirectoryStore } from './backup-directory';
import { FileStreams } from './file-streams';
import { FileOpError, readFileCapped, writeFileAtomic } from './files';
import { openWithProgram, type OpenTempDeps } from './open-temp';

/**
 * The host's IPC handlers without Electron: every platform call is injected, so the whole request
 * path (sender check → argument validation → work → coded result) is unit-tested under Node.
 * `S` is whatever identifies the calling page (Electron's WebContents in production).
 */

export interface IpcCall<S> {
  /** The frame that sent the message; null when it is already gone. */
  frame: SenderFrame | null;
  sender: S;
  args: unknown[];
}

export interface DialogOptions {
  title?: string;
  filters?: FileFilter[];
}

export interface PdfOptions {
  pageSize: 'A4' | 'A3';
  landscape: boolean;
  printBackground: true;
  preferCSSPageSize: true;
}

export interface HostDeps<S> {
  isTrustedSender(frame: SenderFrame | null): boolean;
  /** Resolves the picked absolute path, or null when the user cancels. */
  showOpenDialog(sender: S, options: DialogOptions): Promise<string | null>;
  showSaveDialog(sender: S, options: DialogOptions & { defaultPath: string }): Promise<string | null>;
  /** The system print dialog for the sender's page; true when it printed, false when cancelled. */
  print(sender: S): Promise<boolean>;
  printToPdf(sender: S, options: PdfOptions): Promise<Uint8Array>;
  appInfo(): AppInfo;
  /** Folder dialog for the backup directory; resolves the absolute path, or null when cancelled. */
  showDirectoryDialog(sender: S, options: { title?: string }): Promise<string | null>;
  backupDirectory: BackupDirectoryStore;
  /** The file the OS handed the app (src-main/opened-files.ts), taken once. */
  openedFiles: { take(): string | null };
  /** The OS key store (Electron `safeStorage`); `available` is false where it would not protect anything. Absent: none. */
  secretStorage?: SecretStorage;
  /** Files written and read by pieces (default: a fresh set; main passes its own to drop a closed window's). */
  streams?: FileStreams<S>;
  readFile?: (path: string, maxBytes: number) => Promise<Uint8Array>;
  writeFile?: (path: string, bytes: Uint8Array) => Promise<void>;
  /** Receives channel names and error codes only: no paths, no file contents, no arguments. */
  log?: (message: string) => void;
  /** The temporary copies' folder and the system's "open with its program" (src-main/ipc/open-temp.ts). Absent: unsupported. */
  openTemp?: OpenTempDeps;
}

export interface SecretStorage {
  available(): boolean;
  encrypt(text: string): Uint8Array;
  /** Throws when the bytes were not sealed by this OS account's key (another PC, a copied profile). */
  decrypt(sealed: Uint8Array): string;
}

const NO_SECRET_STORAGE: SecretStorage = {
  available: () => false,
  encrypt: () => {
    throw new FileOpError('unsupported');
  },
  decrypt: () => {
    throw new FileOpError('unsupported');
  },
};

/** Answers one call to method `K`: its reply is the contract's, or a coded failure. */
export type HostHandler<S, K extends HostMethodName = HostMethodName> = (call: IpcCall<S>) => Promise<HostResult<HostReply<K>>>;
/** Every contract channel with its handler (what `ipcMain.handle` registers). */
export type HostHandlers<S> = { [K in HostMethodName as HostChannel<K>]: HostHandler<S, K> };
/**
 * The work behind each method, on arguments already parsed by the contract's schema. Keyed by method name
 * and typed by the contract: a missing method, or one answering anything but its declared reply, does not compile.
 */
type HostWork<S> = { [K in HostMethodName]: (args: HostParsedArgs<K>, sender: S) => Promise<HostReply<K>> };

function fail(code: HostErrorCode, detail?: string): HostResult<never> {
  return detail === undefined ? { ok: false, code } : { ok: false, code, detail };
}

/** A zod issue as a short, value-free detail: the contract's refinements use message keys like `host.badFileName`. */
function issueDetail(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue.message}`.slice(0, 200);
}

export function createHostHandlers<S>(deps: HostDeps<S>): HostHandlers<S> {
  const log = deps.log ?? (() => undefined);
  const readFile = deps.readFile ?? readFileCapped;
  const writeFile = deps.writeFile ?? writeFileAtomic;
  const secretStorage = deps.secretStorage ?? NO_SECRET_STORAGE;
  const streams = deps.streams ?? new FileStreams<S>();

  /** Sender check → argument validation (the method's schema) → work → coded result. */
  function guarded(method: HostMethodName, run: (args: unknown, sender: S) => Promise<unknown>) {
    const { channel, args: argsSchema } = HOST_METHODS[method];
    return async (call: IpcCall<S>): Promise<HostResult<unknown>> => {
      if (!deps.isTrustedSender(call.frame)) {
        log(`${channel}: refused an untrusted sender`);
        return fail('untrusted-sender');
      }
      const parsed = argsSchema.safeParse(call.args);
      if (!parsed.success) return fail('bad-request', issueDetail(parsed.error));
      try {
        return { ok: true, value: await run(parsed.data, call.sender) };
      } catch (error) {
        // Never a stack trace across IPC: a code, and for file errors the errno.
        const coded = error instanceof FileOpError ? error : new FileOpError('io-error');
        log(`${channel}: failed with ${coded.message}`);
        return fail(coded.hostCode, coded.errno);
      }
    };
  }

  const work: HostWork<S> = {
    openFile: async ([request], sender) => {
      const path = await deps.showOpenDialog(sender, { title: request.title, filters: request.filters });
      if (path === null) return null;
      const bytes = await readFile(path, request.maxBytes ?? MAX_OPEN_FILE_BYTES);
      return { name: basename(path), bytes };
    },
    saveFile: async ([request], sender) => {
      const path = await deps.showSaveDialog(sender, {
        title: request.title,
        filters: request.filters,
        defaultPath: request.suggestedName,
      });
      if (path === null) return { saved: false };
      await writeFile(path, request.bytes);
      return { saved: true, name: basename(path) };
    },
    print: async (_args, sender) => deps.print(sender),
    printToPdf: async ([request], sender) =>
      deps.printToPdf(sender, {
        pageSize: request.pageSize ?? 'A4',
        landscape: request.landscape ?? false,
        printBackground: true,
        preferCSSPageSize: true,
      }),
    appInfo: async () => deps.appInfo(),
    backupDirectoryChoose: async (_args, sender) => {
      const directory = await deps.showDirectoryDialog(sender, {});
      if (directory === null) return null;
      await deps.backupDirectory.set(directory);
      return directory;
    },
    backupDirectory: async () => deps.backupDirectory.get(),
    backupWrite: async ([request]) => writeBackupFile(await deps.backupDirectory.get(), request.name, request.bytes),
    backupList: async () => listBackupFiles(await deps.backupDirectory.get()),
    backupDelete: async ([request]) => deleteBackupFile(await deps.backupDirectory.get(), request.name),
    // Taken before reading: a file that cannot be read is reported once, not offered again.
    takeOpenedFile: async (_args, sender) => {
      const path = deps.openedFiles.take();
      if (path === null) return null;
      return { name: basename(path), ...(await streams.openRead(sender, path)) };
    },
    secretStorageAvailable: async () => secretStorage.available(),
    protectSecret: async ([text]) => {
      if (!secretStorage.available()) throw new FileOpError('unsupported');
      return secretStorage.encrypt(text);
    },
    unprotectSecret: async ([sealed]) => {
      if (!secretStorage.available()) throw new FileOpError('unsupported');
      try {
        return secretStorage.decrypt(sealed);
      } catch {
        // Not ours to open (another account or PC): a code, never the library's message.
        throw new FileOpError('io-error', 'unseal');
      }
    },
    saveStreamBegin: async ([request], sender) => {
      const path =
        request.target === 'backup-directory'
          ? await backupFilePath(await deps.backupDirectory.get(), request.name)
          : await deps.showSaveDialog(sender, { title: request.title, filters: request.filters, defaultPath: request.suggestedName });
      if (path === null) return null;
      return { handle: await streams.beginWrite(sender, path), name: basename(path) };
    },
    saveStreamWrite: async ([request], sender) => streams.write(sender, request.handle, request.bytes),
    saveStreamFinish: async ([request], sender) => streams.finish(sender, request.handle),
    saveStreamAbort: async ([request], sender) => streams.abort(sender, request.handle),
    readStreamOpen: async ([request], sender) => {
      const path = await deps.showOpenDialog(sender, { title: request.title, filters: request.filters });
      if (path === null) return null;
      return { name: basename(path), ...(await streams.openRead(sender, path)) };
    },
    readStreamPiece: async ([request], sender) => streams.read(sender, request.handle, request.offset, request.length),
    readStreamClose: async ([request], sender) => streams.closeRead(sender, request.handle),
    openWithProgram: async ([request]) => {
      if (!deps.openTemp) throw new FileOpError('unsupported');
      return openWithProgram(deps.openTemp, request.name, request.bytes);
    },
  };

  // The casts only forget which method is which: `guarded` parses the arguments with the schema of the same
  // method whose work it then runs, and HostWork typed each reply.
  const handlers = HOST_METHOD_NAMES.map((method) => [
    HOST_METHODS[method].channel,
    guarded(method, work[method] as (args: unknown, sender: S) => Promise<unknown>),
  ]);
  return Object.fromEntries(handlers) as HostHandlers<S>;
}
