import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { ArchiveError, cancelled } from './errors';
import { BlobLedger, blobLineBytes, partsOf, type ArchiveBlob, type BlobRef } from './blob-lines';
import { BLOB_PART_BYTES, completeManifest, declaredBlobs, type ArchiveManifest, type ArchiveManifestInput } from './manifest';
import { DEFAULT_MAX_LINE_BYTES } from './payload-verifier';
import { lineProblem } from './safe-json';
import { gzipStream } from './gzip-stream';

/**
 * The plaintext layer, writing: NDJSON lines (manifest, records, attachment data, trailer) → SHA-256 of every line
 * before the trailer → gzip (fflate, level 1; `gzipStream`, apart, so that it can run in the crypto worker). Pull-driven: a record is read from `records` only
 * when the consumer wants more bytes, so memory does not grow with the archive.
 */
export interface ArchiveRecordLine {
  kind: string;
  record: unknown;
}

export interface WriteProgress {
  records: number;
  /** Uncompressed NDJSON bytes so far. */
  plaintextBytes: number;
  /** Attachment bytes (decoded) written so far: after the records, most of a file that carries attachments. */
  blobBytes: number;
}

export interface WriteSummary extends WriteProgress {
  manifest: ArchiveManifest;
  /** SHA-256 of all lines before the trailer (hex): worth writing to the audit log. */
  sha256: string;
  signature: string;
}

export interface PayloadOptions {
  /** Counts are declared up front: count first, then write; the writer checks them. */
  manifest: ArchiveManifestInput;
  records: AsyncIterable<ArchiveRecordLine> | Iterable<ArchiveRecordLine>;
  /**
   * Attachment bytes, written after the records (format version 4): each content once, as the
   * manifest's `blobs` declares. Read a part at a time, only when the consumer wants more output.
   */
  blobs?: AsyncIterable<ArchiveBlob> | Iterable<ArchiveBlob>;
  /** Which content a record names, if any: every named content must be in `blobs`, and nothing else. */
  blobRef?: (kind: string, record: unknown) => BlobRef | null;
  /** The exporting installation's Ed25519 secret key, 32 bytes hex. */
  signingSecretKey: string;
  maxLineBytes?: number;
  onProgress?: (progress: WriteProgress) => void;
  onComplete?: (summary: WriteSummary) => void;
  signal?: AbortSignal;
}

const BATCH_CHARS = 64 * 1024;
/** Line 1 is the manifest, line 2 its signature (format version 2). */
const FIRST_RECORD_LINE = 3;

function secretKeyBytes(hex: string): Uint8Array {
  if (typeof hex !== 'string' || !/^[0-9a-fA-F]{64}$/.test(hex)) throw new ArchiveError('bad-signing-key', 'signing key must be 32 bytes of hex');
  return hexToBytes(hex.toLowerCase());
}

function iteratorOf<T>(items: AsyncIterable<T> | Iterable<T>): AsyncIterator<T> | Iterator<T> {
  return Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : items[Symbol.iterator]();
}

/** The gzip-compressed NDJSON payload. Throws ArchiveError at once for a bad manifest or key. */
export function buildPayload(options: PayloadOptions): ReadableStream<Uint8Array> {
  return gzipStream(buildPlaintext(options));
}

