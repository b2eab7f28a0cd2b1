import { MessageChannel } from 'node:worker_threads';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ArchiveError, openAge, sealAge } from '../../../../src-renderer/core/archive-file';
import { runAgeJob, type AgeWorkerPort } from '../../../../src-renderer/core/archive-file/worker/client';
import { fromWire, toWire, type FromWorker, type ToWorker } from '../../../../src-renderer/core/archive-file/worker/protocol';
import { serveAgeJob } from '../../../../src-renderer/core/archive-file/worker/serve';
import { collect, PASSPHRASE, TEST_FACTOR } from './fixtures';

/**
 * The crypto worker's protocol, end to end through a real MessageChannel (structured clone and
 * transfer as between threads), with the worker's side run in this process: Node has no Web
 * Worker, and the browser e2e tests run the real one.
 */
function inProcessWorker(): AgeWorkerPort & { terminated: () => boolean } {
  const { port1, port2 } = new MessageChannel();
  let terminated = false;
  serveAgeJob({ post: (message, transfer = []) => port2.postMessage(message, transfer), receive: (handler) => port2.on('message', handler) });
  return {
    send: (message, transfer = []) => port1.postMessage(message, transfer),
    listen: (onMessage) => port1.on('message', onMessage),
    terminate: () => {
      terminated = true;
      port1.close();
      port2.close();
    },
    terminated: () => terminated,
  };
}

const lock = { passphrase: PASSPHRASE, testOnlyWorkFactor: TEST_FACTOR };
const unlock = { passphrase: PASSPHRASE };

function streamOf(bytes: Uint8Array, chunk = 100_000): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + chunk));
      offset += chunk;
    },
  });
}

/** More than one input piece (1 MiB) and many STREAM chunks (64 KiB). */
const plaintext = () => Uint8Array.from({ length: 1.5 * 1024 * 1024 + 17 }, (_, i) => (i * 31) % 251);
// Byte for byte, fast: toEqual walks a megabyte array element by element.
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('it did not fail');
}

describe('the crypto worker protocol', () => {
  it('seals and opens what the same-thread age layer opens and seals, in bounded pieces', async () => {
    const bytes = plaintext();
    const worker = inProcessWorker();
    const sealed = await collect((await runAgeJob(worker, { op: 'seal', lock, armor: false }, streamOf(bytes))).output);
    expect(worker.terminated()).toBe(true);
    expect(same(await collect((await openAge(sealed, unlock)).plaintext), bytes)).toBe(true);

    const file = await collect(await sealAge(streamOf(bytes), lock, true));
    // The whole file as one chunk, as readArchive hands over a Uint8Array: sent in copied pieces.
    const whole = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(file);
        controller.close();
      },
    });
    const opened = await runAgeJob(inProcessWorker(), { op: 'open', unlock }, whole);
    expect(opened.armored).toBe(true);
    expect(same(await collect(opened.output), bytes)).toBe(true);
    expect(opened.bytesRead()).toBe(file.length);
    expect(file.byteLength).toBeGreaterThan(1.5 * 1024 * 1024); // still the caller's: nothing was transferred away
  });

  it('gzips the plaintext before sealing it when the job says so (an export leaves its gzip to the worker)', async () => {
    const bytes = plaintext();
    const sealed = await collect((await runAgeJob(inProcessWorker(), { op: 'seal', lock, armor: false, gzip: true }, streamOf(bytes))).output);
    const gzipped = await collect((await openAge(sealed, unlock)).plaintext);
    expect([gzipped[0], gzipped[1]]).toEqual([0x1f, 0x8b]);
    expect(same(gunzipSync(gzipped), bytes)).toBe(true);
  });

  it('keeps the archive error codes of the worker', async () => {
    const file = await collect(await sealAge(streamOf(plaintext()), lock));
    const wrong = await failure(runAgeJob(inProcessWorker(), { op: 'open', unlock: { passphrase: 'not it' } }, streamOf(file)));
    expect(wrong).toBeInstanceOf(ArchiveError);
    expect((wrong as ArchiveError).code).toBe('wrong-key');

    const opened = await runAgeJob(inProcessWorker(), { op: 'open', unlock }, streamOf(file.subarray(0, file.length - 1000)));
    const cut = await failure(collect(opened.output));
    expect(cut).toMatchObject({ code: 'truncated', detail: 'final-chunk' });

    const badLock = await failure(runAgeJob(inProcessWorker(), { op: 'seal', lock: { passphrase: '' }, armor: false }, streamOf(plaintext())));
    expect(badLock).toMatchObject({ code: 'bad-lock' });
  });

  it("hands the input's own error back as it is", async () => {
    const mine = new ArchiveError('count-mismatch', 'the records ran out');
    const input = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array(70_000));
      },
      pull(controller) {
        controller.error(mine);
      },
    });
    const sealed = await runAgeJob(inProcessWorker(), { op: 'seal', lock, armor: false }, input);
    expect(await failure(collect(sealed.output))).toBe(mine);
  });

  it('stops when the signal aborts, and releases the input', async () => {
    let inputCancelled = false;
    const input = new ReadableStream<Uint8Array>({ pull: () => new Promise(() => {}), cancel: () => void (inputCancelled = true) });
    const controller = new AbortController();
    const worker = inProcessWorker();
    const running = runAgeJob(worker, { op: 'open', unlock }, input, controller.signal);
    controller.abort();
    expect(await failure(running)).toMatchObject({ code: 'cancelled' });
    expect(worker.terminated()).toBe(true);
    expect(inputCancelled).toBe(true);
  });

  it('carries errors across with their code, line and detail', () => {
    const error = new ArchiveError('wrong-key', 'locked with a passphrase', { detail: 'needs-passphrase' });
    expect(fromWire(toWire(error), undefined)).toMatchObject({ code: 'wrong-key', message: error.message, detail: 'needs-passphrase' });
    const lined = new ArchiveError('bad-record', 'nested too deep', { line: 7 });
    expect(fromWire(toWire(lined), undefined)).toMatchObject({ code: 'bad-record', message: 'line 7: nested too deep', line: 7 });
    expect(fromWire(toWire(new TypeError('odd')), undefined)).toMatchObject({ message: 'odd' });
  });
});

