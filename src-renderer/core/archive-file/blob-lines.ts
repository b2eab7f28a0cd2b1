import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { ArchiveError } from './errors';
import { BLOB_PART_BYTES, type BlobsDeclaration } from './manifest';

/**
 * Attachment bytes in an archive (format version 4, docs/archive-format.md "Attachment data"): after
 * the record and lineage lines, before the trailer, one `attachmentData` line per part of at most
 * BLOB_PART_BYTES, parts in order, each distinct content (sha256) once. The lines are hashed and
 * signed with the rest; on top, each content's own SHA-256 is checked as its last part is read, so a
 * content whose bytes were changed is refused naming the file, before the trailer is reached.
 */
export const BLOB_LINE_KEY = 'attachmentData';

/** Which bytes a record names: an attachment's sha256, size and file name (for messages). */
export interface BlobRef {
  sha256: string;
  size: number;
  name: string;
}

/** One content to write: its digest and size as the records name them, and a way to read a slice. */
export interface ArchiveBlob {
  sha256: string;
  size: number;
  /** Bytes [start, end) — called once per part, only when the consumer wants more output. */
  read(start: number, end: number): Promise<Uint8Array>;
}

/** A Blob (an IndexedDB row's, a file's) as the writer reads it: one slice per part, never whole. */
export function archiveBlobOf(sha256Hex: string, blob: Blob): ArchiveBlob {
  return {
    sha256: sha256Hex,
    size: blob.size,
    read: async (start, end) => new Uint8Array(await blob.slice(start, end).arrayBuffer()),
  };
}

/** One part of a content, as the reader yields it (decoded, checked against the line's place). */
export interface ArchiveBlobEvent {
  type: 'blob';
  sha256: string;
  /** 1-based, consecutive; `part === parts` is the last, after which the content's digest verified. */
  part: number;
  parts: number;
  /** The whole content's size. */
  size: number;
  data: Uint8Array;
  line: number;
}

const blobLineSchema = z
  .object({
    [BLOB_LINE_KEY]: z
      .object({
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        part: z.number().int().min(1),
        parts: z.number().int().min(1),
        size: z.number().int().min(1),
        data: z.string(),
      })
      .strict(),
  })
  .strict();

export function partsOf(size: number): number {
  return Math.max(1, Math.ceil(size / BLOB_PART_BYTES));
}

/**
 * What a blob line is beyond its own shape: it must fit what the records named (its size), what
 * the manifest declared, and the content's digest. Both the writer (it never writes a file it would
 * refuse to read) and the reader keep one of these.
 */
export class BlobLedger {
  /** Contents named by records, sha256 → first ref; null when the caller gave no `blobRef` (inspection). */
  private readonly refs: Map<string, BlobRef> | null;
  private readonly done = new Set<string>();
  private current: { ref: BlobRef; parts: number; next: number; hash: ReturnType<typeof sha256.create> } | null = null;
  count = 0;
  bytes = 0;

  constructor(
    private readonly declared: BlobsDeclaration,
    private readonly refOf: ((kind: string, record: unknown) => BlobRef | null) | undefined,
  ) {
    this.refs = refOf ? new Map() : null;
  }

  /** A record line: the bytes it names (if any) must come later in the file, with this size. */
  noteRecord(kind: string, record: unknown, line: number | undefined): void {
    if (!this.refs || !this.refOf) return;
    const ref = this.refOf(kind, record);
    if (!ref) return;
    const known = this.refs.get(ref.sha256);
    if (!known) this.refs.set(ref.sha256, ref);
    else if (known.size !== ref.size) throw new ArchiveError('blob-mismatch', `two records give ${ref.sha256} different sizes`, { line, subject: ref.name });
  }

  private nameOf(sha256Hex: string): string {
    return this.refs?.get(sha256Hex)?.name ?? sha256Hex;
  }

