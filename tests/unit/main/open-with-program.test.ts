import { existsSync, lstatSync, readdirSync, rmSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, MAX_SAVE_FILE_BYTES } from '../../../src-renderer/core/host-contract';
import { createHostHandlers, type HostDeps } from '../../../src-main/ipc/handlers';
import { clearOpenTemp, OPEN_TEMP_FOLDER, openTempRoot, writeOpenTempFile } from '../../../src-main/ipc/open-temp';
import { createOpenedFileSlot } from '../../../src-main/opened-files';

/** 用系统程序打开 (issue 18.3): main's side, with a real folder and the system's opener injected. */

const APP_FRAME = { url: 'app://airgap/index.html#/customers/1/attachments', isMainFrame: true };
const POSIX = process.platform !== 'win32';

let userData: string;
let root: string;
beforeEach(async () => {
  userData = await mkdtemp(join(tmpdir(), 'airgap-open-temp-'));
  root = openTempRoot(userData);
});
afterEach(async () => {
  await rm(userData, { recursive: true, force: true });
});

function setup(openPath: (path: string) => Promise<string> = async () => '', overrides: Partial<HostDeps<'page'>> = {}) {
  const opener = vi.fn(openPath);
  const log = vi.fn();
  const handlers = createHostHandlers<'page'>({
    isTrustedSender: (frame) => frame?.url.startsWith('app://airgap/') === true && frame.isMainFrame,
    showOpenDialog: async () => null,
    showSaveDialog: async () => null,
    print: async () => true,
    printToPdf: async () => new Uint8Array(),
    appInfo: () => {
      throw new Error('not asked');
    },
    showDirectoryDialog: async () => null,
    backupDirectory: { get: async () => null, set: async () => undefined },
    openedFiles: createOpenedFileSlot(),
    openTemp: { root, openPath: opener },
    log,
    ...overrides,
  });
  const open = (...args: unknown[]) => handlers[IPC_CHANNELS.openWithProgram]({ frame: APP_FRAME, sender: 'page', args });
  return { open, opener, log };
}

/** Every file under the temporary root, relative to it. */
function copies(): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

const BYTES = new TextEncoder().encode('PK\u0003\u0004 图纸');

describe('openWithProgram: what main refuses before writing anything', () => {
  it.each([
    ['a path', '../../.bashrc.txt'],
    ['a folder in the name', 'sub/图纸.pdf'],
    ['a Windows folder in the name', 'sub\\图纸.pdf'],
    ['a reserved device name', 'con.pdf'],
    ['an alternate data stream', '图纸.pdf:evil.exe'],
    ['an empty name', ''],
    ['a trailing space', '图纸.pdf '],
    ['a control character', '图\u0000纸.pdf'],
  ])('refuses %s as a bad request', async (_what, name) => {
    const { open, opener } = setup();
    expect(await open({ name, bytes: BYTES })).toMatchObject({ ok: false, code: 'bad-request' });
    expect(opener).not.toHaveBeenCalled();
    expect(existsSync(root)).toBe(false);
  });

  it.each([
    'setup.exe',
    'run.bat',
    'run.cmd',
    'tool.com',
    'saver.scr',
    'setup.msi',
    'page.js',
    'macro.vbs',
    'task.ps1',
    'start.sh',
    'app.desktop',
    '快捷方式.lnk',
    'page.html',
    'page.htm',
    'logo.svg',
    '合同.pdf.exe',
    '宏.docm',
    '宏.xlsm',
    'README',
    'site.url',
    'help.chm',
    'app.hta',
    'lib.jar',
  ])('refuses the type of %s', async (name) => {
    const { open, opener } = setup();
    const result = await open({ name, bytes: BYTES });
    expect(result).toMatchObject({ ok: false, code: 'bad-request', detail: expect.stringContaining('host.forbiddenFileType') });
    expect(opener).not.toHaveBeenCalled();
    expect(existsSync(root)).toBe(false);
  });

  it('refuses more bytes than the app writes in one call, and anything but bytes', async () => {
    const { open, opener } = setup();
    const huge = new Uint8Array(1);
    Object.defineProperty(huge, 'byteLength', { value: MAX_SAVE_FILE_BYTES + 1 });
    expect(await open({ name: '图纸.zip', bytes: huge })).toMatchObject({
      ok: false,
      code: 'bad-request',
      detail: expect.stringContaining('host.fileTooLarge'),
    });
    expect(await open({ name: '图纸.zip', bytes: 'UEsDBA==' })).toMatchObject({ ok: false, code: 'bad-request' });
    expect(await open({ name: '图纸.zip', bytes: BYTES, path: '/tmp/x.zip' })).toMatchObject({ ok: false, code: 'bad-request' });
    expect(await open()).toMatchObject({ ok: false, code: 'bad-request' });
    expect(opener).not.toHaveBeenCalled();
    expect(existsSync(root)).toBe(false);
  });

  it('is refused to a page that is not the app', async () => {
    const { opener } = setup();
    const handlers = createHostHandlers<'page'>({
      isTrustedSender: () => false,
      openTemp: { root, openPath: opener },
    } as unknown as HostDeps<'page'>);
    const result = await handlers[IPC_CHANNELS.openWithProgram]({
      frame: { url: 'https://evil.example/', isMainFrame: true },
      sender: 'page',
      args: [{ name: 'a.pdf', bytes: BYTES }],
    });
    expect(result).toEqual({ ok: false, code: 'untrusted-sender' });
    expect(existsSync(root)).toBe(false);
  });

  it('answers unsupported where the host has no temporary folder', async () => {
    const { open } = setup(undefined, { openTemp: undefined });
    expect(await open({ name: '图纸.zip', bytes: BYTES })).toEqual({ ok: false, code: 'unsupported' });
  });
});

