import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { keyFingerprint } from '../keys';
import { ArchiveError } from './errors';
import { BLOB_LINE_KEY, BlobLedger, blobPayloadAllowance, parseBlobLine, type ArchiveBlobEvent, type BlobRef } from './blob-lines';
import { archiveTrailerSchema, declaredBlobs, manifestSignatureSchema, parseManifest, totalCount, type ArchiveManifest, type ArchiveTrailer } from './manifest';
import { isPlainObject, parseJsonSafely } from './safe-json';

export const DEFAULT_MAX_LINE_BYTES = 16 * 1024 * 1024;
export const DEFAULT_MAX_RECORDS = 10_000_000;

/**
 * What a record validator says: null (valid as read), the record to use instead (valid, as the
 * schema tidied it: what a consumer stores), or a short description of the problem.
 */
export type RecordValidation = string | null | { record: Record<string, unknown> };

export interface PayloadReadOptions {
  /**
   * Kinds this reader accepts; any other kind in the manifest or on a record line is refused.
   * 'declared' accepts whatever the manifest declares: for inspection only, never for an import.
   */
  knownKinds: readonly string[] | 'declared';
  /** The newest schema version this installation understands. */
  supportedSchemaVersion: number;
  maxLineBytes?: number;
  maxRecords?: number;
  /**
   * Null when the record is valid as read, `{ record }` when valid and that (tidied) value is what
   * the 'record' event must carry, else a short description of the problem.
   */
  validate?: (kind: string, record: Record<string, unknown>) => RecordValidation;
  /** Identity of a record for the duplicate check; null skips it. Default: `record.id`. */
  recordKey?: (kind: string, record: Record<string, unknown>) => string | null;
  /**
   * Which attachment content a record (as validated) names. Given, every named content must come
   * whole in the file and no other; without it (inspection) the contents are still checked against
   * their own digests and the manifest, not against the records.
   */
  blobRef?: (kind: string, record: Record<string, unknown>) => BlobRef | null;
}

export interface ArchiveEnd {
  type: 'end';
  verified: true;
  sha256: string;
  signerPublicKey: string;
  signerFingerprint: string;
  counts: Record<string, number>;
  records: number;
}

/**
 * The manifest, once it can be trusted as far as the format allows: in a version-2 file only after
 * line 2's signature over it verified (`signed`), so a consumer can refuse an unknown or untrusted
 * signer before a single record is read; in a version-1 file as soon as line 1 is read (`signed`
 * false: the signer is only proven at the end).
 */
export interface ArchiveManifestEvent {
  type: 'manifest';
  manifest: ArchiveManifest;
  signed: boolean;
  signerFingerprint: string;
}

/** One record line: the record as the validator returned it (else as read), and its line's size in bytes. */
export interface ArchiveRecordEvent {
  type: 'record';
  kind: string;
  record: Record<string, unknown>;
  line: number;
  bytes: number;
}

export type ArchiveEvent = ArchiveManifestEvent | ArchiveRecordEvent | ArchiveBlobEvent | ArchiveEnd;

function defaultKey(_kind: string, record: Record<string, unknown>): string | null {
  const id = record.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
}

/**
 * Checks the NDJSON payload line by line and, at the end, as a whole: manifest first, record lines,
 * trailer last; hash, signature and counts. Knows nothing of gzip or age.
 */
export class PayloadVerifier {
  private lineNo = 0;
  private manifest: ArchiveManifest | null = null;
  /** A version-2 manifest read but not yet vouched for by line 2: its SHA-256 (with its LF). */
  private unsignedManifestDigest: Uint8Array | null = null;
  private trailer: ArchiveTrailer | null = null;
  private readonly hash = sha256.create();
  private readonly counts = new Map<string, number>();
  private readonly seen = new Map<string, Set<string>>();
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private readonly maxRecords: number;
  private knownKinds: readonly string[] = [];
  private blobs: BlobLedger | null = null;
  private blobLines = false;
  records = 0;
  /** Payload bytes the manifest's declared attachments add to the reader's bound (0 before the manifest). */
  blobAllowance = 0;

  constructor(private readonly options: PayloadReadOptions) {
    this.maxRecords = options.maxRecords ?? DEFAULT_MAX_RECORDS;
  }

