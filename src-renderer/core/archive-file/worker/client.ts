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
  let inputError: unknown;
  let rest: Uint8Array = new Uint8Array(0);
  let bytesSent = 0;
  let finished = false;
  // Where the next failure goes: the job's promise until ready, then the pending pull (or the next one).
  let failure: unknown = undefined;
  let ready: { resolve: (result: AgeJobResult) => void; reject: (error: unknown) => void } | null = null;
  let pending: { chunk: (chunk: Uint8Array) => void; end: () => void; fail: (error: unknown) => void } | null = null;

  const finish = (reason?: unknown) => {
    if (finished) return;
    finished = true;
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
    try {
      if (rest.length === 0) {
        const { done, value } = await reader.read();
        if (finished) return;
        if (done) return port.send({ type: 'input-end' });
        rest = value;
      }
      const piece = rest.slice(0, MAX_INPUT_PIECE);
      rest = rest.subarray(piece.length);
      bytesSent += piece.length;
      port.send({ type: 'input', chunk: piece }, [piece.buffer]);
    } catch (error) {
      inputError = error;
      if (!finished) port.send({ type: 'input-error' });
    }
  }

  const output = new ReadableStream<Uint8Array>(
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
    { highWaterMark: 0 },
  );

  return new Promise<AgeJobResult>((resolve, reject) => {
    ready = { resolve, reject };
    port.listen(
      (message) => {
        if (finished) return;
        if (message.type === 'read') void sendInput();
        else if (message.type === 'ready') {
          ready?.resolve({ output, armored: message.armored, bytesRead: () => bytesSent });
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
  });
}
