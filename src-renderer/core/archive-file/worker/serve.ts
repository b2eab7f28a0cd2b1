import { openAge, sealAge } from '../age-layer';
import { gzipStream } from '../gzip-stream';
import { InputFailed, toWire, transferableCopy, type AgeJob, type FromWorker, type ToWorker } from './protocol';

/** The worker's side of a message channel (the worker's global scope, or a MessagePort in tests). */
export interface AgeJobEndpoint {
  post(message: FromWorker, transfer?: ArrayBuffer[]): void;
  receive(handler: (message: ToWorker) => void): void;
}

type InputAnswer = Extract<ToWorker, { type: 'input' | 'input-end' | 'input-error' }>;

/**
 * Runs one age job behind `endpoint` (see protocol.ts): the same openAge / sealAge as on the main
 * thread, reading their input from the main thread and handing their output back, a piece per request.
 */
export function serveAgeJob(endpoint: AgeJobEndpoint): void {
  let answerRead: ((answer: InputAnswer) => void) | null = null;
  let output: ReadableStreamDefaultReader<Uint8Array> | null = null;
  const fail = (error: unknown) => endpoint.post({ type: 'failed', error: toWire(error) });

  const input = new ReadableStream<Uint8Array>(
    {
      pull: (controller) =>
        new Promise<void>((resolve) => {
          answerRead = (answer) => {
            answerRead = null;
            if (answer.type === 'input') controller.enqueue(answer.chunk);
            else if (answer.type === 'input-end') controller.close();
            else controller.error(new InputFailed());
            resolve();
          };
          endpoint.post({ type: 'read' });
        }),
    },
    { highWaterMark: 0 },
  );

  async function start(job: AgeJob): Promise<void> {
    try {
      if (job.op === 'open') {
        const opened = await openAge(input, job.unlock);
        output = opened.plaintext.getReader();
        endpoint.post({ type: 'ready', armored: opened.armored });
      } else {
        output = (await sealAge(job.gzip ? gzipStream(input) : input, job.lock, job.armor)).getReader();
        endpoint.post({ type: 'ready', armored: job.armor });
      }
    } catch (error) {
      fail(error);
    }
  }

  async function pull(): Promise<void> {
    try {
      const { done, value } = await output!.read();
      if (done) return endpoint.post({ type: 'output-end' });
      const chunk = transferableCopy(value);
      endpoint.post({ type: 'output', chunk }, [chunk.buffer]);
    } catch (error) {
      fail(error);
    }
  }

  endpoint.receive((message) => {
    if (message.type === 'start') void start(message.job);
    else if (message.type === 'pull') void pull();
    else answerRead?.(message);
  });
}
