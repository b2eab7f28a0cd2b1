import { Gunzip } from 'fflate';
import { concat } from './armor';
import { ArchiveError, cancelled } from './errors';
import { DEFAULT_MAX_LINE_BYTES, PayloadVerifier, type ArchiveEvent, type PayloadReadOptions } from './payload-verifier';

export interface ReadProgress {
  /** Bytes of the input read so far (the file, for readArchive; the gzip stream, for readPayload). */
  bytesRead: number;
  records: number;
}

/**
 * The most bytes a payload may inflate to, all gzip members together (issue 14.2): a gzip bomb
 * (deflate reaches ~1,000 : 1) must stop at a known size, not after the reader has parsed gigabytes.
 * Measured: our NDJSON is 625 bytes a record and compresses ≈ 7 : 1, so the full institute (681,392
 * records, a 52–63 MB file) inflates to ≈ 430 MB, its backup (≈ 75 MB, with the change log) to
 * ≈ 525 MB. 2 GiB is 4 × that, and about what the host's 256 MiB read cap (MAX_OPEN_FILE_BYTES)
 * holds at 7 : 1 — no legitimate file the host reads is refused by it.
 */
export const DEFAULT_MAX_PAYLOAD_BYTES = 2 * 1024 * 1024 * 1024;

export interface ReadOptions extends PayloadReadOptions {
  /** Inflated bytes at most (default DEFAULT_MAX_PAYLOAD_BYTES); beyond: 'payload-too-large'. */
  maxPayloadBytes?: number;
  onProgress?: (progress: ReadProgress) => void;
  signal?: AbortSignal;
}

/** gunzip is fed small slices so that one push cannot inflate into more than ~16 MiB at once. */
const GUNZIP_SLICE = 16 * 1024;
/** Longest stretch of reading between two yields to the event loop (see `yieldNow`). */
const SLICE_MS = 20;

/**
 * Lets the page's other tasks run (input, paint). A decrypted chunk can hold thousands of records,
 * and what a consumer does with each (validate, stage) runs in microtasks: without this, one chunk
 * was one task of several hundred milliseconds. `scheduler.yield()` (Chromium) resumes first,
 * before other queued tasks; where it does not exist (Node: CLI, tests) nothing waits.
 */
const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
const yieldNow: (() => Promise<void>) | null = typeof scheduler?.yield === 'function' ? () => scheduler!.yield!() : null;

/** Splits bytes into lines (each with its '\n'), refusing any line longer than the limit. */
class LineSplitter {
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;

  constructor(
    private readonly maxLineBytes: number,
    private readonly nextLine: () => number,
  ) {}

  *push(chunk: Uint8Array): Generator<Uint8Array> {
    let start = 0;
    for (let nl = chunk.indexOf(0x0a); nl >= 0; nl = chunk.indexOf(0x0a, start)) {
      let line = chunk.subarray(start, nl + 1);
      if (this.pendingBytes > 0) {
        line = concat(...this.pending, line);
        this.pending = [];
        this.pendingBytes = 0;
      }
      this.check(line.length - 1);
      yield line;
      start = nl + 1;
    }
    if (start < chunk.length) {
      this.check(this.pendingBytes + chunk.length - start);
      this.pending.push(chunk.slice(start));
      this.pendingBytes += chunk.length - start;
    }
  }

  /** The last line when the payload does not end with '\n'. */
  rest(): Uint8Array | null {
    return this.pendingBytes > 0 ? concat(...this.pending) : null;
  }

  private check(length: number): void {
    if (length > this.maxLineBytes) throw new ArchiveError('line-too-long', `line longer than ${this.maxLineBytes} bytes`, { line: this.nextLine() });
  }
}

/**
 * The plaintext layer, reading: gunzip → lines → PayloadVerifier. Yields the manifest, then each
 * record, and — only when everything verified — one 'end' event. Any failure throws an
 * ArchiveError; a consumer stages what it gets and commits only on 'end'.
 */