  /** The next part: checks its place, then hashes it; at the last part, the content's digest. */
  part(sha256Hex: string, part: number, parts: number, size: number, data: Uint8Array, line: number | undefined): void {
    const current = this.current;
    if (current && (current.ref.sha256 !== sha256Hex || part === 1)) {
      throw new ArchiveError('blob-missing', `the bytes of ${current.ref.sha256} stop at part ${current.next - 1} of ${current.parts}`, {
        line,
        subject: current.ref.name,
      });
    }
    if (!current) {
      if (part !== 1)
        throw new ArchiveError('blob-unexpected', `part ${part} of ${sha256Hex} without its first part`, { line, subject: this.nameOf(sha256Hex) });
      if (this.done.has(sha256Hex))
        throw new ArchiveError('blob-unexpected', `the bytes of ${sha256Hex} appear twice`, { line, subject: this.nameOf(sha256Hex) });
      const ref = this.refs ? this.refs.get(sha256Hex) : { sha256: sha256Hex, size, name: sha256Hex };
      if (!ref) throw new ArchiveError('blob-unexpected', `bytes of ${sha256Hex} that no record names`, { line });
      if (ref.size !== size) throw new ArchiveError('blob-mismatch', `${size} bytes where the record says ${ref.size}`, { line, subject: ref.name });
      if (parts !== partsOf(size)) throw new ArchiveError('bad-record', `${parts} parts for ${size} bytes`, { line });
      if (++this.count > this.declared.count)
        throw new ArchiveError('blob-unexpected', `more contents than the ${this.declared.count} declared`, { line, subject: ref.name });
      this.current = { ref, parts, next: 1, hash: sha256.create() };
    }
    const blob = this.current!;
    if (part !== blob.next || parts !== blob.parts || size !== blob.ref.size) {
      throw new ArchiveError('blob-unexpected', `part ${part} of ${parts} where part ${blob.next} of ${blob.parts} was due`, { line, subject: blob.ref.name });
    }
    const expected = part < parts ? BLOB_PART_BYTES : size - (parts - 1) * BLOB_PART_BYTES;
    if (data.length !== expected)
      throw new ArchiveError('blob-mismatch', `part ${part} has ${data.length} bytes, ${expected} expected`, { line, subject: blob.ref.name });
    this.bytes += data.length;
    if (this.bytes > this.declared.bytes)
      throw new ArchiveError('blob-unexpected', `more bytes than the ${this.declared.bytes} declared`, { line, subject: blob.ref.name });
    blob.hash.update(data);
    blob.next++;
    if (part === parts) {
      this.current = null;
      this.done.add(sha256Hex);
      if (bytesToHex(blob.hash.digest()) !== sha256Hex) {
        throw new ArchiveError('blob-mismatch', `the bytes do not hash to ${sha256Hex}`, { line, subject: blob.ref.name });
      }
    }
  }

  /** At the trailer: no content cut short, every named content carried, the declaration met. */
  end(): void {
    if (this.current) {
      throw new ArchiveError('blob-missing', `the bytes of ${this.current.ref.sha256} stop at part ${this.current.next - 1} of ${this.current.parts}`, {
        subject: this.current.ref.name,
      });
    }
    for (const ref of this.refs?.values() ?? []) {
      if (!this.done.has(ref.sha256)) throw new ArchiveError('blob-missing', `no bytes for ${ref.sha256}`, { subject: ref.name });
    }
    if (this.count !== this.declared.count || this.bytes !== this.declared.bytes) {
      throw new ArchiveError('count-mismatch', `${this.count} contents of ${this.bytes} bytes, ${this.declared.count} of ${this.declared.bytes} declared`);
    }
  }
}

/** Base64 value of each UTF-16 code unit, 64 for any character outside the alphabet. */
const VALUE = new Uint8Array(65536).fill(64);
for (const [i, c] of [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].entries()) VALUE[c.charCodeAt(0)] = i;

/**
 * Strict standard base64 (length a multiple of 4, padding only at the end, unused bits zero), as
 * armor.ts `decodeBase64` reads it, four characters a step: a part is 1.4 million characters.
 */
