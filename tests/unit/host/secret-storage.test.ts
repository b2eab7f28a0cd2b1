// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createBrowserHost } from '../../../src-renderer/host/browser-host';

describe('secret storage in the browser host (issue 14.6)', () => {
  it('the browser has no OS key store: unsupported, so the keys are sealed with the key passphrase', async () => {
    const host = createBrowserHost(document);
    expect(await host.secretStorageAvailable()).toBe(false);
    await expect(host.protectSecret('x')).rejects.toMatchObject({ code: 'unsupported' });
    await expect(host.unprotectSecret(new Uint8Array([1]))).rejects.toMatchObject({ code: 'unsupported' });
  });
});