/** A worker that answers nothing by itself: the test plays its side, message by message. */
function scriptedWorker() {
  const sent: ToWorker[] = [];
  let deliver: (message: FromWorker) => void = () => {};
  const port: AgeWorkerPort = {
    send: (message) => void sent.push(message),
    listen: (onMessage) => void (deliver = onMessage),
    terminate: () => {},
  };
  return { port, sent, as: (message: FromWorker) => deliver(message) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('the main thread reads ahead of the worker', () => {
  it('reads the input while the worker is still busy (scrypt), bounded, and joins small chunks into one piece', async () => {
    let pulled = 0;
    const input = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(64 * 1024).fill(pulled % 256));
      },
    });
    const worker = scriptedWorker();
    void runAgeJob(worker.port, { op: 'seal', lock, armor: false }, input);
    await settle();
    // Before the worker asked for anything: 8 MiB read ahead of 64 KiB chunks, and no more.
    expect(pulled * 64 * 1024).toBeGreaterThanOrEqual(8 * 1024 * 1024);
    expect(pulled * 64 * 1024).toBeLessThanOrEqual(8 * 1024 * 1024 + 2 * 64 * 1024);
    worker.as({ type: 'read' });
    await settle();
    const answer = worker.sent.find((m) => m.type === 'input');
    // Sixteen chunks of the input in one message, in their order.
    expect(answer).toMatchObject({ type: 'input' });
    const piece = (answer as { chunk: Uint8Array }).chunk;
    expect(piece.length).toBe(1024 * 1024);
    expect([piece[0], piece[64 * 1024], piece[piece.length - 1]]).toEqual([1, 2, 16]);
  });

  it('hands over every piece read before the input failed, then the failure', async () => {
    const mine = new Error('the records ran out');
    let step = 0;
    const input = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (++step <= 2) controller.enqueue(new Uint8Array(10).fill(step));
        else controller.error(mine);
      },
    });
    const worker = scriptedWorker();
    const job = runAgeJob(worker.port, { op: 'seal', lock, armor: false }, input);
    await settle();
    worker.as({ type: 'read' });
    await settle();
    worker.as({ type: 'read' });
    await settle();
    const answers = worker.sent.filter((m) => m.type !== 'start');
    expect(answers.map((m) => m.type)).toEqual(['input', 'input-error']);
    expect([...(answers[0] as { chunk: Uint8Array }).chunk]).toEqual([...new Uint8Array(10).fill(1), ...new Uint8Array(10).fill(2)]);
    worker.as({ type: 'failed', error: { kind: 'input' } });
    expect(await failure(job)).toBe(mine);
  });
});