export async function* readPayload(gzipped: ReadableStream<Uint8Array>, options: ReadOptions, bytesRead?: () => number): AsyncGenerator<ArchiveEvent> {
  const verifier = new PayloadVerifier(options);
  let lines = 0;
  const splitter = new LineSplitter(options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES, () => lines + 1);
  let inflated: Uint8Array[] = [];
  // Bytes inflated in the current gzip member (several members are legal: `cat a.gz b.gz`).
  let memberBytes = 0;
  const gunzip = new Gunzip((chunk) => {
    memberBytes += chunk.length;
    if (chunk.length > 0) inflated.push(chunk);
  });
  gunzip.onmember = () => {
    memberBytes = 0;
  };
  let gzipBytes = 0;
  const maxPayloadBytes = options.maxPayloadBytes ?? DEFAULT_MAX_PAYLOAD_BYTES;
  let payloadBytes = 0;
  // fflate does not always notice a gzip stream cut short (it can stop inside the last block
  // quietly), so the last member's ISIZE (uncompressed length mod 2^32) is checked here.
  const tail = new Uint8Array(8);
  const keepTail = (slice: Uint8Array) => {
    const keep = Math.min(8, slice.length);
    tail.copyWithin(0, keep);
    tail.set(slice.subarray(slice.length - keep), 8 - keep);
  };
  const inflate = (slice: Uint8Array, final: boolean): Uint8Array[] => {
    keepTail(slice);
    try {
      gunzip.push(slice, final);
    } catch (cause) {
      throw new ArchiveError('not-gzip', `gzip: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    }
    if (final) {
      const isize = (tail[4]! | (tail[5]! << 8) | (tail[6]! << 16) | (tail[7]! << 24)) >>> 0;
      if (gzipBytes < 18 || isize !== memberBytes % 2 ** 32) throw new ArchiveError('not-gzip', 'gzip: the stream is cut short or its trailer is wrong');
    }
    const out = inflated;
    inflated = [];
    // Checked after each slice: one slice inflates to ~16 MiB at most, so the overrun is bounded.
    for (const chunk of out) payloadBytes += chunk.length;
    if (payloadBytes > maxPayloadBytes + verifier.blobAllowance)
      throw new ArchiveError('payload-too-large', `the payload inflates to more than ${maxPayloadBytes} bytes`);
    return out;
  };

  const reader = gzipped.getReader();
  let sliceStart: number;
  try {
    for (;;) {
      if (options.signal?.aborted) throw cancelled();
      const { done, value } = await reader.read();
      sliceStart = performance.now(); // a new task: the chunk came from the decrypter (a worker message)
      const slices: Array<[Uint8Array, boolean]> = [];
      if (done) {
        if (gzipBytes === 0) throw new ArchiveError('not-gzip', 'the payload is empty');
        slices.push([new Uint8Array(0), true]);
      } else {
        gzipBytes += value.length;
        for (let i = 0; i < value.length; i += GUNZIP_SLICE) slices.push([value.subarray(i, i + GUNZIP_SLICE), false]);
      }
      for (const [slice, final] of slices) {
        for (const chunk of inflate(slice, final)) {
          for (const line of splitter.push(chunk)) {
            if (yieldNow && performance.now() - sliceStart > SLICE_MS) {
              await yieldNow();
              sliceStart = performance.now();
            }
            lines++;
            const event = verifier.line(line, true);
            if (event) yield event;
            if (options.signal?.aborted) throw cancelled();
          }
        }
      }
      options.onProgress?.({ bytesRead: bytesRead ? bytesRead() : gzipBytes, records: verifier.records });
      if (done) break;
    }
    const last = splitter.rest();
    if (last) {
      lines++;
      const event = verifier.line(last, false);
      if (event) yield event;
    }
    yield verifier.end();
  } finally {
    await reader.cancel().catch(() => {});
  }
}
