import { cancelled } from '../errors';
import { fromWire, type AgeJob, type FromWorker, type ToWorker } from './protocol';

/** The main thread's side of one crypto worker (a Web Worker, or a MessagePort in tests). */
export interface AgeWorkerPort {
  send(message: ToWorker, transfer?: ArrayBuffer[]): void;
  /** `onCrash`: the worker could not load or threw outside a job (it reports job failures itself). */
  listen(onMessage: (message: FromWorker) => void, onCrash: (error: Error) => void): void;
  terminate(): void;
}

export interface AgeJobResult {
  output: ReadableStream<Uint8Array>;
  armored: boolean;
  /** Bytes of the input handed to the worker so far (for progress against the file's size). */
  bytesRead: () => number;
}

/** At most this much input per message: a whole file handed over at once is copied in pieces. */
const MAX_INPUT_PIECE = 1024 * 1024;
/**
 * Input read ahead of the worker's requests, and output asked for ahead of the caller's: the main
 * thread makes the next pieces (reading the database, JSON, SHA-256, gzip) while the worker runs
 * scrypt or the cipher, so the two cores work at once. In lockstep, each side waited for the other:
 * an export's main thread sat idle through scrypt and through every piece's encryption. Bounded, so
 * memory stays a few MiB whatever the file's size.
 */
const READ_AHEAD_BYTES = 8 * 1024 * 1024;
const OUTPUT_AHEAD_CHUNKS = 16;

// Typed here because core is compiled without the DOM library too (Node: the CLI, unit tests).
declare const Worker: new (
  url: URL,
  options: { type: 'module'; name: string },
) => {
  postMessage(message: ToWorker, transfer: ArrayBuffer[]): void;
  onmessage: ((event: { data: FromWorker }) => void) | null;
  onerror: ((event: { message?: string; preventDefault(): void }) => void) | null;
  onmessageerror: (() => void) | null;
  terminate(): void;
};

export function workersAvailable(): boolean {
  return typeof (globalThis as { Worker?: unknown }).Worker === 'function';
}

/** A new crypto worker. Vite sees this `new Worker(new URL(…))` and bundles crypto.worker.ts as its own file. */
export function spawnCryptoWorker(): AgeWorkerPort {
  const worker = new Worker(new URL('./crypto.worker.ts', import.meta.url), { type: 'module', name: 'airgap-crypto' });
  return {
    send: (message, transfer = []) => worker.postMessage(message, transfer),
    listen(onMessage, onCrash) {
      worker.onmessage = (event) => onMessage(event.data);
      worker.onerror = (event) => {
        event.preventDefault();
        onCrash(new Error(`the crypto worker failed: ${event.message ?? 'it could not be loaded'}`));
      };
      worker.onmessageerror = () => onCrash(new Error('the crypto worker sent a message that cannot be read'));
    },
    terminate: () => worker.terminate(),
  };
}

/**
 * Runs one age job in `port`'s worker: resolves once the worker is ready (scrypt and the header
 * done) with the output as a stream, pulled from the worker a chunk at a time; rejects with the
 * worker's error (an ArchiveError again), the input's own error, or 'cancelled' when `signal`
 * aborts. Cancelling the output, a failure or the end terminates the worker.
 */
