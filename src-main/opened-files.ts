import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { OPENABLE_FILE_EXTENSIONS } from '../src-renderer/core/host-contract';

/**
 * Files the OS hands the app: a double-clicked exchange archive arrives on the command line (Windows, the
 * Linux desktop entry's `%U`, possibly as a file:// URL), in a second launch's argv (the single-instance lock
 * forwards it), or as macOS `open-file`. Only an absolute path to an openable file is kept; the page takes it
 * once through `takeOpenedFile` and never sees the path. Plain module: unit-tested without Electron.
 */

const EXTENSION = new RegExp(`\\.(${OPENABLE_FILE_EXTENSIONS.join('|')})$`, 'i');

export const openedFilePathSchema = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\0'), 'NUL in path')
  .refine((p) => isAbsolute(p), 'not absolute')
  .refine((p) => EXTENSION.test(p), 'not an openable file');

/** The argument as a file path (a `file://` URL converted), resolved against `cwd`; null when it is not one. */
function asPath(arg: string, cwd: string): string | null {
  if (/^file:\/\//i.test(arg)) {
    try {
      return fileURLToPath(arg);
    } catch {
      return null;
    }
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) return null; // any other URL scheme
  return resolve(cwd, arg);
}

/**
 * Openable files named on a command line, in order. Options (`--…`) are skipped, and so is everything that is
 * not an absolute `.age` path once resolved; argv[0] (the executable) never ends in `.age`.
 */
export function openedFilePathsFrom(argv: readonly string[], cwd: string): string[] {
  const found: string[] = [];
  for (const arg of argv) {
    if (arg.startsWith('-')) continue;
    const path = asPath(arg, cwd);
    if (path !== null && openedFilePathSchema.safeParse(path).success) found.push(path);
  }
  return found;
}

/** One waiting file: the last one handed over wins (a user double-clicking twice means the second). */
export interface OpenedFileSlot {
  /** Keeps the last valid path; returns whether one was kept. */
  offer(paths: readonly string[]): boolean;
  /** The waiting path, once; null when none. */
  take(): string | null;
}

export function createOpenedFileSlot(): OpenedFileSlot {
  let waiting: string | null = null;
  return {
    offer(paths) {
      const valid = paths.filter((p) => openedFilePathSchema.safeParse(p).success);
      if (valid.length === 0) return false;
      waiting = valid[valid.length - 1]!;
      return true;
    },
    take() {
      const path = waiting;
      waiting = null;
      return path;
    },
  };
}
