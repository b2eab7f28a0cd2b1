import { randomBytes } from 'node:crypto';
import { lstatSync, readdirSync, rmdirSync, rmSync } from 'node:fs';
import { chmod, lstat, mkdir, open, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { mayOpenWithProgram } from '../../src-renderer/core/attachments/open-with-program';
import { safeFileNameSchema } from '../../src-renderer/core/host-contract';
import { FileOpError } from './files';

/**
 * 用系统程序打开 (issue 18.3): an attachment handed to the system's program. The bytes become a temporary
 * copy under `<userData>/open-temp/<random>/<file name>` (folders 0o700, the file 0o600, never executable),
 * then the system opens it (Electron `shell.openPath`, injected). The copies are removed when the app quits
 * and, for a crash's leftovers, at the next start (`clearOpenTemp`). Plain Node, tested without Electron.
 */

export const OPEN_TEMP_FOLDER = 'open-temp';

/** The one folder the temporary copies go to. */
export function openTempRoot(userData: string): string {
  return join(userData, OPEN_TEMP_FOLDER);
}

export interface OpenTempDeps {
  /** `openTempRoot(userData)`: absolute. */
  root: string;
  /** Asks the system to open the file with its program; resolves an error text, '' when it was opened. */
  openPath(path: string): Promise<string>;
}

/**
 * Writes `bytes` as `name` in a fresh private sub-folder of `root`; resolves the file's path. Refuses
 * (again: the contract's schema already did) a name that is not a plain file name of an allowed type.
 */
export async function writeOpenTempFile(root: string, name: string, bytes: Uint8Array): Promise<string> {
  if (!safeFileNameSchema.safeParse(name).success || basename(name) !== name) throw new FileOpError('bad-request', 'file-name');
  if (!mayOpenWithProgram(name)) throw new FileOpError('bad-request', 'file-type');
  if (!isAbsolute(root)) throw new FileOpError('bad-path');
  let folder: string | undefined;
  let handle: FileHandle | undefined;
  try {
    await mkdir(root, { recursive: true, mode: 0o700 });
    // Our folder, not a link to somewhere else: the copies are written only where they are later removed.
    if (!(await lstat(root)).isDirectory()) throw new FileOpError('bad-path');
    await chmod(root, 0o700);
    folder = join(root, randomBytes(16).toString('hex'));
    // Not recursive: a folder of that name already there is an error, never reused.
    await mkdir(folder, { mode: 0o700 });
    const path = join(folder, name);
    if (dirname(path) !== folder) throw new FileOpError('bad-request', 'file-name');
    // 'wx': a new file only; 0o600: readable by this user, never executable.
    handle = await open(path, 'wx', 0o600);
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
    return path;
  } catch (error) {
    await handle?.close().catch(() => undefined);
    if (folder) await rm(folder, { recursive: true, force: true }).catch(() => undefined);
    if (error instanceof FileOpError) throw error;
    throw new FileOpError('io-error', (error as NodeJS.ErrnoException | undefined)?.code);
  }
}

/** The temporary copy written and handed to the system's program; its refusal is 'io-error' (`open-failed`). */
export async function openWithProgram(deps: OpenTempDeps, name: string, bytes: Uint8Array): Promise<null> {
  const path = await writeOpenTempFile(deps.root, name, bytes);
  let problem: string;
  try {
    problem = await deps.openPath(path);
  } catch {
    problem = 'threw';
  }
  if (problem !== '') {
    // No program has it: the copy goes now, not at quit. The system's text may name the path: not passed on.
    await rm(dirname(path), { recursive: true, force: true }).catch(() => undefined);
    throw new FileOpError('io-error', 'open-failed');
  }
  return null;
}

/**
 * Removes every temporary copy under `root` (at quit, and at start for a crash's leftovers). Synchronous, as
 * Electron's `will-quit` does not wait for promises. A copy still held open by its program (Windows refuses to
 * delete it) is left for the next start. A link or file where the folder should be is removed, never followed.
 */
export function clearOpenTemp(root: string, remove: (path: string) => void = removeTree): { removed: number; left: number } {
  const result = { removed: 0, left: 0 };
  try {
    if (!lstatSync(root).isDirectory()) {
      remove(root);
      return result;
    }
  } catch {
    return result; // nothing there (or not ours to read)
  }
  for (const entry of readdirSync(root)) {
    try {
      remove(join(root, entry));
      result.removed += 1;
    } catch {
      result.left += 1;
    }
  }
  if (result.left === 0) {
    try {
      rmdirSync(root);
    } catch {
      // Something appeared meanwhile: the next clearing takes it.
    }
  }
  return result;
}

function removeTree(path: string): void {
  // rm never follows a link: a link inside is removed as a link.
  rmSync(path, { recursive: true, force: true });
}
