import { describe, expect, it, vi } from 'vitest';
import { HOST_METHODS, hostResultSchema, IPC_CHANNELS, MAX_SECRET_TEXT_CHARS } from '../../../src-renderer/core/host-contract';
import { createHostHandlers, type HostDeps, type SecretStorage } from '../../../src-main/ipc/handlers';
import { createHostApi, PRELOAD_CHANNELS } from '../../../src-main/preload-api';
import { isTrustedSender } from '../../../src-main/security';

/** The OS key store behind the installation's keys (issue 14.6): contract, main's handlers, preload. */
const APP_FRAME = { url: 'app://airgap/index.html', isMainFrame: true };

function handlers(secretStorage?: SecretStorage) {
  const deps = {
    isTrustedSender: (frame) => isTrustedSender(frame),
    showOpenDialog: vi.fn(async () => null),
    showSaveDialog: vi.fn(async () => null),
    showDirectoryDialog: vi.fn(async () => null),
    backupDirectory: { get: async () => null, set: async () => undefined },
    print: vi.fn(async () => true),
    printToPdf: vi.fn(async () => new Uint8Array()),
    appInfo: () => ({ name: '', version: '', shell: 'electron' as const, platform: '', versions: {}, dataLocation: '' }),
    openedFiles: { take: () => null },
    ...(secretStorage ? { secretStorage } : {}),
  } satisfies HostDeps<object>;
  const all = createHostHandlers(deps);
  return (channel: keyof typeof all, args: unknown[], frame: typeof APP_FRAME | null = APP_FRAME) => all[channel]({ frame, sender: {}, args });
}

/** Stands in for safeStorage: a reversible transform, and a decrypt that fails on bytes it did not make. */
const fakeSafeStorage = (available = true): SecretStorage => ({
  available: () => available,
  encrypt: (text) => new TextEncoder().encode(`sealed:${text}`),
  decrypt: (sealed) => {
    const text = new TextDecoder().decode(sealed);
    if (!text.startsWith('sealed:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    return text.slice('sealed:'.length);
  },
});

describe('secret storage over IPC', () => {
  it('declares three channels, the same in the contract and the preload', () => {
    expect(IPC_CHANNELS.secretStorageAvailable).toBe('host:secret-storage-available');
    expect(PRELOAD_CHANNELS.protectSecret).toBe(IPC_CHANNELS.protectSecret);
    expect(PRELOAD_CHANNELS.unprotectSecret).toBe(IPC_CHANNELS.unprotectSecret);
  });

  it('seals and opens a secret through safeStorage where it is available', async () => {
    const call = handlers(fakeSafeStorage());
    expect(await call(IPC_CHANNELS.secretStorageAvailable, [])).toEqual({ ok: true, value: true });
    const sealed = await call(IPC_CHANNELS.protectSecret, ['{"ageIdentity":"x"}']);
    expect(sealed.ok).toBe(true);
    if (!sealed.ok) return;
    const opened = await call(IPC_CHANNELS.unprotectSecret, [sealed.value]);
    expect(opened).toEqual({ ok: true, value: '{"ageIdentity":"x"}' });
    // What main answers passes the renderer's reply check (host/electron-host.ts).
    expect(hostResultSchema(HOST_METHODS.protectSecret.reply).safeParse(sealed).success).toBe(true);
    expect(hostResultSchema(HOST_METHODS.unprotectSecret.reply).safeParse(opened).success).toBe(true);
  });

  it('says unsupported where there is no OS key store (or only Linux basic_text), and never seals then', async () => {
    for (const call of [handlers(), handlers(fakeSafeStorage(false))]) {
      expect(await call(IPC_CHANNELS.secretStorageAvailable, [])).toEqual({ ok: true, value: false });
      expect(await call(IPC_CHANNELS.protectSecret, ['secret'])).toEqual({ ok: false, code: 'unsupported' });
      expect(await call(IPC_CHANNELS.unprotectSecret, [new Uint8Array([1])])).toEqual({ ok: false, code: 'unsupported' });
    }
  });

  it('answers a seal it cannot open with a code, not the library message', async () => {
    const call = handlers(fakeSafeStorage());
    expect(await call(IPC_CHANNELS.unprotectSecret, [new TextEncoder().encode('another pc')])).toEqual({ ok: false, code: 'io-error', detail: 'unseal' });
  });

  it('validates the arguments and the sender', async () => {
    const storage = fakeSafeStorage();
    const encrypt = vi.spyOn(storage, 'encrypt');
    const call = handlers(storage);
    expect(await call(IPC_CHANNELS.protectSecret, [''])).toMatchObject({ ok: false, code: 'bad-request' });
    expect(await call(IPC_CHANNELS.protectSecret, ['x'.repeat(MAX_SECRET_TEXT_CHARS + 1)])).toMatchObject({ ok: false, code: 'bad-request' });
    expect(await call(IPC_CHANNELS.protectSecret, [42])).toMatchObject({ ok: false, code: 'bad-request' });
    expect(await call(IPC_CHANNELS.unprotectSecret, ['text'])).toMatchObject({ ok: false, code: 'bad-request' });
    expect(await call(IPC_CHANNELS.unprotectSecret, [new Uint8Array(0)])).toMatchObject({ ok: false, code: 'bad-request' });
    expect(await call(IPC_CHANNELS.protectSecret, ['x'], { url: 'https://evil.example/', isMainFrame: true })).toEqual({
      ok: false,
      code: 'untrusted-sender',
    });
    expect(encrypt).not.toHaveBeenCalled();
  });

  it('the preload forwards exactly the text or the bytes on the method channel', async () => {
    const invoke = vi.fn(async () => ({ ok: true, value: true }));
    const api = createHostApi(invoke, () => () => undefined);
    await api.secretStorageAvailable();
    await api.protectSecret('s');
    await api.unprotectSecret(new Uint8Array([9]));
    expect(invoke.mock.calls).toEqual([['host:secret-storage-available'], ['host:protect-secret', 's'], ['host:unprotect-secret', new Uint8Array([9])]]);
  });
});
