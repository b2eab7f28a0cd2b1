import { lstat, mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { SCHEDULED_BACKUP_NAME } from '../../src-renderer/core/backup-schedule';
import type { BackupFileInfo } from '../../src-renderer/core/host-contract';
import { FileOpError, writeFileAtomic } from './files';

/**
 * Scheduled backups on disk. The host remembers ONE backup directory, set only through the folder
 * dialog (never from a path the renderer sends); the renderer names files in it, and only names of
 * the scheduled-backup pattern. Listing and deleting see regular files of that pattern only —
 * never a symlink, a folder, or a file a person put there under another name.
 */
export interface BackupDirectoryStore {
  get(): Promise<string | null>;
  set(directory: string): Promise<void>;
}

/** The choice, kept as JSON in the app's own data folder (userData). */
export function fileBackupDirectoryStore(settingsFile: string): BackupDirectoryStore {
  return {
    async get() {
      try {
        const value = (JSON.parse(await readFile(settingsFile, 'utf8')) as { directory?: unknown }).directory;
        return typeof value === 'string' && isAbsolute(value) ? value : null;
      } catch {
        return null;
      }
    },
    async set(directory) {
      await mkdir(dirname(settingsFile), { recursive: true });
      await writeFileAtomic(settingsFile, new TextEncoder().encode(JSON.stringify({ directory })));
    },
  };
}

/** The path of `name` in `directory`, after checking both: no separators, no escape from the folder. */
function pathIn(directory: string, name: string): string {
  if (!isAbsolute(directory) || !SCHEDULED_BACKUP_NAME.test(name) || basename(name) !== name) throw new FileOpError('bad-path');
  return join(directory, name);
}

async function checkDirectory(directory: string | null): Promise<string> {
  if (directory === null) throw new FileOpError('bad-path');
  const st = await stat(directory).catch(() => null);
  if (!st?.isDirectory()) throw new FileOpError('bad-path');
  return directory;
}

/** Where the scheduled backup `name` goes in the remembered folder (checked: the folder exists, the name is ours). */
export async function backupFilePath(directory: string | null, name: string): Promise<string> {
  return pathIn(await checkDirectory(directory), name);
}

export async function writeBackupFile(directory: string | null, name: string, bytes: Uint8Array): Promise<BackupFileInfo> {
  const path = await backupFilePath(directory, name);
  await writeFileAtomic(path, bytes);
  const st = await stat(path);
  return { name, bytes: st.size, modifiedAt: st.mtime.toISOString() };
}

export async function listBackupFiles(directory: string | null): Promise<BackupFileInfo[]> {
  const dir = await checkDirectory(directory);
  const files: BackupFileInfo[] = [];
  for (const name of await readdir(dir)) {
    if (!SCHEDULED_BACKUP_NAME.test(name)) continue;
    const st = await lstat(join(dir, name)).catch(() => null);
    if (st?.isFile()) files.push({ name, bytes: st.size, modifiedAt: st.mtime.toISOString() });
  }
  return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Deletes one of our backup files; false when it was not there (already rotated away). */
export async function deleteBackupFile(directory: string | null, name: string): Promise<boolean> {
  const path = pathIn(await checkDirectory(directory), name);
  const st = await lstat(path).catch(() => null);
  if (st === null) return false;
  if (!st.isFile()) throw new FileOpError('bad-path');
  await unlink(path);
  return true;
}
