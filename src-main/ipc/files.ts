import { randomBytes } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { open, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join } from 'node:path';
import type { HostErrorCode } from '../../src-renderer/core/host-contract';

/**
 * File access of the host: read a file the user picked (with a size cap), write bytes atomically.
 * Plain Node so it is tested without Electron. Errors carry a host error code and the errno only,
 * never the path: paths name users and customers.
 */
export class FileOpError extends Error {
  constructor(
    readonly hostCode: HostErrorCode,
    readonly errno?: string,
  ) {
    super(errno ? `${hostCode} (${errno})` : hostCode);
    this.name = 'FileOpError';
  }
}

const BAD_PATH_ERRNOS = new Set(['ENOENT', 'ENOTDIR', 'EISDIR', 'ENAMETOOLONG', 'ELOOP', 'EINVAL']);

export function toFileOpError(error: unknown): FileOpError {
  if (error instanceof FileOpError) return error;
  const errno = (error as NodeJS.ErrnoException | undefined)?.code;
  return new FileOpError(errno && BAD_PATH_ERRNOS.has(errno) ? 'bad-path' : 'io-error', errno);
}

export function checkPath(path: unknown): asserts path is string {
  if (typeof path !== 'string' || path === '' || path.includes('\0') || !isAbsolute(path)) {
    throw new FileOpError('bad-path');
  }
}

/** Reads a regular file of at most `maxBytes` into a fresh, exactly sized buffer. */
export async function readFileCapped(path: string, maxBytes: number): Promise<Uint8Array> {
  checkPath(path);
  let handle: FileHandle | undefined;
  try {
    // stat before open: opening a FIFO or device could block or never end.
    checkReadable(await stat(path), maxBytes);
    // O_NONBLOCK guards against a swap to a FIFO between stat and open (no effect on regular files).
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const st = await handle.stat();
    checkReadable(st, maxBytes);
    // Our own ArrayBuffer, never a pooled Buffer slice: IPC would copy the whole pool to the renderer.
    const bytes = new Uint8Array(st.size);
    let filled = 0;
    while (filled < bytes.byteLength) {
      const { bytesRead } = await handle.read(bytes, filled, bytes.byteLength - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return filled === bytes.byteLength ? bytes : bytes.slice(0, filled);
  } catch (error) {
    throw toFileOpError(error);
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

function checkReadable(st: Stats, maxBytes: number): void {
  if (!st.isFile()) throw new FileOpError('bad-path');
  if (st.size > maxBytes) throw new FileOpError('file-too-large');
}

/**
 * Checks a file about to be replaced atomically and names its temporary file beside it (same folder, so
 * the rename stays on one file system): `path` is absolute, names a file in an existing folder, and is not
 * something else than a regular file. `mode` keeps an existing file's permissions.
 */
export async function prepareAtomicTarget(path: string): Promise<{ tmp: string; mode: number }> {
  checkPath(path);
  if (/[\\/]$/.test(path) || basename(path) === '') throw new FileOpError('bad-path');
  const dir = dirname(path);
  try {
    if (!(await stat(dir)).isDirectory()) throw new FileOpError('bad-path');
    const existing = await stat(path).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return null;
      throw e;
    });
    if (existing && !existing.isFile()) throw new FileOpError('bad-path');
    return { tmp: join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`), mode: existing ? existing.mode & 0o777 : 0o666 };
  } catch (error) {
    throw toFileOpError(error);
  }
}

/**
 * Replaces `path` with `bytes` so that a crash leaves either the old file or the new one, never half:
 * write a temp file beside it, fsync, rename over the target, fsync the folder.
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const { tmp, mode } = await prepareAtomicTarget(path);
  let handle: FileHandle | undefined;
  let created = false;
  try {
    // 'wx': never follow or reuse something that appeared under the temp name.
    handle = await open(tmp, 'wx', mode);
    created = true;
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(tmp, path);
    created = false;
    await syncDirectory(path);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    if (created) await unlink(tmp).catch(() => undefined);
    throw toFileOpError(error);
  }
}

/** Makes the rename of `path` durable on POSIX (syncs its folder); Windows cannot open a folder for syncing and needs no such step. */
export async function syncDirectory(path: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dirname(path), 'r');
    await handle.sync();
  } catch {
    // Not supported on this platform or file system; the data itself is already synced.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
