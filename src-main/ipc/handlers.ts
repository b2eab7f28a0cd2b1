import { basename } from 'node:path';
import { z } from 'zod';
import {
  backupDeleteRequestSchema,
  backupWriteRequestSchema,
  IPC_CHANNELS,
  MAX_OPEN_FILE_BYTES,
  openFileRequestSchema,
  printToPdfRequestSchema,
  saveFileRequestSchema,
  type AppInfo,
  type FileFilter,
  type HostErrorCode,
  type HostResult,
  type OpenedFile,
  type SaveResult,
} from '../../src-renderer/core/host-contract';
import type { SenderFrame } from '../security';
import { deleteBackupFile, listBackupFiles, writeBackupFile, type BackupDirectoryStore } from './backup-directory';
import { FileOpError, readFileCapped, writeFileAtomic } from './files';

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
  readFile?: (path: string, maxBytes: number) => Promise<Uint8Array>;
  writeFile?: (path: string, bytes: Uint8Array) => Promise<void>;
  /** Receives channel names and error codes only: no paths, no file contents, no arguments. */
  log?: (message: string) => void;
}

export type HostChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS];
export type HostHandler<S> = (call: IpcCall<S>) => Promise<HostResult<unknown>>;

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

export function createHostHandlers<S>(deps: HostDeps<S>): Record<HostChannel, HostHandler<S>> {
  const log = deps.log ?? (() => undefined);
  const readFile = deps.readFile ?? readFileCapped;
  const writeFile = deps.writeFile ?? writeFileAtomic;

  function handler<A extends z.ZodType<unknown[]>, T>(channel: HostChannel, argsSchema: A, run: (args: z.infer<A>, sender: S) => Promise<T>): HostHandler<S> {
    return async (call) => {
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

  return {
    [IPC_CHANNELS.openFile]: handler(IPC_CHANNELS.openFile, z.tuple([openFileRequestSchema]), async ([request], sender): Promise<OpenedFile | null> => {
      const path = await deps.showOpenDialog(sender, { title: request.title, filters: request.filters });
      if (path === null) return null;
      const bytes = await readFile(path, request.maxBytes ?? MAX_OPEN_FILE_BYTES);
      return { name: basename(path), bytes };
    }),
    [IPC_CHANNELS.saveFile]: handler(IPC_CHANNELS.saveFile, z.tuple([saveFileRequestSchema]), async ([request], sender): Promise<SaveResult> => {
      const path = await deps.showSaveDialog(sender, {
        title: request.title,
        filters: request.filters,
        defaultPath: request.suggestedName,
      });
      if (path === null) return { saved: false };
      await writeFile(path, request.bytes);
      return { saved: true, name: basename(path) };
    }),
    [IPC_CHANNELS.print]: handler(IPC_CHANNELS.print, z.tuple([]), async (_args, sender) => deps.print(sender)),
    [IPC_CHANNELS.printToPdf]: handler(IPC_CHANNELS.printToPdf, z.tuple([printToPdfRequestSchema]), async ([request], sender) =>
      deps.printToPdf(sender, {
        pageSize: request.pageSize ?? 'A4',
        landscape: request.landscape ?? false,
        printBackground: true,
        preferCSSPageSize: true,
      }),
    ),
    [IPC_CHANNELS.appInfo]: handler(IPC_CHANNELS.appInfo, z.tuple([]), async () => deps.appInfo()),
    [IPC_CHANNELS.backupDirectoryChoose]: handler(IPC_CHANNELS.backupDirectoryChoose, z.tuple([]), async (_args, sender) => {
      const directory = await deps.showDirectoryDialog(sender, {});
      if (directory === null) return null;
      await deps.backupDirectory.set(directory);
      return directory;
    }),
    [IPC_CHANNELS.backupDirectory]: handler(IPC_CHANNELS.backupDirectory, z.tuple([]), async () => deps.backupDirectory.get()),
    [IPC_CHANNELS.backupWrite]: handler(IPC_CHANNELS.backupWrite, z.tuple([backupWriteRequestSchema]), async ([request]) =>
      writeBackupFile(await deps.backupDirectory.get(), request.name, request.bytes),
    ),
    [IPC_CHANNELS.backupList]: handler(IPC_CHANNELS.backupList, z.tuple([]), async () => listBackupFiles(await deps.backupDirectory.get())),
    [IPC_CHANNELS.backupDelete]: handler(IPC_CHANNELS.backupDelete, z.tuple([backupDeleteRequestSchema]), async ([request]) =>
      deleteBackupFile(await deps.backupDirectory.get(), request.name),
    ),
    // Taken before reading: a file that cannot be read is reported once, not offered again.
    [IPC_CHANNELS.takeOpenedFile]: handler(IPC_CHANNELS.takeOpenedFile, z.tuple([]), async (): Promise<OpenedFile | null> => {
      const path = deps.openedFiles.take();
      if (path === null) return null;
      return { name: basename(path), bytes: await readFile(path, MAX_OPEN_FILE_BYTES) };
    }),
  };
}
