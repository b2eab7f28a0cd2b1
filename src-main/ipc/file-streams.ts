import { randomBytes } from 'node:crypto';
import { close, closeSync, constants, fsync, open as openFd, unlinkSync, write as writeFd } from 'node:fs';
import { open, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { promisify } from 'node:util';
import { basename } from 'node:path';
import type { BackupFileInfo } from '../../src-renderer/core/host-contract';
import { checkPath, FileOpError, prepareAtomicTarget, syncDirectory, toFileOpError } from './files';

/**
 * Files written and read a piece at a time (issue 18.5), so that neither main nor the page ever
 * holds a whole exchange file or backup. Each open file has a random handle, bound to the page that
 * opened it: another page's handle is unknown to it. Plain Node (tested without Electron).
 *
 * Writing follows the rule of `writeFileAtomic`: a temporary file beside the target ('wx', never a
 * reused name), pieces appended, then fsync, rename over the target and fsync the folder; an abort,
 * a failed write or a closed window removes the temporary file, so a crash or a cancel never leaves
 * half a file under the target's name.
 *
 * Reading keeps only the path: each piece opens, reads at its offset and closes, so a page that
 * forgets a file holds no descriptor. A file that stops being the regular file of the size it had
 * when picked is refused ('io-error'): age authenticates every chunk anyway, this only says it early.
 */

/** Files one page may write at once: an export and a scheduled backup side by side, with room. */
export const MAX_OPEN_WRITES = 4;
/** Picked files one page keeps for reading; the oldest is forgotten beyond this. */
export const MAX_OPEN_READS = 8;

/**
 * Files being written are plain descriptors, not FileHandles: the app's quit closes them synchronously
 * (`dropAllNow`), and a FileHandle closed under its feet would fail again when collected.
 */
const openForWrite = promisify(openFd);
const writeTo = promisify(writeFd);
const syncFile = promisify(fsync);
const closeFile = promisify(close);

interface WriteSession<S> {
  sender: S;
  fd: number;
  tmp: string;
  path: string;
  written: number;
  /** One piece at a time, in order: IPC calls from one page may still arrive while one is written. */
  busy: boolean;
}

interface ReadSession<S> {
  sender: S;
  path: string;
  size: number;
}

const newHandle = () => randomBytes(16).toString('hex');

export class FileStreams<S> {
  private readonly writes = new Map<string, WriteSession<S>>();
  private readonly reads = new Map<string, ReadSession<S>>();

  /** Starts writing `path` (the dialog's choice, or a backup-folder file): resolves the handle. */
  async beginWrite(sender: S, path: string): Promise<string> {
    checkPath(path);
    if ([...this.writes.values()].filter((w) => w.sender === sender).length >= MAX_OPEN_WRITES) throw new FileOpError('bad-request', 'too-many-writes');
    const { tmp, mode } = await prepareAtomicTarget(path);
    try {
      const fd = await openForWrite(tmp, 'wx', mode);
      const handle = newHandle();
      this.writes.set(handle, { sender, fd, tmp, path, written: 0, busy: false });
      return handle;
    } catch (error) {
      throw toFileOpError(error);
    }
  }

  async write(sender: S, handle: string, bytes: Uint8Array): Promise<number> {
    const session = this.writeSession(sender, handle);
    if (session.busy) throw new FileOpError('bad-request', 'write-in-progress');
    session.busy = true;
    try {
      let done = 0;
      while (done < bytes.byteLength) {
        const { bytesWritten } = await writeTo(session.fd, bytes, done, bytes.byteLength - done, null);
        done += bytesWritten;
      }
      session.written += done;
      return session.written;
    } catch (error) {
      // A full disk or a pulled stick: the half-written temporary file goes at once (unless an abort took it meanwhile).
      if (this.writes.get(handle) === session) await this.discard(handle, session);
      throw toFileOpError(error);
    } finally {
      session.busy = false;
    }
  }

  /** fsync, rename over the target, fsync the folder: the saved file's name, size and time. */
  async finish(sender: S, handle: string): Promise<BackupFileInfo> {
    const session = this.writeSession(sender, handle);
    if (session.busy) throw new FileOpError('bad-request', 'write-in-progress');
    this.writes.delete(handle);
    // Closed once only: a descriptor number closed twice may by then be another file's.
    let fdOpen = true;
    try {
      await syncFile(session.fd);
      fdOpen = false;
      await closeFile(session.fd);
      await rename(session.tmp, session.path);
    } catch (error) {
      if (fdOpen) await closeFile(session.fd).catch(() => undefined);
      await unlink(session.tmp).catch(() => undefined);
      throw toFileOpError(error);
    }
    await syncDirectory(session.path);
    const st = await stat(session.path);
    return { name: basename(session.path), bytes: st.size, modifiedAt: st.mtime.toISOString() };
  }

  /** Removes the temporary file; false when the handle is not (or no longer) this page's. */
  async abort(sender: S, handle: string): Promise<boolean> {
    const session = this.writes.get(handle);
    if (!session || session.sender !== sender) return false;
    await this.discard(handle, session);
    return true;
  }

  /** Remembers a picked file for reading by pieces. */
  async openRead(sender: S, path: string): Promise<{ handle: string; size: number }> {
    checkPath(path);
    const st = await stat(path).catch((error: unknown) => {
      throw toFileOpError(error);
    });
    if (!st.isFile()) throw new FileOpError('bad-path');
    const mine = [...this.reads.entries()].filter(([, r]) => r.sender === sender);
    if (mine.length >= MAX_OPEN_READS) this.reads.delete(mine[0]![0]);
    const handle = newHandle();
    this.reads.set(handle, { sender, path, size: st.size });
    return { handle, size: st.size };
  }

  async read(sender: S, handle: string, offset: number, length: number): Promise<Uint8Array> {
    const session = this.reads.get(handle);
    if (!session || session.sender !== sender) throw new FileOpError('bad-request', 'unknown-handle');
    if (offset >= session.size) return new Uint8Array(0);
    let file: FileHandle | undefined;
    try {
      // O_NONBLOCK: a FIFO swapped in under the name must not block main (no effect on regular files).
      file = await open(session.path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
      const st = await file.stat();
      if (!st.isFile() || st.size !== session.size) throw new FileOpError('io-error', 'changed');
      const bytes = new Uint8Array(Math.min(length, session.size - offset));
      let filled = 0;
      while (filled < bytes.byteLength) {
        const { bytesRead } = await file.read(bytes, filled, bytes.byteLength - filled, offset + filled);
        if (bytesRead === 0) throw new FileOpError('io-error', 'changed');
        filled += bytesRead;
      }
      return bytes;
    } catch (error) {
      throw toFileOpError(error);
    } finally {
      await file?.close().catch(() => undefined);
    }
  }

  closeRead(sender: S, handle: string): boolean {
    const session = this.reads.get(handle);
    if (!session || session.sender !== sender) return false;
    return this.reads.delete(handle);
  }

  /** A page that went away (closed, reloaded, crashed): its unfinished files are removed, its picks forgotten. */
  async dropSender(sender: S): Promise<void> {
    for (const [handle, session] of [...this.writes]) if (session.sender === sender) await this.discard(handle, session);
    for (const [handle, session] of [...this.reads]) if (session.sender === sender) this.reads.delete(handle);
  }

  /**
   * Every unfinished file of every page, at once (the app quits). Synchronous: Electron's `will-quit` does not
   * wait for promises, and an asynchronous unlink could lose the race with the exit.
   */
  dropAllNow(): void {
    for (const [handle, session] of [...this.writes]) {
      this.writes.delete(handle);
      try {
        closeSync(session.fd);
      } catch {
        // Already closed by a write that failed meanwhile.
      }
      try {
        unlinkSync(session.tmp);
      } catch {
        // Already gone.
      }
    }
    this.reads.clear();
  }

  private writeSession(sender: S, handle: string): WriteSession<S> {
    const session = this.writes.get(handle);
    if (!session || session.sender !== sender) throw new FileOpError('bad-request', 'unknown-handle');
    return session;
  }

  private async discard(handle: string, session: WriteSession<S>): Promise<void> {
    this.writes.delete(handle);
    await closeFile(session.fd).catch(() => undefined);
    await unlink(session.tmp).catch(() => undefined);
  }
}
