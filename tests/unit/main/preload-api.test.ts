import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../../src-renderer/core/host-contract';
import { HOST_EVENTS } from '../../../src-renderer/core/host-contract';
import { createHostApi, PRELOAD_CHANNELS, PRELOAD_EVENTS } from '../../../src-main/preload-api';

describe('preload host API', () => {
  it('uses the contract’s channel names (repeated because the preload cannot import zod)', () => {
    expect(PRELOAD_CHANNELS).toEqual(IPC_CHANNELS);
    expect(PRELOAD_EVENTS).toEqual(HOST_EVENTS);
  });

  it('exposes exactly the ElectronHostApi methods and nothing generic', () => {
    const api = createHostApi(vi.fn(), vi.fn());
    expect(Object.keys(api).sort()).toEqual([
      'appInfo',
      'backupDelete',
      'backupDirectory',
      'backupDirectoryChoose',
      'backupList',
      'backupWrite',
      'onFileOpened',
      'openFile',
      'openWithProgram',
      'print',
      'printToPdf',
      'protectSecret',
      'readStreamClose',
      'readStreamOpen',
      'readStreamPiece',
      'saveFile',
      'saveStreamAbort',
      'saveStreamBegin',
      'saveStreamFinish',
      'saveStreamWrite',
      'secretStorageAvailable',
      'takeOpenedFile',
      'unprotectSecret',
    ]);
    expect(Object.values(api).every((v) => typeof v === 'function')).toBe(true);
  });

  it('forwards each call to its own channel with the request only', async () => {
    const invoke = vi.fn(async () => ({ ok: true, value: null }));
    const api = createHostApi(invoke, vi.fn());
    const bytes = new Uint8Array([1]);
    await api.openFile({ maxBytes: 10 });
    await api.saveFile({ suggestedName: 'a.txt', bytes });
    await api.print();
    await api.printToPdf({ landscape: true });
    await api.appInfo();
    await api.takeOpenedFile();
    await api.openWithProgram({ name: '图纸.zip', bytes });
    expect(invoke.mock.calls).toEqual([
      [IPC_CHANNELS.openFile, { maxBytes: 10 }],
      [IPC_CHANNELS.saveFile, { suggestedName: 'a.txt', bytes }],
      [IPC_CHANNELS.print],
      [IPC_CHANNELS.printToPdf, { landscape: true }],
      [IPC_CHANNELS.appInfo],
      [IPC_CHANNELS.takeOpenedFile],
      [IPC_CHANNELS.openWithProgram, { name: '图纸.zip', bytes }],
    ]);
  });

  it('subscribes to the one named event and calls the page back with no arguments', () => {
    const unsubscribe = vi.fn();
    let relay: ((...args: unknown[]) => void) | null = null;
    const subscribe = vi.fn((_channel: string, listener: () => void) => {
      relay = listener;
      return unsubscribe;
    });
    const api = createHostApi(vi.fn(), subscribe);
    const listener = vi.fn();
    const off = api.onFileOpened(listener);
    expect(subscribe).toHaveBeenCalledWith(HOST_EVENTS.fileOpened, expect.any(Function));
    relay!({ sender: 'the IPC event' }, 'smuggled');
    expect(listener).toHaveBeenCalledWith();
    off();
    expect(unsubscribe).toHaveBeenCalledOnce();
  });
});
