import { z } from 'zod';
import { mayOpenWithProgram } from './attachments/open-with-program';
import { SCHEDULED_BACKUP_NAME } from './backup-schedule';

/**
 * The contract between the renderer and its host (Electron main process, or the browser).
 * Shared by src-main (which validates every IPC argument with these schemas) and
 * src-renderer/host (which implements it twice and validates every reply from main). Plain data only:
 * everything here crosses IPC. The methods themselves are declared once, in HOST_METHODS below.
 */

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

/**
 * Largest file the host reads into memory unless a caller asks for less — the same in the browser host and
 * in main (issue 14.13). The import and the restore read the whole file into the renderer: the full
 * institute's exchange file (10,000 customers, 682,164 records) measured 63 MB, its backup (with the change
 * log) ≈ 75 MB. 256 MiB is 3.4 × that: years of growth, and no 1 GiB buffer for anyone to hand the renderer.
 */
export const MAX_OPEN_FILE_BYTES = 256 * 1024 * 1024;
/**
 * Largest file the host writes in one call: no larger than what it reads back. A backup or an export the
 * app could not open again would be a file that only looks safe; it is refused when saved, with the same
 * message, while the data is still here.
 */
export const MAX_SAVE_FILE_BYTES = MAX_OPEN_FILE_BYTES;

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

/**
 * Big files cross IPC a piece at a time (issue 18.5: exchange files and backups with gigabytes of
 * attachments): a save is begun (the dialog, or a scheduled-backup name in the backup folder), written
 * piece by piece into a temporary file beside the target and finished (fsync, rename: a crash leaves the old
 * file or the new one) or aborted (the temporary file removed); a file to read is picked once and read
 * by (offset, length). Neither side holds more than a piece. `handle` is the host's random name for one
 * such file; the path never crosses.
 */
export const FILE_PIECE_BYTES = 8 * 1024 * 1024;
const streamHandleSchema = z.string().regex(/^[0-9a-f]{32}$/, 'host.badHandle');
const pieceSchema = z.instanceof(Uint8Array).refine((b) => b.byteLength > 0 && b.byteLength <= FILE_PIECE_BYTES, 'host.badPiece');

export const saveStreamRequestSchema = z.discriminatedUnion('target', [
  z
    .object({
      target: z.literal('dialog'),
      suggestedName: safeFileNameSchema,
      filters: z.array(fileFilterSchema).max(10).optional(),
      title: z.string().max(200).optional(),
    })
    .strict(),
  z.object({ target: z.literal('backup-directory'), name: backupFileNameSchema }).strict(),
]);
export type SaveStreamRequest = z.infer<typeof saveStreamRequestSchema>;
export const saveStreamStartedSchema = z.object({ handle: streamHandleSchema, name: z.string() });
export type SaveStreamStarted = z.infer<typeof saveStreamStartedSchema>;
export const streamPieceRequestSchema = z.object({ handle: streamHandleSchema, bytes: pieceSchema }).strict();
export const streamHandleRequestSchema = z.object({ handle: streamHandleSchema }).strict();

export const readStreamRequestSchema = z
  .object({
    title: z.string().max(200).optional(),
    filters: z.array(fileFilterSchema).max(10).optional(),
  })
  .strict();
export type ReadStreamRequest = z.infer<typeof readStreamRequestSchema>;
/** A picked file, open for reading by pieces: its name (never its path) and size. */
export const readStreamOpenedSchema = z.object({ handle: streamHandleSchema, name: z.string(), size: z.number().int().nonnegative() });
export type ReadStreamOpened = z.infer<typeof readStreamOpenedSchema>;
export const readPieceRequestSchema = z
  .object({
    handle: streamHandleSchema,
    offset: z.number().int().nonnegative(),
    length: z.number().int().positive().max(FILE_PIECE_BYTES),
  })
  .strict();

/**
 * 用系统程序打开 (issue 18.3): a file handed to the system's program through a temporary copy main writes in
 * its own folder. Only the allow-listed document, image and archive types (core/attachments/open-with-program.ts).
 */
export const openWithProgramRequestSchema = z
  .object({
    name: safeFileNameSchema.refine(mayOpenWithProgram, 'host.forbiddenFileType'),
    bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_SAVE_FILE_BYTES, 'host.fileTooLarge'),
  })
  .strict();
export type OpenWithProgramRequest = z.infer<typeof openWithProgramRequestSchema>;

/** The installation's secret keys as JSON (core/key-wrap.ts): two short strings, far under this. */
export const MAX_SECRET_TEXT_CHARS = 4096;
/** What the OS key store makes of such a text (a small overhead on top). */
export const MAX_SEALED_SECRET_BYTES = 16 * 1024;