export function runAgeJob(port: AgeWorkerPort, job: AgeJob, input: ReadableStream<Uint8Array>, signal?: AbortSignal): Promise<AgeJobResult> {
  if (signal?.aborted) return Promise.reject(cancelled());
  const reader = input.getReader();
  const ahead = new ReadAhead(reader);
  let inputError: unknown;
  let bytesSent = 0;
  let finished = false;
  // Where the next failure goes: the job's promise until ready, then the pending pull (or the next one).
  let failure: unknown = undefined;
  let ready: { resolve: (result: AgeJobResult) => void; reject: (error: unknown) => void } | null = null;
  let pending: { chunk: (chunk: Uint8Array) => void; end: () => void; fail: (error: unknown) => void } | null = null;

  const finish = (reason?: unknown) => {
    if (finished) return;
    finished = true;
    ahead.stop();
    port.terminate();
    signal?.removeEventListener('abort', onAbort);
    // Nothing more will be read: release the input (its producer may hold a database cursor).
    reader.cancel(reason).catch(() => {});
  };
  const fail = (error: unknown) => {
    if (finished) return;
    finish(error);
    if (ready) ready.reject(error);
    else if (pending) pending.fail(error);
    else failure = error;
    ready = null;
    pending = null;
  };
  const onAbort = () => fail(cancelled());

  async function sendInput(): Promise<void> {
    const next = await ahead.take(MAX_INPUT_PIECE);
    if (finished) return;
    if (next.type === 'piece') {
      bytesSent += next.piece.length;
      port.send({ type: 'input', chunk: next.piece }, [next.piece.buffer]);
    } else if (next.type === 'end') port.send({ type: 'input-end' });
    else {
      inputError = next.error;
      port.send({ type: 'input-error' });
    }
  }

  // Made once the worker is ready: pulling before would ask a worker still running scrypt for output.
  const output = () =>
    new ReadableStream<Uint8Array>(
      {
        pull: (controller) =>
          new Promise<void>((resolve, reject) => {
            if (finished) return failure === undefined ? resolve() : reject(failure);
            pending = {
              chunk: (chunk) => {
                controller.enqueue(chunk);
                resolve();
              },
              end: () => {
                controller.close();
                resolve();
              },
              fail: reject,
            };
            port.send({ type: 'pull' });
          }),
        cancel: (reason) => finish(reason),
      },
      new CountQueuingStrategy({ highWaterMark: OUTPUT_AHEAD_CHUNKS }),
    );

  return new Promise<AgeJobResult>((resolve, reject) => {
    ready = { resolve, reject };
    port.listen(
      (message) => {
        if (finished) return;
        if (message.type === 'read') void sendInput();
        else if (message.type === 'ready') {
          ready?.resolve({ output: output(), armored: message.armored, bytesRead: () => bytesSent });
          ready = null;
        } else if (message.type === 'output') {
          const answer = pending;
          pending = null;
          answer?.chunk(message.chunk);
        } else if (message.type === 'output-end') {
          const answer = pending;
          pending = null;
          finish();
          answer?.end();
        } else fail(fromWire(message.error, inputError));
      },
      (error) => fail(error),
    );
    signal?.addEventListener('abort', onAbort, { once: true });
    port.send({ type: 'start', job });
    ahead.fill();
  });
}

type Taken = { type: 'piece'; piece: Uint8Array<ArrayBuffer> } | { type: 'end' } | { type: 'failed'; error: unknown };

/**
 * Reads `reader` up to READ_AHEAD_BYTES ahead of `take`. The input's end or error is handed over only
 * after every piece read before it, in the order the input gave them.
 */
class ReadAhead {
  private readonly queue: Uint8Array[] = [];
  private queued = 0;
  private reading = false;
  private stopped = false;
  private last: Exclude<Taken, { type: 'piece' }> | null = null;
  private wake: (() => void) | null = null;

  constructor(private readonly reader: ReadableStreamDefaultReader<Uint8Array>) {}

  /** Reads until READ_AHEAD_BYTES are waiting, the input ends or fails, or `stop`. */
  fill(): void {
    if (this.reading || this.stopped || this.last) return;
    this.reading = true;
    void (async () => {
      try {
        while (!this.stopped && this.queued < READ_AHEAD_BYTES) {
          const { done, value } = await this.reader.read();
          if (done) {
            this.last = { type: 'end' };
            break;
          }
          if (value.length === 0) continue;
          this.queue.push(value);
          this.queued += value.length;
          this.notify();
        }
      } catch (error) {
        this.last = { type: 'failed', error };
      } finally {
        this.reading = false;
        this.notify();
      }
    })();
  }

  /**
   * The next piece: what is waiting, up to `max` bytes, joined into one own copy to transfer (gzip
   * hands out chunks of a few KiB: one message each cost more than the copy); or the input's end or error.
   */
  async take(max: number): Promise<Taken> {
    while (this.queue.length === 0 && !this.last && !this.stopped) {
      this.fill();
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
    if (this.queue.length === 0) return this.last ?? { type: 'end' };
    const piece = new Uint8Array(Math.min(max, this.queued));
    let filled = 0;
    while (filled < piece.length) {
      const head = this.queue[0]!;
      const part = head.subarray(0, piece.length - filled);
      piece.set(part, filled);
      filled += part.length;
      if (part.length === head.length) this.queue.shift();
      else this.queue[0] = head.subarray(part.length);
    }
    this.queued -= piece.length;
    this.fill();
    return { type: 'piece', piece };
  }

  stop(): void {
    this.stopped = true;
    this.notify();
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}