/** The NDJSON payload before gzip: manifest, its signature, records, attachment data, trailer. */
export function buildPlaintext(options: PayloadOptions): ReadableStream<Uint8Array> {
  const secret = secretKeyBytes(options.signingSecretKey);
  const manifest = completeManifest(options.manifest, bytesToHex(ed25519.getPublicKey(secret)));
  const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  const actual = new Map<string, number>(Object.keys(manifest.counts).map((kind) => [kind, 0]));
  const hash = sha256.create();
  const encoder = new TextEncoder();
  let out: Uint8Array[] = [];
  const progress: WriteProgress = { records: 0, plaintextBytes: 0, blobBytes: 0 };
  let batch: string[] = [];
  let batchChars = 0;
  let iterator: AsyncIterator<ArchiveRecordLine> | Iterator<ArchiveRecordLine> | null = null;
  let recordsDone = false;
  let finished = false;
  if ((options.blobs === undefined) !== (options.manifest.blobs === undefined)) {
    throw new ArchiveError('bad-manifest', 'attachment bytes are written exactly when the manifest declares them');
  }
  const ledger = new BlobLedger(declaredBlobs(manifest), options.blobRef);
  let blobIterator: AsyncIterator<ArchiveBlob> | Iterator<ArchiveBlob> | null = null;
  let blob: { source: ArchiveBlob; part: number; parts: number } | null = null;
  let blobLine = 0;

  function addLine(text: string, line: number): void {
    if (text.length * 3 > maxLineBytes && encoder.encode(text).length > maxLineBytes) {
      throw new ArchiveError('line-too-long', `line longer than ${maxLineBytes} bytes`, { line });
    }
    const problem = lineProblem(text);
    if (problem?.reason === 'hostile') throw new ArchiveError('hostile-key', `key ${problem.key}`, { line });
    if (problem) throw new ArchiveError('bad-record', 'nested too deep', { line });
    batch.push(text, '\n');
    batchChars += text.length + 1;
  }

  function flushBatch(): void {
    const bytes = encoder.encode(batch.join(''));
    batch = [];
    batchChars = 0;
    hash.update(bytes);
    progress.plaintextBytes += bytes.length;
    if (bytes.length > 0) out.push(bytes);
  }

  function addRecord(value: ArchiveRecordLine): void {
    const line = progress.records + FIRST_RECORD_LINE;
    const { kind, record } = value;
    const declared = Object.hasOwn(manifest.counts, kind) ? manifest.counts[kind] : undefined;
    if (declared === undefined) throw new ArchiveError('unknown-kind', `kind ${String(kind)} is not in the manifest counts`, { line });
    if (typeof record !== 'object' || record === null || Array.isArray(record)) throw new ArchiveError('bad-record', 'record is not an object', { line });
    const n = actual.get(kind)! + 1;
    if (n > declared) throw new ArchiveError('count-mismatch', `more ${kind} records than the ${declared} declared`, { line });
    actual.set(kind, n);
    let text: string;
    try {
      text = JSON.stringify({ kind, record });
    } catch (cause) {
      throw new ArchiveError('bad-record', 'record cannot be written as JSON', { line, cause });
    }
    ledger.noteRecord(kind, record, line);
    addLine(text, line);
    progress.records++;
  }

  /** One part of the current content (the next one first): one line, flushed at once (≈ 1.4 MB). */
  async function addBlobPart(): Promise<boolean> {
    if (!blob) {
      if (!options.blobs) return false;
      blobIterator ??= iteratorOf(options.blobs);
      const next = await blobIterator.next();
      if (next.done) return false;
      const source = next.value;
      blob = { source, part: 0, parts: partsOf(source.size) };
    }
    const { source, parts } = blob;
    const part = ++blob.part;
    const start = (part - 1) * BLOB_PART_BYTES;
    const data = await source.read(start, Math.min(source.size, start + BLOB_PART_BYTES));
    const line = progress.records + FIRST_RECORD_LINE + ++blobLine;
    ledger.part(source.sha256, part, parts, source.size, data, line);
    if (part === parts) blob = null;
    const bytes = blobLineBytes(source.sha256, part, parts, source.size, data);
    if (bytes.length - 1 > maxLineBytes) throw new ArchiveError('line-too-long', `line longer than ${maxLineBytes} bytes`, { line });
    flushBatch();
    hash.update(bytes);
    progress.plaintextBytes += bytes.length;
    progress.blobBytes += data.length;
    out.push(bytes);
    // A part is up to BLOB_PART_BYTES: often enough for a progress bar, never per chunk.
    options.onProgress?.({ ...progress });
    return true;
  }

  function finish(): void {
    ledger.end();
    for (const [kind, n] of actual) {
      if (n !== manifest.counts[kind]) throw new ArchiveError('count-mismatch', `${n} ${kind} records, ${manifest.counts[kind]} declared`);
    }
    flushBatch();
    const digest = hash.digest();
    const summary: WriteSummary = { ...progress, manifest, sha256: bytesToHex(digest), signature: bytesToHex(ed25519.sign(digest, secret)) };
    const trailer = JSON.stringify({ trailer: { sha256: summary.sha256, signature: summary.signature } });
    out.push(encoder.encode(`${trailer}\n`));
    finished = true;
    options.onProgress?.({ ...progress });
    options.onComplete?.(summary);
  }

  const manifestText = JSON.stringify(manifest);
  addLine(manifestText, 1);
  const manifestSignature = bytesToHex(ed25519.sign(sha256(encoder.encode(`${manifestText}\n`)), secret));
  addLine(JSON.stringify({ manifestSignature }), 2);
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          while (out.length === 0 && !finished) {
            if (options.signal?.aborted) throw cancelled();
            if (batchChars >= BATCH_CHARS) {
              flushBatch();
              options.onProgress?.({ ...progress });
              continue;
            }
            if (!recordsDone) {
              iterator ??= iteratorOf(options.records);
              const next = await iterator.next();
              if (next.done) recordsDone = true;
              else addRecord(next.value);
            } else if (!(await addBlobPart())) finish();
          }
        } catch (error) {
          await iterator?.return?.();
          await blobIterator?.return?.();
          throw error;
        }
        for (const chunk of out) controller.enqueue(chunk);
        out = [];
        if (finished) controller.close();
      },
      async cancel() {
        await iterator?.return?.();
        await blobIterator?.return?.();
      },
    },
    { highWaterMark: 0 },
  );
}
