// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HostError } from '../../../src-renderer/host/bridge';
import { createBrowserHost } from '../../../src-renderer/host/browser-host';
import { createElectronHost } from '../../../src-renderer/host/electron-host';
import type { ElectronHostApi } from '../../../src-renderer/core/host-contract';

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

function pickFile(file: File | null) {
  const observer = new MutationObserver(() => {
    const input = document.querySelector('input[type=file]') as HTMLInputElement | null;
    if (!input) return;
    observer.disconnect();
    Object.defineProperty(input, 'files', { value: file ? [file] : [] });
    input.dispatchEvent(new Event(file ? 'change' : 'cancel'));
  });
  observer.observe(document.body, { childList: true });
}

describe('browser host', () => {
  it('opens a file the user picks', async () => {
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => {});
    pickFile(new File(['客户'], '名册.csv'));
    const host = createBrowserHost(document);
    const opened = await host.openFile({ filters: [{ name: 'CSV', extensions: ['csv'] }] });
    expect(opened?.name).toBe('名册.csv');
    expect(new TextDecoder().decode(opened!.bytes)).toBe('客户');
    expect(document.querySelector('input[type=file]')).toBeNull();
  });

  it('refuses a file over the size cap without reading it', async () => {
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => {});
    const file = new File(['x'.repeat(11)], 'big.age');
    const read = vi.spyOn(file, 'arrayBuffer');
    pickFile(file);
    const error = await createBrowserHost(document)
      .openFile({ maxBytes: 10 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).code).toBe('file-too-large');
    expect(read).not.toHaveBeenCalled();
  });

  it('resolves null when the user cancels', async () => {
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => {});
    pickFile(null);
    expect(await createBrowserHost(document).openFile()).toBeNull();
  });

  it('saves through a download with the suggested name, and refuses bad names', async () => {
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    const host = createBrowserHost(document);
    expect(await host.saveFile({ suggestedName: '客户名册.xlsx', bytes: new Uint8Array([1, 2]) })).toEqual({ saved: true, name: '客户名册.xlsx' });
    expect(clicked).toEqual(['客户名册.xlsx']);
    await expect(host.saveFile({ suggestedName: '../etc/passwd', bytes: new Uint8Array() })).rejects.toMatchObject({ code: 'bad-request' });
  });

  it('says plainly that PDF bytes need the desktop shell', async () => {
    const host = createBrowserHost(document);
    expect(host.capabilities.pdfBytes).toBe(false);
    await expect(host.printToPdf()).rejects.toMatchObject({ code: 'unsupported' });
  });

  it('has no backup folder: scheduled backups are refused as unsupported, never written silently', async () => {
    const host = createBrowserHost(document);
    expect(host.capabilities.backupDirectory).toBe(false);
    expect(await host.backupDirectory()).toBeNull();
    await expect(host.chooseBackupDirectory()).rejects.toMatchObject({ code: 'unsupported' });
    await expect(host.writeBackup({ name: '客户档案自动备份-0189abcd-20261127-090000.age', bytes: new Uint8Array(1) })).rejects.toMatchObject({
      code: 'unsupported',
    });
    await expect(host.listBackups()).rejects.toMatchObject({ code: 'unsupported' });
  });

  it('cannot hand a file to a program: 下载 is the way (the button is not offered)', async () => {
    const host = createBrowserHost(document);
    expect(host.capabilities.openWithProgram).toBe(false);
    await expect(host.openWithProgram({ name: '图纸.zip', bytes: new Uint8Array([1]) })).rejects.toMatchObject({ code: 'unsupported' });
  });

  it('is never handed a file by the OS: nothing waits, and the event never fires', async () => {
    const host = createBrowserHost(document);
    const listener = vi.fn();
    const off = host.onFileOpened(listener);
    expect(await host.takeOpenedFile()).toBeNull();
    off();
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('electron host', () => {
  it('unwraps results and turns coded failures into HostError', async () => {
    const api: ElectronHostApi = {
      openFile: async () => ({ ok: false, code: 'file-too-large', detail: '2 GB' }),
      saveFile: async () => ({ ok: true, value: { saved: true, name: 'a.age' } }),
      print: async () => ({ ok: true, value: true }),
      printToPdf: async () => ({ ok: true, value: new Uint8Array([0x25, 0x50, 0x44, 0x46]) }),
      appInfo: async () => ({ ok: false, code: 'untrusted-sender' }),
      backupDirectoryChoose: async () => ({ ok: true, value: null }),
      backupDirectory: async () => ({ ok: true, value: '/media/backup' }),
      backupWrite: async (request) => ({ ok: true, value: { name: request.name, bytes: request.bytes.length, modifiedAt: '2026-11-27T01:00:00.000Z' } }),
      backupList: async () => ({ ok: false, code: 'bad-path' }),
      backupDelete: async () => ({ ok: true, value: true }),
      takeOpenedFile: async () => ({ ok: true, value: { handle: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', name: 'a.age', size: 1 } }),
      secretStorageAvailable: async () => ({ ok: true, value: true }),
      protectSecret: async (text) => ({ ok: true, value: new Uint8Array([text.length]) }),
      unprotectSecret: async () => ({ ok: false, code: 'io-error', detail: 'unseal' }),
      saveStreamBegin: async () => ({ ok: true, value: { handle: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', name: 'b.age' } }),
      saveStreamWrite: async (request) => ({ ok: true, value: request.bytes.length }),
      saveStreamFinish: async () => ({ ok: true, value: { name: 'b.age', bytes: 3, modifiedAt: '2026-11-27T01:00:00.000Z' } }),
      saveStreamAbort: async () => ({ ok: true, value: 'yes' as unknown as boolean }),
      readStreamOpen: async () => ({ ok: true, value: null }),
      readStreamPiece: async () => ({ ok: true, value: new Uint8Array([1]) }),
      readStreamClose: async () => ({ ok: false, code: 'bad-request' }),
      openWithProgram: async () => ({ ok: true, value: null }),
      onFileOpened: () => () => undefined,
    };
    const host = createElectronHost(api);
    await expect(host.openFile()).rejects.toMatchObject({ code: 'file-too-large' });
    expect(await host.saveFile({ suggestedName: 'a.age', bytes: new Uint8Array() })).toEqual({ saved: true, name: 'a.age' });
    expect((await host.printToPdf())[0]).toBe(0x25);
    await expect(host.appInfo()).rejects.toBeInstanceOf(HostError);
    expect(await host.backupDirectory()).toBe('/media/backup');
    await expect(host.listBackups()).rejects.toMatchObject({ code: 'bad-path' });
    expect(await host.deleteBackup('x')).toBe(true);
    expect(await host.takeOpenedFile()).toEqual({ handle: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', name: 'a.age', size: 1 });
    expect(await host.saveStreamBegin({ target: 'dialog', suggestedName: 'b.age' })).toEqual({ handle: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', name: 'b.age' });
    expect(await host.saveStreamWrite({ handle: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', bytes: new Uint8Array(3) })).toBe(3);
    expect(await host.saveStreamFinish({ handle: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' })).toMatchObject({ name: 'b.age', bytes: 3 });
    // A reply of the wrong shape is refused, never passed on.
    await expect(host.saveStreamAbort({ handle: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' })).rejects.toMatchObject({ code: 'io-error' });
    expect(await host.readStreamOpen()).toBeNull();
    expect(await host.readStreamPiece({ handle: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', offset: 0, length: 1 })).toEqual(new Uint8Array([1]));
    await expect(host.readStreamClose({ handle: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' })).rejects.toMatchObject({ code: 'bad-request' });
    expect(await host.secretStorageAvailable()).toBe(true);
    expect(await host.protectSecret('{"k":1}')).toEqual(new Uint8Array([7]));
    await expect(host.unprotectSecret(new Uint8Array([1]))).rejects.toMatchObject({ code: 'io-error' });
    expect(host.capabilities.openWithProgram).toBe(true);
    expect(await host.openWithProgram({ name: '图纸.zip', bytes: new Uint8Array([1]) })).toBeNull();
  });

  it('passes the file-opened subscription through to the preload and back', () => {
    const off = vi.fn();
    const onFileOpened = vi.fn(() => off);
    const host = createElectronHost({ onFileOpened } as unknown as ElectronHostApi);
    const listener = vi.fn();
    expect(host.onFileOpened(listener)).toBe(off);
    expect(onFileOpened).toHaveBeenCalledWith(listener);
  });
});