describe('openWithProgram: the temporary copy', () => {
  it('writes the bytes under the app’s folder, in a fresh private sub-folder, keeping the name, and opens that file', async () => {
    const { open, opener } = setup();
    expect(await open({ name: '总装图纸 第2版.zip', bytes: BYTES })).toEqual({ ok: true, value: null });
    expect(opener).toHaveBeenCalledOnce();
    const path = opener.mock.calls[0]![0];
    expect(path.startsWith(root + sep)).toBe(true);
    expect(dirname(dirname(path))).toBe(root);
    expect(relative(root, path).split(sep)[1]).toBe('总装图纸 第2版.zip');
    expect(new Uint8Array(await readFile(path))).toEqual(BYTES);
    expect(root).toBe(join(userData, OPEN_TEMP_FOLDER));
    if (POSIX) {
      expect(statSync(path).mode & 0o777).toBe(0o600);
      expect(statSync(dirname(path)).mode & 0o777).toBe(0o700);
      expect(statSync(root).mode & 0o777).toBe(0o700);
    }
  });

  it('gives each opening its own folder: the same name twice is two copies, nothing overwritten', async () => {
    const { open, opener } = setup();
    await open({ name: '纪要.docx', bytes: BYTES });
    await open({ name: '纪要.docx', bytes: new Uint8Array([1]) });
    const [first, second] = opener.mock.calls.map((call) => call[0]);
    expect(first).not.toBe(second);
    expect(copies()).toHaveLength(2);
    expect(new Uint8Array(await readFile(first!))).toEqual(BYTES);
  });

  it('reports the system’s refusal as a coded io-error without its text, and removes the copy at once', async () => {
    const { open, log } = setup(async (path) => `No application knows how to open ${path}`);
    const result = await open({ name: '图纸.rar', bytes: BYTES });
    expect(result).toEqual({ ok: false, code: 'io-error', detail: 'open-failed' });
    expect(copies()).toEqual([]);
    expect(JSON.stringify(log.mock.calls)).not.toContain(root);
    const thrown = setup(async () => Promise.reject(new Error('/home/u/secret exploded')));
    expect(await thrown.open({ name: '图纸.rar', bytes: BYTES })).toEqual({ ok: false, code: 'io-error', detail: 'open-failed' });
    expect(copies()).toEqual([]);
  });

  it.runIf(POSIX)('never writes through a link planted where its folder should be', async () => {
    const elsewhere = join(userData, 'elsewhere');
    await mkdir(elsewhere);
    await symlink(elsewhere, root);
    const { open, opener } = setup();
    expect(await open({ name: '图纸.zip', bytes: BYTES })).toMatchObject({ ok: false, code: 'bad-path' });
    expect(opener).not.toHaveBeenCalled();
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it('checks the name again itself, whoever calls it', async () => {
    await expect(writeOpenTempFile(root, 'setup.exe', BYTES)).rejects.toMatchObject({ hostCode: 'bad-request' });
    await expect(writeOpenTempFile(root, '../图纸.zip', BYTES)).rejects.toMatchObject({ hostCode: 'bad-request' });
    await expect(writeOpenTempFile('relative/open-temp', '图纸.zip', BYTES)).rejects.toMatchObject({ hostCode: 'bad-path' });
    expect(existsSync(root)).toBe(false);
  });
});

describe('clearOpenTemp: the copies removed at quit and at the next start', () => {
  it('removes every copy and the folder itself', async () => {
    await writeOpenTempFile(root, '甲.pdf', BYTES);
    await writeOpenTempFile(root, '乙.xlsx', BYTES);
    expect(copies()).toHaveLength(2);
    expect(clearOpenTemp(root)).toEqual({ removed: 2, left: 0 });
    expect(existsSync(root)).toBe(false);
  });

  it('does nothing when there is nothing to remove', () => {
    expect(clearOpenTemp(root)).toEqual({ removed: 0, left: 0 });
  });

  it('leaves a copy it cannot remove (still open in its program) for the next start, removing the others', async () => {
    const kept = dirname(await writeOpenTempFile(root, '打开中.docx', BYTES));
    await writeOpenTempFile(root, '已关闭.docx', BYTES);
    const remove = vi.fn((path: string) => {
      if (path === kept) throw Object.assign(new Error('EBUSY'), { code: 'EBUSY' });
      rmSync(path, { recursive: true, force: true });
    });
    expect(clearOpenTemp(root, remove)).toEqual({ removed: 1, left: 1 });
    expect(copies()).toEqual([join(relative(root, kept), '打开中.docx')]);
    expect(clearOpenTemp(root)).toEqual({ removed: 1, left: 0 });
    expect(existsSync(root)).toBe(false);
  });

  it.runIf(POSIX)('removes a link in its folder or in its folder’s place, never what the link points to', async () => {
    const precious = join(userData, 'precious');
    await mkdir(precious);
    await writeFile(join(precious, '档案.txt'), 'keep');
    await mkdir(root);
    await symlink(precious, join(root, 'link'));
    expect(clearOpenTemp(root)).toEqual({ removed: 1, left: 0 });
    expect(existsSync(join(precious, '档案.txt'))).toBe(true);
    await symlink(precious, root);
    clearOpenTemp(root);
    expect(() => lstatSync(root)).toThrow();
    expect(existsSync(join(precious, '档案.txt'))).toBe(true);
  });
});
