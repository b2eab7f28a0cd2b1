import { Gzip } from 'fflate';

/**
 * The payload's gzip (fflate, level 1, mtime 0), pulled: a piece of `plaintext` is read only when
 * the consumer wants more output. Apart from the NDJSON so that an export's main thread can leave it
 * to the crypto worker (writer.ts): gzip is most of the byte work, and the two threads then share it.
 */
export function gzipStream(plaintext: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  const reader = plaintext.getReader();
  let out: Uint8Array[] = [];
  let ended = false;
  const gzip = new Gzip({ level: 1, mtime: 0 }, (chunk) => {
    if (chunk.length > 0) out.push(chunk);
  });
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        while (out.length === 0 && !ended) {
          const { done, value } = await reader.read();
          if (done) ended = true;
          gzip.push(done ? new Uint8Array(0) : value, done);
        }
        for (const chunk of out) controller.enqueue(chunk);
        out = [];
        if (ended) controller.close();
      },
      cancel: (reason) => reader.cancel(reason),
    },
    { highWaterMark: 0 },
  );
}
