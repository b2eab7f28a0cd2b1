import { describe, expect, it, vi } from 'vitest';
import type { HostBridge } from '../../../src-renderer/host';
import { createBrowserStreams } from '../../../src-renderer/host/browser-streams';
import { hostFileOf, PIECE_BYTES, saveStream } from '../../../src-renderer/host/file-streams';

/**
 * Big files through the host by pieces (issue 18.5), over the browser host's implementation of the
 * contract's piece methods (Electron's main is tested in tests/unit/main/file-streams.test.ts).
 */
function browserHost(picked: File | null = null) {
  const downloads: { name: string; blob: Blob }[] = [];
  const streams = createBrowserStreams(
    async () => picked,
    (name, blob) => downloads.push({ name, blob }),
  );
  const spied = {
    ...streams,
    saveStreamWrite: vi.fn(streams.saveStreamWrite),
    saveStreamAbort: vi.fn(streams.saveStreamAbort),
  };
  return { host: spied as unknown as HostBridge, spied, downloads };
}

/** A stream of `total` bytes (byte i = i mod 251) in chunks of `chunk`, as age writes 64 KiB ones. */
function counting(total: number, chunk: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= total) return controller.close();
      const n = Math.min(chunk, total - sent);
      controller.enqueue(Uint8Array.from({ length: n }, (_, i) => (sent + i) % 251));
      sent += n;
    },
  });
}

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

describe('saveStream', () => {
  it('writes the stream in pieces of PIECE_BYTES and saves the whole file once finished', async () => {
    const { host, spied, downloads } = browserHost();
    const total = 2 * PIECE_BYTES + 12_345;
    const saved = await saveStream(host, { target: 'dialog', suggestedName: '交换文件.age' }, async () => counting(total, 65_536));
    expect(saved).toMatchObject({ name: '交换文件.age', bytes: total });
    expect(spied.saveStreamWrite.mock.calls.map(([r]) => r.bytes.byteLength)).toEqual([PIECE_BYTES, PIECE_BYTES, 12_345]);
    expect(downloads).toHaveLength(1);
    const bytes = await bytesOf(downloads[0]!.blob);
    expect(bytes.byteLength).toBe(total);
    expect(bytes.every((b, i) => b === i % 251)).toBe(true);
  });

  it('produces nothing when the user cancels the dialog', async () => {
    const { host } = browserHost();
    const cancelled = { ...host, saveStreamBegin: async () => null } as HostBridge;
    const produce = vi.fn(async () => counting(10, 10));
    expect(await saveStream(cancelled, { target: 'dialog', suggestedName: 'a.age' }, produce)).toBeNull();
    expect(produce).not.toHaveBeenCalled();
  });

  it('a stream that fails half-way saves nothing and says why', async () => {
    const { host, spied, downloads } = browserHost();
    let sent = 0;
    const failing = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 80) controller.enqueue(new Uint8Array(65_536));
        else controller.error(new Error('blob-missing'));
      },
    });
    await expect(saveStream(host, { target: 'dialog', suggestedName: 'a.age' }, async () => failing)).rejects.toThrow('blob-missing');
    expect(spied.saveStreamAbort).toHaveBeenCalledOnce();
    expect(downloads).toHaveLength(0);
  });

  it("the browser has no backup folder, and refuses a name that is not a scheduled backup's", async () => {
    const { host } = browserHost();
    const name = '客户档案自动备份-0189abcd-20261127-090000.age';
    await expect(saveStream(host, { target: 'backup-directory', name }, async () => counting(1, 1))).rejects.toMatchObject({ code: 'unsupported' });
    await expect(saveStream(host, { target: 'backup-directory', name: '../x.age' }, async () => counting(1, 1))).rejects.toMatchObject({ code: 'bad-request' });
  });
});

describe('hostFileOf', () => {
  it('reads a picked file by pieces, from the start each time it is streamed, and its head alone', async () => {
    const content = Uint8Array.from({ length: PIECE_BYTES + 100 }, (_, i) => i % 7);
    const { host } = browserHost(new File([content], '备份.age'));
    const opened = (await host.readStreamOpen({}))!;
    expect(opened).toMatchObject({ name: '备份.age', size: content.byteLength });
    const file = hostFileOf(host, opened);
    expect([...(await file.head(9))]).toEqual([0, 1, 2, 3, 4, 5, 6, 0, 1]);
    for (let round = 0; round < 2; round++) {
      const read = new Uint8Array(await new Response(file.stream()).arrayBuffer());
      expect(read.byteLength).toBe(content.byteLength);
      expect(read.every((b, i) => b === content[i])).toBe(true);
    }
    await file.close();
    await expect(host.readStreamPiece({ handle: opened.handle, offset: 0, length: 1 })).rejects.toMatchObject({ code: 'bad-request' });
  });

  it('refuses a file that is shorter than when it was picked', async () => {
    const { host } = browserHost(new File([new Uint8Array(10)], 'a.age'));
    const opened = (await host.readStreamOpen({}))!;
    const file = hostFileOf(host, { ...opened, size: 20 });
    await expect(new Response(file.stream()).arrayBuffer()).rejects.toMatchObject({ code: 'io-error' });
  });
});