function decodePart(text: string): Uint8Array | null {
  const n = text.length;
  if (n === 0 || n % 4 !== 0) return null;
  const padding = text.charCodeAt(n - 1) === 0x3d ? (text.charCodeAt(n - 2) === 0x3d ? 2 : 1) : 0;
  const out = new Uint8Array((n / 4) * 3 - padding);
  const whole = padding === 0 ? n : n - 4;
  let o = 0;
  for (let i = 0; i < whole; i += 4) {
    const a = VALUE[text.charCodeAt(i)]!;
    const b = VALUE[text.charCodeAt(i + 1)]!;
    const c = VALUE[text.charCodeAt(i + 2)]!;
    const d = VALUE[text.charCodeAt(i + 3)]!;
    if ((a | b | c | d) & 64) return null;
    const v = (a << 18) | (b << 12) | (c << 6) | d;
    out[o++] = v >>> 16;
    out[o++] = (v >>> 8) & 0xff;
    out[o++] = v & 0xff;
  }
  if (padding > 0) {
    const a = VALUE[text.charCodeAt(whole)]!;
    const b = VALUE[text.charCodeAt(whole + 1)]!;
    const c = padding === 1 ? VALUE[text.charCodeAt(whole + 2)]! : 0;
    if ((a | b | c) & 64) return null;
    const v = (a << 18) | (b << 12) | (c << 6);
    if ((padding === 2 && (v & 0xffff) !== 0) || (padding === 1 && (v & 0xff) !== 0)) return null;
    out[o++] = v >>> 16;
    if (padding === 1) out[o] = (v >>> 8) & 0xff;
  }
  return out;
}

const ALPHABET = new TextEncoder().encode('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/');
const PAD = 0x3d;

/** Standard base64 with padding, written straight into `out` at `at` (no string: 1 MiB a part, ≈ 2,000 parts for 2 GB). */
function base64Into(bytes: Uint8Array, out: Uint8Array, at: number): void {
  let o = at;
  const whole = bytes.length - (bytes.length % 3);
  for (let i = 0; i < whole; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out[o++] = ALPHABET[n >>> 18]!;
    out[o++] = ALPHABET[(n >>> 12) & 63]!;
    out[o++] = ALPHABET[(n >>> 6) & 63]!;
    out[o++] = ALPHABET[n & 63]!;
  }
  if (whole < bytes.length) {
    const two = whole + 1 < bytes.length;
    const n = (bytes[whole]! << 16) | (two ? bytes[whole + 1]! << 8 : 0);
    out[o++] = ALPHABET[n >>> 18]!;
    out[o++] = ALPHABET[(n >>> 12) & 63]!;
    out[o++] = two ? ALPHABET[(n >>> 6) & 63]! : PAD;
    out[o] = PAD;
  }
}

/**
 * The UTF-8 bytes of one part's line, its LF included: the same text as
 * `JSON.stringify({ attachmentData: { sha256, part, parts, size, data } })`, built without the string.
 */
export function blobLineBytes(sha256Hex: string, part: number, parts: number, size: number, data: Uint8Array): Uint8Array {
  const encoder = new TextEncoder();
  const head = encoder.encode(`${JSON.stringify({ [BLOB_LINE_KEY]: { sha256: sha256Hex, part, parts, size, data: '' } }).slice(0, -3)}`);
  const tail = encoder.encode('"}}\n');
  const base64Length = Math.ceil(data.length / 3) * 4;
  const out = new Uint8Array(head.length + base64Length + tail.length);
  out.set(head, 0);
  base64Into(data, out, head.length);
  out.set(tail, head.length + base64Length);
  return out;
}

/** A parsed line that has the blob key: its fields, decoded (strict base64), or a 'bad-record'. */
export function parseBlobLine(value: Record<string, unknown>, line: number): { sha256: string; part: number; parts: number; size: number; data: Uint8Array } {
  const parsed = blobLineSchema.safeParse(value);
  if (!parsed.success) throw new ArchiveError('bad-record', 'not an attachmentData line', { line });
  const fields = parsed.data[BLOB_LINE_KEY];
  if (fields.part > fields.parts) throw new ArchiveError('blob-unexpected', `part ${fields.part} of ${fields.parts}`, { line });
  const data = decodePart(fields.data);
  if (data === null) throw new ArchiveError('bad-record', 'attachment data is not base64', { line });
  return { ...fields, data };
}

/**
 * How many more payload bytes the declared attachments may inflate to (base64 and each line's
 * JSON): the reader's gzip-bomb bound grows by this, no more.
 */
export function blobPayloadAllowance(declared: BlobsDeclaration): number {
  const lines = Math.ceil(declared.bytes / BLOB_PART_BYTES) + declared.count;
  return Math.ceil(declared.bytes / 3) * 4 + lines * 256;
}