// Any Uint8Array, as the reply types always said (z.instanceof would narrow the type to an ArrayBuffer-backed one).
const bytesSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'bytes expected');

/** A scheduled backup in the backup directory. */
export const backupFileInfoSchema = z.object({ name: z.string(), bytes: z.number().int().nonnegative(), modifiedAt: z.string() });
export type BackupFileInfo = z.infer<typeof backupFileInfoSchema>;

export const openedFileSchema = z.object({ name: z.string(), bytes: bytesSchema });
export type OpenedFile = z.infer<typeof openedFileSchema>;

export const saveResultSchema = z.discriminatedUnion('saved', [z.object({ saved: z.literal(true), name: z.string() }), z.object({ saved: z.literal(false) })]);
export type SaveResult = z.infer<typeof saveResultSchema>;

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  shell: z.enum(['electron', 'browser']),
  platform: z.string(),
  versions: z.record(z.string(), z.string()),
  /** Where the database lives, as the user would look for it (Electron: the profile folder). */
  dataLocation: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

/** Error codes a host call can fail with; the UI shows each as a sentence in the user's language. */
export const HOST_ERROR_CODES = ['file-too-large', 'bad-request', 'bad-path', 'io-error', 'unsupported', 'untrusted-sender'] as const;
export type HostErrorCode = (typeof HOST_ERROR_CODES)[number];

/** What crosses IPC: a result or a coded failure, never a thrown stack trace. */
export type HostResult<T> = { ok: true; value: T } | { ok: false; code: HostErrorCode; detail?: string };

/** The envelope of one reply, for the renderer to check what main sent before using it. */
export function hostResultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), code: z.enum(HOST_ERROR_CODES), detail: z.string().optional() }),
  ]);
}

function hostMethod<C extends string, A extends z.ZodTuple, R extends z.ZodType>(channel: C, args: A, reply: R) {
  return { channel, args, reply };
}

/**
 * THE host API, written once: every method the renderer may ask of main, with its IPC channel, its arguments
 * (a tuple schema main checks) and its reply (a schema the renderer checks). Derived from it: IPC_CHANNELS,
 * `window.host` (ElectronHostApi, src-main/preload-api.ts), main's handler map (src-main/ipc/handlers.ts) and
 * the renderer's HostBridge (host/bridge.ts, which keeps the features' names for four of them).
 */
