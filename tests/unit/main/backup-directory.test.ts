import { mkdtemp, readdir, rm, symlink, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../../src-renderer/core/host-contract';
import { deleteBackupFile, fileBackupDirectoryStore, listBackupFiles, writeBackupFile } from '../../../src-main/ipc/backup-directory';
import { createHostHandlers, type HostDeps } from '../../../src-main/ipc/handlers';
import { isTrustedSender } from '../../../src-main/security';

const OURS = '客户档案自动备份-0189abcd-20261127-090000.age';
const OLDER = '客户档案自动备份-0189abcd-20261126-090000.age';
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'airgap-backups-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the backup directory on disk', () => {
  it('writes, lists and deletes only scheduled-backup files in the folder', async () => {
    await writeFile(join(dir, '客户名单.xlsx'), 'not ours');
    await writeFile(join(dir, '客户档案备份-市场部-20261127-0900.age'), 'a hand-made backup');
    await mkdir(join(dir, OLDER));
    expect(await writeBackupFile(dir, OURS, new Uint8Array([1, 2, 3]))).toMatchObject({ name: OURS, bytes: 3 });
    expect((await listBackupFiles(dir)).map((f) => f.name)).toEqual([OURS]);
    expect(await deleteBackupFile(dir, OURS)).toBe(true);
    expect(await deleteBackupFile(dir, OURS)).toBe(false);
    await expect(deleteBackupFile(dir, OLDER)).rejects.toMatchObject({ hostCode: 'bad-path' });
    expect((await readdir(dir)).sort()).toEqual(['客户名单.xlsx', '客户档案备份-市场部-20261127-0900.age', OLDER].sort());
  });

  it('refuses names outside the pattern, a missing folder, and symlinks', async () => {
    await expect(writeBackupFile(dir, '../x.age', new Uint8Array())).rejects.toMatchObject({ hostCode: 'bad-path' });
    await expect(deleteBackupFile(dir, 'notes.txt')).rejects.toMatchObject({ hostCode: 'bad-path' });
    await expect(listBackupFiles(null)).rejects.toMatchObject({ hostCode: 'bad-path' });
    await expect(listBackupFiles(join(dir, 'missing'))).rejects.toMatchObject({ hostCode: 'bad-path' });
    await writeFile(join(dir, 'target.txt'), 'precious');
    await symlink(join(dir, 'target.txt'), join(dir, OURS));
    expect(await listBackupFiles(dir)).toEqual([]);
    await expect(deleteBackupFile(dir, OURS)).rejects.toMatchObject({ hostCode: 'bad-path' });
  });

  it('remembers the chosen folder in a settings file, ignoring anything that is not an absolute path', async () => {
    const store = fileBackupDirectoryStore(join(dir, 'settings', 'backup-directory.json'));
    expect(await store.get()).toBeNull();
    await store.set('/media/backup');
    expect(await store.get()).toBe('/media/backup');
    await writeFile(join(dir, 'settings', 'backup-directory.json'), JSON.stringify({ directory: 'relative/dir' }));
    expect(await store.get()).toBeNull();
  });
});

describe('the backup IPC channels', () => {
  function setup(chosen: string | null) {
    let remembered: string | null = null;
    const deps = {
      isTrustedSender: (frame) => isTrustedSender(frame),
      showOpenDialog: vi.fn(async () => null),
      showSaveDialog: vi.fn(async () => null),
      showDirectoryDialog: vi.fn(async () => chosen),
      backupDirectory: { get: async () => remembered, set: async (d: string) => void (remembered = d) },
      print: vi.fn(async () => true),
      printToPdf: vi.fn(async () => new Uint8Array()),
      appInfo: () => ({ name: '', version: '', shell: 'electron' as const, platform: '', versions: {}, dataLocation: '' }),
      openedFiles: { take: () => null },
    } satisfies HostDeps<object>;
    const handlers = createHostHandlers(deps);
    return (channel: keyof typeof handlers, ...args: unknown[]) =>
      handlers[channel]({ frame: { url: 'app://airgap/index.html', isMainFrame: true }, sender: {}, args });
  }

  it('works only in the folder chosen in the dialog; before a choice every file call is bad-path', async () => {
    const cancelled = setup(null);
    expect(await cancelled(IPC_CHANNELS.backupDirectoryChoose)).toEqual({ ok: true, value: null });
    expect(await cancelled(IPC_CHANNELS.backupList)).toMatchObject({ ok: false, code: 'bad-path' });
    expect(await cancelled(IPC_CHANNELS.backupWrite, { name: OURS, bytes: new Uint8Array(1) })).toMatchObject({ ok: false, code: 'bad-path' });

    const call = setup(dir);
    expect(await call(IPC_CHANNELS.backupDirectoryChoose)).toEqual({ ok: true, value: dir });
    expect(await call(IPC_CHANNELS.backupDirectory)).toEqual({ ok: true, value: dir });
    expect(await call(IPC_CHANNELS.backupWrite, { name: OURS, bytes: new Uint8Array(4) })).toMatchObject({ ok: true, value: { name: OURS, bytes: 4 } });
    expect(await call(IPC_CHANNELS.backupList)).toMatchObject({ ok: true, value: [{ name: OURS, bytes: 4 }] });
    expect(await call(IPC_CHANNELS.backupDelete, { name: OURS })).toEqual({ ok: true, value: true });
    expect(await readdir(dir)).toEqual([]);
  });
});
