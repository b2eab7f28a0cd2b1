// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HostError } from '../../../src-renderer/host/bridge';
import { createBrowserHost } from '../../../src-renderer/host/browser-host';

/**
 * Issue 14.13: the import and the restore read the whole file into the renderer. Both hosts cap it
 * at the same MAX_OPEN_FILE_BYTES, 256 MiB — 3.4 × the full institute's backup (≈ 75 MB) — instead
 * of 1 GiB, and refuse above it without reading.
 */
const MiB = 1024 * 1024;

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('the host read cap (main: tests/unit/main/read-cap.test.ts)', () => {
  it('browser: a 300 MiB file is refused without being read', async () => {
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => {});
    const file = new File(['x'], '交换文件.age');
    Object.defineProperty(file, 'size', { value: 300 * MiB });
    const read = vi.spyOn(file, 'arrayBuffer');
    const observer = new MutationObserver(() => {
      const input = document.querySelector('input[type=file]') as HTMLInputElement | null;
      if (!input) return;
      observer.disconnect();
      Object.defineProperty(input, 'files', { value: [file] });
      input.dispatchEvent(new Event('change'));
    });
    observer.observe(document.body, { childList: true });
    const error = await createBrowserHost(document)
      .openFile({ filters: [{ name: 'age', extensions: ['age'] }] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).code).toBe('file-too-large');
    expect(read).not.toHaveBeenCalled();
  });
});