  /** One line, with its '\n' unless it is the last bytes of the payload. Null for the trailer. */
  line(bytes: Uint8Array, newline: boolean): ArchiveEvent | null {
    const line = ++this.lineNo;
    if (this.trailer) throw new ArchiveError('missing-trailer', 'the trailer is not the last line', { line });
    let text: string;
    try {
      text = this.decoder.decode(newline ? bytes.subarray(0, bytes.length - 1) : bytes);
    } catch {
      throw new ArchiveError('not-ndjson', 'invalid UTF-8', { line });
    }
    const parsed = parseJsonSafely(text);
    if (!parsed.ok) {
      if (parsed.reason === 'hostile') throw new ArchiveError('hostile-key', `key ${parsed.key}`, { line });
      if (parsed.reason === 'too-deep') throw new ArchiveError(line === 1 ? 'bad-manifest' : 'bad-record', 'nested too deep', { line });
      throw new ArchiveError('not-ndjson', 'not a line of JSON', { line });
    }
    const value = parsed.value;
    if (line === 1) return this.onManifest(value, bytes);
    if (this.unsignedManifestDigest) return this.onManifestSignature(value, bytes, line);
    if (!isPlainObject(value)) throw new ArchiveError('bad-record', 'not a JSON object', { line });
    if ('trailer' in value) {
      const trailer = archiveTrailerSchema.safeParse(value);
      if (!trailer.success) throw new ArchiveError('missing-trailer', 'malformed trailer', { line });
      this.trailer = trailer.data.trailer;
      return null;
    }
    if (BLOB_LINE_KEY in value) return this.onBlob(value, bytes, line);
    if (this.blobLines) throw new ArchiveError('bad-record', 'a record line after the attachment data', { line });
    return this.onRecord(value, bytes, line);
  }

  private onManifest(value: unknown, bytes: Uint8Array): ArchiveEvent | null {
    const known = this.options.knownKinds;
    const manifest = parseManifest(value, this.options.supportedSchemaVersion, known === 'declared' ? null : known);
    this.knownKinds = known === 'declared' ? Object.keys(manifest.counts) : known;
    const total = totalCount(manifest.counts);
    if (total > this.maxRecords) throw new ArchiveError('too-large', `${total} records declared, at most ${this.maxRecords} accepted`, { line: 1 });
    this.manifest = manifest;
    const declared = declaredBlobs(manifest);
    this.blobs = new BlobLedger(declared, this.options.blobRef as ((kind: string, record: unknown) => BlobRef | null) | undefined);
    this.blobAllowance = blobPayloadAllowance(declared);
    this.hash.update(bytes);
    if (manifest.formatVersion >= 2) {
      this.unsignedManifestDigest = sha256(bytes);
      return null;
    }
    return this.manifestEvent(false);
  }

  /** Line 2 of a version-2 file: the signer's signature over line 1, checked before any record. */
  private onManifestSignature(value: unknown, bytes: Uint8Array, line: number): ArchiveEvent {
    const parsed = manifestSignatureSchema.safeParse(value);
    if (!parsed.success) throw new ArchiveError('bad-manifest', 'line 2 is not the manifest signature', { line });
    if (!verifyStrict(parsed.data.manifestSignature, this.unsignedManifestDigest!, this.manifest!.signerPublicKey)) {
      throw new ArchiveError('bad-signature', 'the manifest signature does not verify with the manifest signer key', { line });
    }
    this.unsignedManifestDigest = null;
    this.hash.update(bytes);
    return this.manifestEvent(true);
  }

  private manifestEvent(signed: boolean): ArchiveManifestEvent {
    const manifest = this.manifest!;
    return { type: 'manifest', manifest, signed, signerFingerprint: keyFingerprint(manifest.signerPublicKey) };
  }

