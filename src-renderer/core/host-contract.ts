import { z } from 'zod';
import { SCHEDULED_BACKUP_NAME } from './backup-schedule';

/**
 * The contract between the renderer and its host (Electron main process, or the browser).
 * Shared by src-main (which validates every IPC argument with these schemas) and
 * src-renderer/host (which implements it twice). Plain data only: everything here crosses IPC.
 */
export const IPC_CHANNELS = {
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
} as const;

/**
 * Messages the host sends to the page (never the other way). They carry nothing: the page answers by
 * calling the matching method (`fileOpened` → `takeOpenedFile`), so every byte still crosses a validated call.
 */
export const HOST_EVENTS = {
  /** The OS handed the app a file (a double-clicked exchange archive) while it was running. */
  fileOpened: 'host:file-opened',
} as const;

/** What a double-click may hand over: exchange archives (docs/archive-format.md, electron-builder.yml). */
export const OPENABLE_FILE_EXTENSIONS = ['age'] as const;

/** Largest file the host reads into memory unless a caller asks for less. */
export const MAX_OPEN_FILE_BYTES = 1024 * 1024 * 1024;
/** Largest file the host writes in one call. */
export const MAX_SAVE_FILE_BYTES = 1024 * 1024 * 1024;

const fileFilterSchema = z.object({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[a-z0-9*]{1,10}$/i))
    .min(1)
    .max(20),
});
export type FileFilter = z.infer<typeof fileFilterSchema>;

export const openFileRequestSchema = z
  .object({
    title: z.string().max(200).optional(),
    filters: z.array(fileFilterSchema).max(10).optional(),
    maxBytes: z.number().int().positive().max(MAX_OPEN_FILE_BYTES).optional(),
  })
  .strict();
export type OpenFileRequest = z.infer<typeof openFileRequestSchema>;

/**
 * A file name the user is offered when saving: no folders, no reserved names, no control characters.
 * The user picks the folder in the save dialog; nothing in the renderer names a path.
 */
export const safeFileNameSchema = z
  .string()
  .min(1)
  .max(200)
  // eslint-disable-next-line no-control-regex
  .refine((n) => !/[\u0000-\u001f<>:"/\\|?*]/.test(n), 'host.badFileName')
  .refine((n) => n.trim() === n && !/^\.+$/.test(n) && !n.endsWith('.'), 'host.badFileName')
  .refine((n) => !/^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(n), 'host.badFileName');

export const saveFileRequestSchema = z
  .object({
    suggestedName: safeFileNameSchema,
    bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_SAVE_FILE_BYTES, 'host.fileTooLarge'),
    filters: z.array(fileFilterSchema).max(10).optional(),
    title: z.string().max(200).optional(),
  })
  .strict();
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;

export const printToPdfRequestSchema = z
  .object({
    landscape: z.boolean().optional(),
    pageSize: z.enum(['A4', 'A3']).optional(),
  })
  .strict();
export type PrintToPdfRequest = z.infer<typeof printToPdfRequestSchema>;

/**
 * Scheduled backups: the host keeps ONE backup directory, chosen by the user in a folder dialog;
 * the renderer never names a path — only a file name of the scheduled-backup pattern inside it.
 */
export const backupFileNameSchema = z.string().max(200).regex(SCHEDULED_BACKUP_NAME, 'host.badFileName');

export const backupWriteRequestSchema = z
  .object({
    name: backupFileNameSchema,
    bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_SAVE_FILE_BYTES, 'host.fileTooLarge'),
  })
  .strict();
export type BackupWriteRequest = z.infer<typeof backupWriteRequestSchema>;

export const backupDeleteRequestSchema = z.object({ name: backupFileNameSchema }).strict();

/** A scheduled backup in the backup directory. */
export interface BackupFileInfo {
  name: string;
  bytes: number;
  modifiedAt: string;
}

export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

export type SaveResult = { saved: true; name: string } | { saved: false };

export interface AppInfo {
  name: string;
  version: string;
  shell: 'electron' | 'browser';
  platform: string;
  versions: Record<string, string>;
  /** Where the database lives, as the user would look for it (Electron: the profile folder). */
  dataLocation: string;
}

/** Error codes a host call can fail with; the UI shows each as a sentence in the user's language. */
export const HOST_ERROR_CODES = ['file-too-large', 'bad-request', 'bad-path', 'io-error', 'unsupported', 'untrusted-sender'] as const;
export type HostErrorCode = (typeof HOST_ERROR_CODES)[number];

/** What crosses IPC: a result or a coded failure, never a thrown stack trace. */
export type HostResult<T> = { ok: true; value: T } | { ok: false; code: HostErrorCode; detail?: string };

/** `window.host` as the Electron preload exposes it. */
export interface ElectronHostApi {
  openFile(request: OpenFileRequest): Promise<HostResult<OpenedFile | null>>;
  saveFile(request: SaveFileRequest): Promise<HostResult<SaveResult>>;
  print(): Promise<HostResult<boolean>>;
  printToPdf(request: PrintToPdfRequest): Promise<HostResult<Uint8Array>>;
  appInfo(): Promise<HostResult<AppInfo>>;
  /** Folder dialog; the host remembers the choice. Resolves the folder (to show), or null when cancelled. */
  backupDirectoryChoose(): Promise<HostResult<string | null>>;
  /** The remembered backup folder, or null when none was chosen. */
  backupDirectory(): Promise<HostResult<string | null>>;
  backupWrite(request: BackupWriteRequest): Promise<HostResult<BackupFileInfo>>;
  /** Our scheduled-backup files in the backup folder (other files are not listed). */
  backupList(): Promise<HostResult<BackupFileInfo[]>>;
  backupDelete(request: { name: string }): Promise<HostResult<boolean>>;
  /**
   * The file the OS handed the app (command line, a second launch, macOS open-file), read by the host and
   * handed over once; null when none is waiting. The page never sees its path.
   */
  takeOpenedFile(): Promise<HostResult<OpenedFile | null>>;
  /** Calls `listener` (with no arguments) whenever a file is waiting; returns the unsubscribe. */
  onFileOpened(listener: () => void): () => void;
}
