import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import {
  HOST_METHOD_NAMES,
  HOST_METHODS,
  hostResultSchema,
  IPC_CHANNELS,
  type AppInfo,
  type ElectronHostApi,
  type HostChannel,
  type HostMethodName,
  type HostReply,
  type HostResult,
} from '../../../src-renderer/core/host-contract';
import { createHostHandlers, type HostDeps, type HostHandlers } from '../../../src-main/ipc/handlers';
import { createHostApi, PRELOAD_CHANNELS } from '../../../src-main/preload-api';
import { createOpenedFileSlot } from '../../../src-main/opened-files';

/**
 * The host API is declared once (HOST_METHODS); these tests hold every other place to it: channels, the
 * preload's `window.host` and main's handlers (the renderer's bridges: tests/unit/host/host-replies.test.ts).
 * The type-level checks run in typecheck.
 */

const APP_FRAME = { url: 'app://airgap/index.html', isMainFrame: true };
const INFO: AppInfo = {
  name: 'Airgap CRM',
  version: '0.1.0',
  shell: 'electron',
  platform: 'linux',
  versions: { electron: '41.10.0' },
  dataLocation: '/home/u/.config/Airgap CRM',
};

/** main's handlers behind the real preload API: what `window.host` would answer, without Electron. */
function wiredHost(overrides: Partial<HostDeps<'page'>> = {}) {
  const openedFiles = createOpenedFileSlot();
  const handlers = createHostHandlers<'page'>({
    isTrustedSender: () => true,
    showOpenDialog: async () => '/data/客户名单.xlsx',
    showSaveDialog: async () => '/data/报告.pdf',
    print: async () => true,
    printToPdf: async () => new Uint8Array([0x25]),
    appInfo: () => INFO,
    showDirectoryDialog: async () => '/media/backup',
    backupDirectory: { get: async () => null, set: async () => undefined },
    openedFiles,
    readFile: async () => new Uint8Array([7]),
    writeFile: async () => undefined,
    ...overrides,
  });
  const invoke = vi.fn(async (channel: string, ...args: unknown[]) => handlers[channel as keyof typeof handlers]({ frame: APP_FRAME, sender: 'page', args }));
  const api = createHostApi(invoke, () => () => undefined);
  /** Calls `method` and returns its value, after the reply check the renderer makes (host/electron-host.ts). */
  async function value<K extends HostMethodName>(method: K, ...args: Parameters<ElectronHostApi[K]>): Promise<unknown> {
    const reply: unknown = await (api[method] as unknown as (...a: unknown[]) => Promise<unknown>)(...args);
    const checked = hostResultSchema(HOST_METHODS[method].reply).safeParse(reply);
    expect(checked.success, `${method}: ${JSON.stringify(reply)}`).toBe(true);
    return checked.data?.ok ? checked.data.value : checked.data;
  }
  return { api, value, invoke, openedFiles };
}