export const HOST_METHODS = {
  /** Open dialog; the picked file's name and bytes, or null when cancelled. Over the size cap: 'file-too-large'. */
  openFile: hostMethod('host:open-file', z.tuple([openFileRequestSchema]), openedFileSchema.nullable()),
  saveFile: hostMethod('host:save-file', z.tuple([saveFileRequestSchema]), saveResultSchema),
  /** The system print dialog for the sender's page: whether it printed (false = cancelled). */
  print: hostMethod('host:print', z.tuple([]), z.boolean()),
  printToPdf: hostMethod('host:print-to-pdf', z.tuple([printToPdfRequestSchema]), bytesSchema),
  appInfo: hostMethod('host:app-info', z.tuple([]), appInfoSchema),
  /** Folder dialog; the host remembers the choice. Resolves the folder (to show), or null when cancelled. */
  backupDirectoryChoose: hostMethod('host:backup-directory-choose', z.tuple([]), z.string().nullable()),
  /** The remembered backup folder, or null when none was chosen. */
  backupDirectory: hostMethod('host:backup-directory', z.tuple([]), z.string().nullable()),
  backupWrite: hostMethod('host:backup-write', z.tuple([backupWriteRequestSchema]), backupFileInfoSchema),
  /** Our scheduled-backup files in the backup folder (other files are not listed). */
  backupList: hostMethod('host:backup-list', z.tuple([]), z.array(backupFileInfoSchema)),
  /** Whether the file was there to delete (false: already rotated away). */
  backupDelete: hostMethod('host:backup-delete', z.tuple([backupDeleteRequestSchema]), z.boolean()),
  /**
   * The file the OS handed the app (command line, a second launch, macOS open-file), handed over once as a
   * file to read by pieces (`readStreamPiece`, like one picked with `readStreamOpen`); null when none is
   * waiting. The page never sees its path.
   */
  takeOpenedFile: hostMethod('host:take-opened-file', z.tuple([]), readStreamOpenedSchema.nullable()),
  /**
   * Whether the OS key store can seal secrets for this user (Electron `safeStorage`, not its Linux
   * `basic_text` fallback, whose key is a constant). False: the keys are sealed with a passphrase instead.
   */
  secretStorageAvailable: hostMethod('host:secret-storage-available', z.tuple([]), z.boolean()),
  /** Seals a short text with the OS key store ('unsupported' when it is not available). */
  protectSecret: hostMethod('host:protect-secret', z.tuple([z.string().min(1).max(MAX_SECRET_TEXT_CHARS)]), bytesSchema),
  /** Opens what protectSecret sealed, on the same OS account; 'io-error' when it cannot. */
  unprotectSecret: hostMethod(
    'host:unprotect-secret',
    z.tuple([z.instanceof(Uint8Array).refine((b) => b.byteLength > 0 && b.byteLength <= MAX_SEALED_SECRET_BYTES, 'host.badSecret')]),
    z.string().max(MAX_SECRET_TEXT_CHARS),
  ),
  /** Save dialog (or the backup folder's file `name`), then a temporary file beside the target; null when cancelled. */
  saveStreamBegin: hostMethod('host:save-stream-begin', z.tuple([saveStreamRequestSchema]), saveStreamStartedSchema.nullable()),
  /** Appends one piece; resolves the bytes written so far. */
  saveStreamWrite: hostMethod('host:save-stream-write', z.tuple([streamPieceRequestSchema]), z.number().int().nonnegative()),
  /** fsync, rename over the target, fsync the folder: the file as saved. */
  saveStreamFinish: hostMethod('host:save-stream-finish', z.tuple([streamHandleRequestSchema]), backupFileInfoSchema),
  /** Removes the temporary file; false when the handle was already gone. */
  saveStreamAbort: hostMethod('host:save-stream-abort', z.tuple([streamHandleRequestSchema]), z.boolean()),
  /** Open dialog; the picked file to read by pieces, or null when cancelled. */
  readStreamOpen: hostMethod('host:read-stream-open', z.tuple([readStreamRequestSchema]), readStreamOpenedSchema.nullable()),
  /** Up to `length` bytes from `offset` (fewer only at the end of the file). */
  readStreamPiece: hostMethod('host:read-stream-piece', z.tuple([readPieceRequestSchema]), bytesSchema),
  /** Forgets the picked file; false when it was already forgotten. */
  readStreamClose: hostMethod('host:read-stream-close', z.tuple([streamHandleRequestSchema]), z.boolean()),
  /**
   * Writes the bytes to a temporary copy in the app's own folder and has the system's program open it
   * (Electron only; the copies are removed when the app quits). Resolves once the program was asked.
   */
  openWithProgram: hostMethod('host:open-with-program', z.tuple([openWithProgramRequestSchema]), z.null()),
};

export type HostMethodName = keyof typeof HOST_METHODS;
export const HOST_METHOD_NAMES = Object.keys(HOST_METHODS) as HostMethodName[];
type Method<K extends HostMethodName> = (typeof HOST_METHODS)[K];
// Looked up in whole maps (not computed per K) so that, for a generic K, TypeScript still sees a tuple or a value.
type ArgsMap = { [K in HostMethodName]: z.input<Method<K>['args']> };
type ParsedArgsMap = { [K in HostMethodName]: z.output<Method<K>['args']> };
type ReplyMap = { [K in HostMethodName]: z.output<Method<K>['reply']> };
/** What a caller passes to a method (the argument tuple, before main parses it). */
export type HostArgs<K extends HostMethodName> = ArgsMap[K];
/** The arguments as main's handler gets them, parsed. */
export type HostParsedArgs<K extends HostMethodName> = ParsedArgsMap[K];
/** What a method resolves to when it succeeds. */
export type HostReply<K extends HostMethodName> = ReplyMap[K];
export type HostChannel<K extends HostMethodName = HostMethodName> = Method<K>['channel'];

/** Method name → IPC channel. */
export const IPC_CHANNELS = Object.fromEntries(HOST_METHOD_NAMES.map((name) => [name, HOST_METHODS[name].channel])) as {
  readonly [K in HostMethodName]: HostChannel<K>;
};

/** `onFileOpened(listener)` for the event `fileOpened`: calls the listener (with no arguments); returns the unsubscribe. */
export type HostEventSubscriptions = {
  [E in keyof typeof HOST_EVENTS as `on${Capitalize<E>}`]: (listener: () => void) => () => void;
};

/** `window.host` as the Electron preload exposes it: every method as one invoke, answering main's HostResult. */
export type ElectronHostApi = { [K in HostMethodName]: (...args: HostArgs<K>) => Promise<HostResult<HostReply<K>>> } & HostEventSubscriptions;
