// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../../src-renderer/core/host-contract';
import { createHostApi, PRELOAD_CHANNELS } from '../../../src-main/preload-api';

describe('preload host API', () => {
  it('uses the contract’s channel names (repeated because the preload cannot import zod)', () => {
    expect(PRELOAD_CHANNELS).toEqual(IPC_CHANNELS);
  });

  it('exposes exactly the ElectronHostApi methods and nothing generic', () => {
    const api = createHostApi(vi.fn());
    expect(Object.keys(api).sort()).toEqual(['appInfo', 'backupDelete', 'backupDirectory', 'backupDirectoryChoose', 'backupList', 'backupWrite', 'openFile', 'print', 'printToPdf', 'saveFile']);
    expect(Object.values(api).every((v) => typeof v === 'function')).toBe(true);
  });

  it('forwards each call to its own channel with the request only', async () => {
    const invoke = vi.fn(async () => ({ ok: true, value: null }));
    const api = createHostApi(invoke);
    const bytes = new Uint8Array([1]);
    await api.openFile({ maxBytes: 10 });
    await api.saveFile({ suggestedName: 'a.txt', bytes });
    await api.print();
    await api.printToPdf({ landscape: true });
    await api.appInfo();
    expect(invoke.mock.calls).toEqual([
      [IPC_CHANNELS.openFile, { maxBytes: 10 }],
      [IPC_CHANNELS.saveFile, { suggestedName: 'a.txt', bytes }],
      [IPC_CHANNELS.print],
      [IPC_CHANNELS.printToPdf, { landscape: true }],
      [IPC_CHANNELS.appInfo],
    ]);
  });
});