describe('one host API, every place held to it', () => {
  it('gives every method a channel of its own, the same one in the preload', () => {
    expect(Object.keys(IPC_CHANNELS)).toEqual(HOST_METHOD_NAMES);
    expect(new Set(Object.values(IPC_CHANNELS)).size).toBe(HOST_METHOD_NAMES.length);
    expect(PRELOAD_CHANNELS).toEqual(IPC_CHANNELS);
    expectTypeOf(PRELOAD_CHANNELS).toEqualTypeOf<{ readonly [K in HostMethodName]: HostChannel<K> }>();
  });

  it('exposes every method in the preload, one channel per method', async () => {
    const { api, invoke } = wiredHost();
    for (const method of HOST_METHOD_NAMES) {
      expect(typeof api[method], method).toBe('function');
      invoke.mockClear();
      await (api[method] as unknown as (...args: unknown[]) => Promise<unknown>)({});
      expect(invoke.mock.calls[0]?.[0], method).toBe(HOST_METHODS[method].channel);
    }
    expectTypeOf<Exclude<keyof ElectronHostApi, 'onFileOpened'>>().toEqualTypeOf<HostMethodName>();
  });

  it('has a handler in main for every channel, typed to answer the declared reply', () => {
    const handlers = createHostHandlers({} as HostDeps<unknown>);
    expect(Object.keys(handlers).sort()).toEqual(HOST_METHOD_NAMES.map((m) => HOST_METHODS[m].channel).sort());
    expectTypeOf<keyof HostHandlers<unknown>>().toEqualTypeOf<HostChannel>();
    expectTypeOf<Awaited<ReturnType<HostHandlers<unknown>['host:backup-list']>>>().toEqualTypeOf<HostResult<HostReply<'backupList'>>>();
  });

  it('passes each of main’s real replies through the renderer’s reply check', async () => {
    const { value, openedFiles } = wiredHost();
    expect(await value('openFile', {})).toEqual({ name: '客户名单.xlsx', bytes: new Uint8Array([7]) });
    expect(await value('saveFile', { suggestedName: '报告.pdf', bytes: new Uint8Array(1) })).toEqual({ saved: true, name: '报告.pdf' });
    expect(await value('print')).toBe(true);
    expect(await value('printToPdf', {})).toEqual(new Uint8Array([0x25]));
    expect(await value('appInfo')).toEqual(INFO);
    expect(await value('backupDirectoryChoose')).toBe('/media/backup');
    expect(await value('backupDirectory')).toBeNull();
    expect(await value('backupList')).toMatchObject({ ok: false, code: 'bad-path' });
    expect(await value('takeOpenedFile')).toBeNull();
    const dir = await mkdtemp(join(tmpdir(), 'airgap-host-wiring-'));
    try {
      await writeFile(join(dir, 'a.age'), new Uint8Array([7, 8, 9]));
      openedFiles.offer([join(dir, 'a.age')]);
      const opened = (await value('takeOpenedFile')) as { handle: string };
      expect(opened).toEqual({ handle: expect.any(String), name: 'a.age', size: 3 });
      expect(await value('readStreamPiece', { handle: opened.handle, offset: 0, length: 3 })).toEqual(new Uint8Array([7, 8, 9]));
      expect(await value('readStreamClose', { handle: opened.handle })).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    expect(await value('openWithProgram', { name: '图纸.zip', bytes: new Uint8Array(1) })).toMatchObject({ ok: false, code: 'unsupported' });
  });

  it('passes main’s real piece-by-piece save replies (written into a real folder) through the reply check', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'airgap-host-wiring-'));
    try {
      const { value } = wiredHost({ showSaveDialog: async () => join(dir, '交换文件.age') });
      const started = (await value('saveStreamBegin', { target: 'dialog', suggestedName: '交换文件.age' })) as { handle: string };
      expect(started).toEqual({ handle: expect.any(String), name: '交换文件.age' });
      expect(await value('saveStreamWrite', { handle: started.handle, bytes: new Uint8Array(5) })).toBe(5);
      expect(await value('saveStreamFinish', { handle: started.handle })).toMatchObject({ name: '交换文件.age', bytes: 5 });
      expect(await value('saveStreamAbort', { handle: started.handle })).toBe(false);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('passes main’s real reply to openWithProgram (a copy written into a real folder) through the reply check', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'airgap-host-wiring-'));
    try {
      const openPath = vi.fn(async () => '');
      const { value } = wiredHost({ openTemp: { root: join(dir, 'open-temp'), openPath } });
      expect(await value('openWithProgram', { name: '图纸.zip', bytes: new Uint8Array(3) })).toBeNull();
      expect(openPath).toHaveBeenCalledWith(expect.stringContaining(join(dir, 'open-temp')));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('passes main’s real backup replies (written into a real folder) through the reply check', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'airgap-host-wiring-'));
    try {
      const { value } = wiredHost({ backupDirectory: { get: async () => dir, set: async () => undefined } });
      const name = '客户档案自动备份-0189abcd-20261127-090000.age';
      expect(await value('backupWrite', { name, bytes: new Uint8Array(3) })).toMatchObject({ name, bytes: 3 });
      expect(await value('backupList')).toEqual([expect.objectContaining({ name, bytes: 3, modifiedAt: expect.any(String) })]);
      expect(await value('backupDelete', { name })).toBe(true);
      expect(await value('backupDelete', { name })).toBe(false);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
