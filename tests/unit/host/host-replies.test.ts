// @vitest-environment jsdom
import { describe, expect, expectTypeOf, it } from 'vitest';
import { HOST_METHOD_NAMES, type ElectronHostApi, type HostReply } from '../../../src-renderer/core/host-contract';
import { BRIDGE_METHOD_NAMES, HostError, type HostBridge } from '../../../src-renderer/host/bridge';
import { createBrowserHost } from '../../../src-renderer/host/browser-host';
import { createElectronHost } from '../../../src-renderer/host/electron-host';

/** A `window.host` whose every method answers `reply`, whatever it is: main is another process. */
function answering(reply: unknown): ElectronHostApi {
  const api = Object.fromEntries(HOST_METHOD_NAMES.map((name) => [name, async () => reply]));
  return { ...api, onFileOpened: () => () => undefined } as unknown as ElectronHostApi;
}

async function refusal(promise: Promise<unknown>): Promise<HostError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HostError);
  return error as HostError;
}

describe('replies from main are checked against the contract', () => {
  it.each([
    ['no envelope', undefined],
    ['a bare value', '/media/backup'],
    ['ok without a boolean', { ok: 'yes', value: true }],
    ['a failure with an unknown code', { ok: false, code: 'segfault' }],
    ['a failure whose detail is not text', { ok: false, code: 'io-error', detail: { path: '/home/u' } }],
  ])('refuses %s as a coded HostError on every method', async (_what, reply) => {
    const host = createElectronHost(answering(reply));
    for (const name of Object.values(BRIDGE_METHOD_NAMES)) {
      const call = (host[name] as unknown as (...args: unknown[]) => Promise<unknown>)({ name: 'x', bytes: new Uint8Array() });
      expect((await refusal(call)).code, name).toBe('io-error');
    }
  });

  it('refuses a value of the wrong shape for its method, naming the method and not the value', async () => {
    const wrong = createElectronHost({
      ...answering({ ok: true, value: 42 }),
      openFile: async () => ({ ok: true, value: { name: 'a.age', bytes: 'AAAA' } }),
      backupList: async () => ({ ok: true, value: [{ name: 'a.age', bytes: -1, modifiedAt: '2026-11-27T01:00:00.000Z' }] }),
      print: async () => ({ ok: true, value: 1 }),
      appInfo: async () => ({ ok: true, value: { name: 'Airgap CRM', version: '1', shell: 'web', platform: 'x', versions: {}, dataLocation: '/' } }),
    } as unknown as ElectronHostApi);
    const openFailure = await refusal(wrong.openFile());
    expect(openFailure).toMatchObject({ code: 'io-error' });
    expect(openFailure.message).toContain('openFile');
    expect(openFailure.message).not.toContain('AAAA');
    expect(await refusal(wrong.listBackups())).toMatchObject({ code: 'io-error' });
    expect(await refusal(wrong.print())).toMatchObject({ code: 'io-error' });
    expect(await refusal(wrong.appInfo())).toMatchObject({ code: 'io-error' });
    expect(await refusal(wrong.backupDirectory())).toMatchObject({ code: 'io-error' });
  });

  it('still passes main’s coded failures through with their code and detail', async () => {
    const error = await refusal(createElectronHost(answering({ ok: false, code: 'file-too-large', detail: 'EFBIG' })).openFile());
    expect(error.code).toBe('file-too-large');
    expect(error.message).toBe('file-too-large: EFBIG');
  });
});

describe('both bridges implement every host method', () => {
  it('names every contract method on the bridge, with the contract’s reply', () => {
    expect(Object.keys(BRIDGE_METHOD_NAMES)).toEqual(HOST_METHOD_NAMES);
    expect(new Set(Object.values(BRIDGE_METHOD_NAMES)).size).toBe(HOST_METHOD_NAMES.length);
    expectTypeOf<HostBridge['listBackups']>().returns.resolves.toEqualTypeOf<HostReply<'backupList'>>();
    expectTypeOf<HostBridge['deleteBackup']>().returns.resolves.toEqualTypeOf<HostReply<'backupDelete'>>();
  });

  it('the browser host has each method under the features’ name', () => {
    const host = createBrowserHost(document);
    for (const name of [...Object.values(BRIDGE_METHOD_NAMES), 'onFileOpened'] as const) expect(typeof host[name], name).toBe('function');
  });

  it('the Electron host too', () => {
    const host = createElectronHost(answering(null));
    for (const name of [...Object.values(BRIDGE_METHOD_NAMES), 'onFileOpened'] as const) expect(typeof host[name], name).toBe('function');
  });
});
