import { concat } from './armor';

/** Chunks handed to the age decrypter are at most one STREAM chunk long (see age-layer.ts). */
export const MAX_SLICE = 64 * 1024;

export function toStream(input: ReadableStream<Uint8Array> | Uint8Array): ReadableStream<Uint8Array> {
  if (input instanceof ReadableStream) return input;
  let sent = false;
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (!sent && input.length > 0) controller.enqueue(input);
        sent = true;
        controller.close();
      },
    },
    { highWaterMark: 0 },
  );
}

/**
 * A reader that can look at the first bytes of a stream (to tell age from armor and to scan the
 * age header) and then hand the rest on as a stream, in slices of at most MAX_SLICE bytes, while
 * counting the bytes it read and noticing the end of the input.
 */
export class ByteReader {
  private buffer: Uint8Array = new Uint8Array(0);
  /** Bytes read from the underlying stream so far. */
  totalRead = 0;
  /** True once the underlying stream has ended. */
  ended = false;
  /** What the underlying stream failed with (an I/O error, or an ArchiveError of a layer below). */
  sourceError: unknown = undefined;

  constructor(private readonly reader: ReadableStreamDefaultReader<Uint8Array>) {}

  get buffered(): Uint8Array {
    return this.buffer;
  }

  /** Reads until at least `n` bytes are buffered or the input ends; true when `n` are there. */
  async fill(n: number): Promise<boolean> {
    while (this.buffer.length < n && !this.ended) {
      const chunk = await this.next();
      if (chunk) this.buffer = this.buffer.length === 0 ? chunk : concat(this.buffer, chunk);
    }
    return this.buffer.length >= n;
  }

  /** The buffered bytes and everything after them. The reader must not be used afterwards. */
  rest(): ReadableStream<Uint8Array> {
    let pending = this.buffer;
    this.buffer = new Uint8Array(0);
    return new ReadableStream<Uint8Array>(
      {
        pull: async (controller) => {
          while (pending.length === 0) {
            const chunk = await this.next();
            if (chunk === null) {
              if (this.ended) {
                controller.close();
                return;
              }
              continue;
            }
            pending = chunk;
          }
          controller.enqueue(pending.subarray(0, MAX_SLICE));
          pending = pending.subarray(MAX_SLICE);
        },
        cancel: (reason) => this.reader.cancel(reason),
      },
      { highWaterMark: 0 },
    );
  }

  cancel(reason?: unknown): Promise<void> {
    return this.reader.cancel(reason);
  }

  private async next(): Promise<Uint8Array | null> {
    let result: Awaited<ReturnType<ReadableStreamDefaultReader<Uint8Array>['read']>>;
    try {
      result = await this.reader.read();
    } catch (error) {
      this.sourceError ??= error;
      throw error;
    }
    const { done, value } = result;
    if (done) {
      this.ended = true;
      return null;
    }
    this.totalRead += value.length;
    return value.length > 0 ? value : null;
  }
}