  private onRecord(value: Record<string, unknown>, bytes: Uint8Array, line: number): ArchiveEvent {
    const { kind, record } = value;
    if (Object.keys(value).length !== 2 || typeof kind !== 'string' || !isPlainObject(record)) {
      throw new ArchiveError('bad-record', 'not a {"kind", "record"} line', { line });
    }
    if (!this.knownKinds.includes(kind)) throw new ArchiveError('unknown-kind', `kind ${kind.slice(0, 40)}`, { line });
    const n = (this.counts.get(kind) ?? 0) + 1;
    const declared = Object.hasOwn(this.manifest!.counts, kind) ? this.manifest!.counts[kind]! : 0;
    if (n > declared) throw new ArchiveError('count-mismatch', `more ${kind} records than the ${declared} declared`, { line });
    if (++this.records > this.maxRecords) throw new ArchiveError('too-large', `more than ${this.maxRecords} records`, { line });
    this.counts.set(kind, n);
    const verdict = this.callback(() => this.options.validate?.(kind, record) ?? null, line);
    if (typeof verdict === 'string') throw new ArchiveError('bad-record', `${kind}: ${verdict}`, { line });
    const checked = verdict === null ? record : verdict.record;
    const key = this.callback(() => (this.options.recordKey ?? defaultKey)(kind, checked), line);
    if (key !== null) {
      let ids = this.seen.get(kind);
      if (!ids) this.seen.set(kind, (ids = new Set()));
      if (ids.has(key)) throw new ArchiveError('duplicate-record', `${kind} ${key.slice(0, 80)} appears twice`, { line });
      ids.add(key);
    }
    this.callbackOr(() => this.blobs!.noteRecord(kind, checked, line), line);
    this.hash.update(bytes);
    return { type: 'record', kind, record: checked, line, bytes: bytes.length };
  }

  /** One part of an attachment's bytes: in its place, of the declared size, its content's digest at the last part. */
  private onBlob(value: Record<string, unknown>, bytes: Uint8Array, line: number): ArchiveBlobEvent {
    if (this.manifest!.formatVersion < 4) throw new ArchiveError('blob-unexpected', 'attachment data in a file that declares none', { line });
    const part = parseBlobLine(value, line);
    this.blobLines = true;
    this.blobs!.part(part.sha256, part.part, part.parts, part.size, part.data, line);
    this.hash.update(bytes);
    return { type: 'blob', ...part, line };
  }

  /** Like `callback`, but an ArchiveError (a blob check) keeps its own code. */
  private callbackOr(fn: () => void, line: number): void {
    try {
      fn();
    } catch (cause) {
      if (cause instanceof ArchiveError) throw cause;
      this.callback(() => {
        throw cause;
      }, line);
    }
  }

  /** A caller's validator or key function that throws (e.g. on a hostile shape) refuses the record. */
  private callback<T>(fn: () => T, line: number): T {
    try {
      return fn();
    } catch (cause) {
      throw new ArchiveError('bad-record', `check failed: ${cause instanceof Error ? cause.message : String(cause)}`, { line, cause });
    }
  }

  /** After the last line: throws unless the trailer, hash, signature and counts all hold. */
  end(): ArchiveEnd {
    const manifest = this.manifest;
    if (!manifest) throw new ArchiveError('bad-manifest', 'the payload has no lines');
    if (this.unsignedManifestDigest) throw new ArchiveError('bad-manifest', 'the manifest signature line is missing');
    if (!this.trailer) throw new ArchiveError('missing-trailer', 'the payload ends without a trailer');
    this.blobs?.end();
    const digest = this.hash.digest();
    if (bytesToHex(digest) !== this.trailer.sha256) throw new ArchiveError('hash-mismatch', 'the content does not match the trailer hash');
    if (!verifyStrict(this.trailer.signature, digest, manifest.signerPublicKey))
      throw new ArchiveError('bad-signature', 'the signature does not verify with the manifest signer key');
    const counts: Record<string, number> = {};
    for (const kind of new Set([...Object.keys(manifest.counts), ...this.counts.keys()])) {
      counts[kind] = this.counts.get(kind) ?? 0;
      if (counts[kind] !== manifest.counts[kind])
        throw new ArchiveError('count-mismatch', `${counts[kind]} ${kind} records, ${manifest.counts[kind]} declared`);
    }
    return {
      type: 'end',
      verified: true,
      sha256: this.trailer.sha256,
      signerPublicKey: manifest.signerPublicKey,
      signerFingerprint: keyFingerprint(manifest.signerPublicKey),
      counts,
      records: this.records,
    };
  }
}

/** Strict RFC 8032 verification (no ZIP-215 leniency): one signature, one encoding. */
function verifyStrict(signatureHex: string, message: Uint8Array, publicKeyHex: string): boolean {
  try {
    return ed25519.verify(hexToBytes(signatureHex), message, hexToBytes(publicKeyHex), { zip215: false });
  } catch {
    return false;
  }
}
