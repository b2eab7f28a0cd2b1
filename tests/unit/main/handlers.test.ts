import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, MAX_OPEN_FILE_BYTES, type AppInfo } from '../../../src-renderer/core/host-contract';
import { FileOpError } from '../../../src-main/ipc/files';
import { createHostHandlers, type HostDeps, type IpcCall } from '../../../src-main/ipc/handlers';
import { createOpenedFileSlot } from '../../../src-main/opened-files';
import { isTrustedSender } from '../../../src-main/security';

const APP_FRAME = { url: 'app://airgap/index.html#/customers', isMainFrame: true };
const SENDER = { id: 'page' };
const INFO: AppInfo = {
  name: 'Airgap CRM',
  version: '0.1.0',
  shell: 'electron',
  platform: 'linux',
  versions: { electron: '41.10.0', chrome: '146', node: '24' },
  dataLocation: '/home/u/.config/Airgap CRM',
};

/** A real .age file in a fresh folder (main reads what the OS handed over from disk, by pieces). */
async function withFile(bytes: number[], run: (path: string) => Promise<void>) {
  const dir = await mkdtemp(join(tmpdir(), 'airgap-opened-'));
  try {
    const path = join(dir, '客户档案-市场部-20261127.age');
    await writeFile(path, new Uint8Array(bytes));
    await run(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function setup(overrides: Partial<HostDeps<typeof SENDER>> = {}) {
  const openedFiles = createOpenedFileSlot();
  const deps = {
    isTrustedSender: (frame) => isTrustedSender(frame),
    showOpenDialog: vi.fn(async () => '/data/客户名单.xlsx'),
    showSaveDialog: vi.fn(async () => '/data/out/报告.pdf'),
    print: vi.fn(async () => true),
    printToPdf: vi.fn(async () => new TextEncoder().encode('%PDF-1.7')),
    appInfo: () => INFO,
    showDirectoryDialog: vi.fn(async () => '/media/backup'),
    backupDirectory: { get: vi.fn(async () => null), set: vi.fn(async () => undefined) },
    openedFiles,
    readFile: vi.fn(async () => new Uint8Array([7, 8])),
    writeFile: vi.fn(async () => undefined),
    log: vi.fn(),
    ...overrides,
  } satisfies HostDeps<typeof SENDER>;
  const handlers = createHostHandlers(deps);
  const call = (channel: string, args: unknown[], frame: IpcCall<typeof SENDER>['frame'] = APP_FRAME) =>
    handlers[channel as keyof typeof handlers]({ frame, sender: SENDER, args });
  return { deps, handlers, call, openedFiles };
}

describe('host IPC handlers', () => {
  it('has a handler for exactly the contract channels', () => {
    expect(Object.keys(setup().handlers).sort()).toEqual(Object.values(IPC_CHANNELS).sort());
  });

  it.each([
    ['an iframe of the app', { url: 'app://airgap/index.html', isMainFrame: false }],
    ['a foreign page', { url: 'https://evil.example/', isMainFrame: true }],
    ['a file: page', { url: 'file:///tmp/x.html', isMainFrame: true }],
    ['a destroyed frame', null],
  ])('refuses %s on every channel, before doing anything', async (_what, frame) => {
    const { call, deps } = setup();
    for (const channel of Object.values(IPC_CHANNELS)) {
      expect(await call(channel, [{}], frame)).toEqual({ ok: false, code: 'untrusted-sender' });
    }
    expect(deps.showOpenDialog).not.toHaveBeenCalled();
    expect(deps.print).not.toHaveBeenCalled();
    expect(deps.log).toHaveBeenCalledWith(expect.stringContaining('untrusted'));
  });

  it.each([
    [IPC_CHANNELS.openFile, [{ maxBytes: -1 }]],
    [IPC_CHANNELS.openFile, [{ path: '/etc/passwd' }]],
    [IPC_CHANNELS.openFile, []],
    [IPC_CHANNELS.saveFile, [{ suggestedName: '../../x.txt', bytes: new Uint8Array() }]],
    [IPC_CHANNELS.saveFile, [{ suggestedName: 'a.txt', bytes: 'not bytes' }]],
    [IPC_CHANNELS.saveFile, [{ suggestedName: 'a.txt', bytes: new Uint8Array(), path: '/tmp/a' }]],
    [IPC_CHANNELS.printToPdf, [{ pageSize: 'Letter' }]],
    [IPC_CHANNELS.print, ['extra']],
    [IPC_CHANNELS.appInfo, [{}]],
    [IPC_CHANNELS.backupDirectoryChoose, ['/etc']],
    [IPC_CHANNELS.backupWrite, [{ name: '../客户档案自动备份-0189abcd-20261127-090000.age', bytes: new Uint8Array() }]],
    [IPC_CHANNELS.backupWrite, [{ name: 'notes.txt', bytes: new Uint8Array() }]],
    [IPC_CHANNELS.backupWrite, [{ name: '客户档案自动备份-0189abcd-20261127-090000.age', bytes: new Uint8Array(), directory: '/tmp' }]],
    [IPC_CHANNELS.backupList, ['/etc']],
    [IPC_CHANNELS.backupDelete, [{ name: '/etc/passwd' }]],
    [IPC_CHANNELS.backupDelete, [{ name: '客户名单.xlsx' }]],
    [IPC_CHANNELS.takeOpenedFile, ['/etc/passwd']],
    [IPC_CHANNELS.takeOpenedFile, [{ path: '/tmp/x.age' }]],
  ])('answers bad-request for %s with %j', async (channel, args) => {
    const { call, deps } = setup();
    const result = await call(channel, args);
    expect(result).toMatchObject({ ok: false, code: 'bad-request' });
    expect(deps.showOpenDialog).not.toHaveBeenCalled();
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
  });

  it('opens the picked file with the default cap, or the caller’s smaller one', async () => {
    const { call, deps } = setup();
    expect(await call(IPC_CHANNELS.openFile, [{ filters: [{ name: 'Excel', extensions: ['xlsx'] }] }])).toEqual({
      ok: true,
      value: { name: '客户名单.xlsx', bytes: new Uint8Array([7, 8]) },
    });
    expect(deps.showOpenDialog).toHaveBeenCalledWith(SENDER, { title: undefined, filters: [{ name: 'Excel', extensions: ['xlsx'] }] });
    expect(deps.readFile).toHaveBeenLastCalledWith('/data/客户名单.xlsx', MAX_OPEN_FILE_BYTES);
    await call(IPC_CHANNELS.openFile, [{ maxBytes: 1000 }]);
    expect(deps.readFile).toHaveBeenLastCalledWith('/data/客户名单.xlsx', 1000);
  });

  it('returns null when the open dialog is cancelled, and a coded error when reading fails', async () => {
    expect(await setup({ showOpenDialog: async () => null }).call(IPC_CHANNELS.openFile, [{}])).toEqual({ ok: true, value: null });
    const tooBig = setup({ readFile: async () => Promise.reject(new FileOpError('file-too-large')) });
    expect(await tooBig.call(IPC_CHANNELS.openFile, [{}])).toEqual({ ok: false, code: 'file-too-large' });
  });

  it('saves through the dialog with the suggested name, atomically via writeFile', async () => {
    const { call, deps } = setup();
    const bytes = new Uint8Array([1, 2, 3]);
    expect(await call(IPC_CHANNELS.saveFile, [{ suggestedName: '报告.pdf', bytes }])).toEqual({
      ok: true,
      value: { saved: true, name: '报告.pdf' },
    });
    expect(deps.showSaveDialog).toHaveBeenCalledWith(SENDER, expect.objectContaining({ defaultPath: '报告.pdf' }));
    expect(deps.writeFile).toHaveBeenCalledWith('/data/out/报告.pdf', bytes);
  });

  it('reports a cancelled save and maps write failures to codes without paths or stacks', async () => {
    const cancelled = setup({ showSaveDialog: async () => null });
    expect(await cancelled.call(IPC_CHANNELS.saveFile, [{ suggestedName: 'a.txt', bytes: new Uint8Array() }])).toEqual({
      ok: true,
      value: { saved: false },
    });
    expect(cancelled.deps.writeFile).not.toHaveBeenCalled();
    const full = setup({ writeFile: async () => Promise.reject(new FileOpError('io-error', 'ENOSPC')) });
    const result = await full.call(IPC_CHANNELS.saveFile, [{ suggestedName: 'a.txt', bytes: new Uint8Array() }]);
    expect(result).toEqual({ ok: false, code: 'io-error', detail: 'ENOSPC' });
    const log = vi.fn();
    const weird = setup({ log, writeFile: async () => Promise.reject(new Error('/home/secret/path exploded')) });
    const hidden = await weird.call(IPC_CHANNELS.saveFile, [{ suggestedName: 'a.txt', bytes: new Uint8Array() }]);
    expect(hidden).toEqual({ ok: false, code: 'io-error' });
    expect(log).toHaveBeenCalled();
    expect(JSON.stringify(log.mock.calls)).not.toContain('/home/secret');
  });

  it('prints the sender’s page and reports cancellation as false', async () => {
    const { call, deps } = setup({ print: vi.fn(async () => false) });
    expect(await call(IPC_CHANNELS.print, [])).toEqual({ ok: true, value: false });
    expect(deps.print).toHaveBeenCalledWith(SENDER);
  });

  it('prints to PDF on A4 with backgrounds and CSS page size by default', async () => {
    const { call, deps } = setup();
    const result = await call(IPC_CHANNELS.printToPdf, [{ landscape: true }]);
    expect(result).toEqual({ ok: true, value: new TextEncoder().encode('%PDF-1.7') });
    expect(deps.printToPdf).toHaveBeenCalledWith(SENDER, {
      pageSize: 'A4',
      landscape: true,
      printBackground: true,
      preferCSSPageSize: true,
    });
  });

  it('never throws across IPC, even when a platform call throws synchronously', async () => {
    const { call } = setup({
      printToPdf: () => {
        throw new Error('renderer gone');
      },
    });
    expect(await call(IPC_CHANNELS.printToPdf, [{}])).toEqual({ ok: false, code: 'io-error' });
  });

  it('answers app info', async () => {
    expect(await setup().call(IPC_CHANNELS.appInfo, [])).toEqual({ ok: true, value: INFO });
  });

  describe('the file the OS handed over (double-click on an .age file)', () => {
    it('answers null when none is waiting, without reading anything', async () => {
      const { call, deps } = setup();
      expect(await call(IPC_CHANNELS.takeOpenedFile, [])).toEqual({ ok: true, value: null });
      expect(deps.readFile).not.toHaveBeenCalled();
    });

    it('hands the waiting file over once, by name and size, to be read by pieces; never its path', async () => {
      await withFile([7, 8], async (path) => {
        const { call, openedFiles } = setup();
        openedFiles.offer([path]);
        const taken = await call(IPC_CHANNELS.takeOpenedFile, []);
        expect(taken).toEqual({ ok: true, value: { handle: expect.stringMatching(/^[0-9a-f]{32}$/), name: '客户档案-市场部-20261127.age', size: 2 } });
        const { handle } = (taken as { value: { handle: string } }).value;
        expect(JSON.stringify(taken)).not.toContain(dirname(path));
        expect(await call(IPC_CHANNELS.readStreamPiece, [{ handle, offset: 1, length: 1 }])).toEqual({ ok: true, value: new Uint8Array([8]) });
        expect(await call(IPC_CHANNELS.takeOpenedFile, [])).toEqual({ ok: true, value: null });
      });
    });

    it('reports a file it cannot read as a code, once (it is not offered again)', async () => {
      const { call, openedFiles } = setup();
      openedFiles.offer(['/media/gone/big.age']);
      expect(await call(IPC_CHANNELS.takeOpenedFile, [])).toEqual({ ok: false, code: 'bad-path', detail: 'ENOENT' });
      expect(await call(IPC_CHANNELS.takeOpenedFile, [])).toEqual({ ok: true, value: null });
    });

    it('keeps the file waiting when an untrusted frame asks for it', async () => {
      await withFile([1], async (path) => {
        const { call, openedFiles } = setup();
        openedFiles.offer([path]);
        expect(await call(IPC_CHANNELS.takeOpenedFile, [], { url: 'https://evil.example/', isMainFrame: true })).toEqual({
          ok: false,
          code: 'untrusted-sender',
        });
        expect(await call(IPC_CHANNELS.takeOpenedFile, [])).toMatchObject({ ok: true, value: { name: '客户档案-市场部-20261127.age' } });
      });
    });
  });
});
