import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createReadStream, unlinkSync } from 'node:fs';
import { lstat, open, readdir, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import type { Socket } from 'node:net';
import { basename, dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { CliError, clean } from './errors';

/**
 * File access of the CLI. Outputs are never left half-written: they go to a temp file beside the
 * target, are fsynced and renamed only when complete (an archive, a verified plaintext). The CLI
 * does not reuse src-main/ipc/files.ts: that one takes whole byte arrays, and archives stream.
 */

/** Streams a file for the archive reader, so a 500,000-record archive never sits in memory. */
export async function openInput(path: string): Promise<ReadableStream<Uint8Array>> {
  const st = await stat(path);
  // A FIFO is allowed (e.g. `<(cat file)`); a folder or device is not.
  if (!st.isFile() && !st.isFIFO()) throw new CliError(`${clean(path)} is not a file`);
  return Readable.toWeb(createReadStream(path, { highWaterMark: 64 * 1024 })) as ReadableStream<Uint8Array>;
}

/** A small text file (key, passphrase), capped: a key file is never megabytes. */
export async function readSmallText(path: string, what: string, maxBytes = 64 * 1024): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(maxBytes + 1);
    let filled = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
      if (filled > maxBytes) throw new CliError(`${what} ${clean(path)} is too large to be one`);
    }
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, filled));
    } catch {
      throw new CliError(`${what} ${clean(path)} is not UTF-8 text`);
    }
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Outputs never replace an existing file: a typo must not overwrite a key or an archive. */
export async function ensureAbsent(path: string): Promise<void> {
  const existing = await lstat(path).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return null;
    throw e;
  });
  if (existing) throw new CliError(`${clean(path)} already exists: remove it or choose another name`);
}

/** Temp files in progress, removed if the user presses Ctrl+C. */
const pending = new Set<string>();
let signalsHooked = false;

function hookSignals(): void {
  if (signalsHooked) return;
  signalsHooked = true;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      for (const tmp of pending) {
        try {
          unlinkSync(tmp);
        } catch {
          // already gone
        }
      }
      process.stderr.write('error: interrupted (已中断)\n');
      process.exit(130);
    });
  }
}

/**
 * Nothing of ours runs on SIGKILL, and a half-written unpack is plaintext of the file's
 * classification. So each temp file gets a janitor: a small detached Node process holding the
 * read end of a pipe from us. The pipe ends when we do, however we end (the kernel closes it even
 * on SIGKILL); the janitor then removes the temp path. After a commit that path no longer exists
 * (it was renamed), after a discard it is gone already: the janitor needs no word from us, so a kill
 * between any two of our steps cannot mislead it. Detached: a kill of our process group spares it.
 */
const JANITOR = `process.stdin.on('data', () => {}).on('close', () => { try { require('fs').unlinkSync(process.argv[1]); } catch {} });`;

function startJanitor(tmp: string): void {
  const janitor = spawn(process.execPath, ['-e', JANITOR, tmp], { stdio: ['pipe', 'ignore', 'ignore'], detached: true, windowsHide: true });
  // Neither the process nor our end of its pipe keeps this run alive; our end closes when we exit.
  janitor.on('error', () => undefined);
  janitor.stdin?.on('error', () => undefined);
  janitor.unref();
  // A pipe to a child is a net.Socket, which can be unref'd; the typings call it only a Writable.
  (janitor.stdin as Socket | null)?.unref();
}

/**
 * Temp files are named `.<name>.airgap-<pid>-<random>.tmp`: the pid says whose they are. A signal
 * removes them (above), a SIGKILL leaves them to the janitor; a power cut (or a janitor killed too)
 * leaves them behind. So each run first removes, in the folder it writes to, the temp files of ours
 * whose process is gone.
 */
const TEMP_NAME = /^\..+\.airgap-(\d+)-[0-9a-f]{12}\.tmp$/;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: a process of another user holds that pid — alive, not ours to judge.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes our temp files left in `dir` by a run that was killed; returns their names. */
export async function removeStaleTemps(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const match = TEMP_NAME.exec(name);
    if (!match || Number(match[1]) === process.pid || alive(Number(match[1]))) continue;
    const path = join(dir, name);
    const st = await lstat(path).catch(() => null);
    // Only plain files: never follow a link someone put there under our pattern.
    if (!st?.isFile()) continue;
    await unlink(path).catch(() => undefined);
    removed.push(name);
  }
  return removed;
}

/** An output file written to `.<name>.airgap-<pid>-<random>.tmp`, then synced and renamed — or removed. */
export class AtomicFile {
  private constructor(
    readonly path: string,
    private readonly tmp: string,
    private handle: FileHandle | null,
  ) {}

  static async create(path: string, mode: number): Promise<AtomicFile> {
    await ensureAbsent(path);
    await removeStaleTemps(dirname(path));
    const tmp = join(dirname(path), `.${basename(path)}.airgap-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
    hookSignals();
    // Before the file exists: a kill right after the open still finds the janitor watching.
    startJanitor(tmp);
    // 'wx': never follow or reuse something already under the temp name. Errors name the target,
    // not the temp file the user never asked for.
    const handle = await open(tmp, 'wx', mode).catch((e: NodeJS.ErrnoException) => {
      throw Object.assign(e, { path, syscall: 'write' });
    });
    pending.add(tmp);
    return new AtomicFile(path, tmp, handle);
  }

  async write(bytes: Uint8Array | string): Promise<void> {
    if (!this.handle) throw new Error('write after close');
    // writeFile on a handle appends at the current position and loops over partial writes.
    await this.handle.writeFile(bytes);
  }

  async commit(): Promise<void> {
    const handle = this.handle!;
    this.handle = null;
    await handle.sync();
    await handle.close();
    // Checked again: the target may have appeared while we worked (rename would replace it).
    await ensureAbsent(this.path);
    await rename(this.tmp, this.path);
    pending.delete(this.tmp);
    await syncFolder(dirname(this.path));
  }

  async discard(): Promise<void> {
    await this.handle?.close().catch(() => undefined);
    this.handle = null;
    await unlink(this.tmp).catch(() => undefined);
    pending.delete(this.tmp);
  }
}

/** Writes a whole small file that must not exist yet (keys), synced before returning. */
export async function writeNewFile(path: string, text: string, mode: number): Promise<void> {
  const handle = await open(path, 'wx', mode);
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes the rename durable on POSIX; some file systems cannot sync a folder, which is harmless. */
async function syncFolder(dir: string): Promise<void> {
  const handle = await open(dir, 'r').catch(() => null);
  await handle?.sync().catch(() => undefined);
  await handle?.close().catch(() => undefined);
}
