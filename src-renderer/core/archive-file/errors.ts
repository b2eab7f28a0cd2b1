/**
 * Every way reading or writing an archive file can fail, one code per failure class. Messages are
 * for developers and logs; the UI maps `code` to zh-CN / en-US text (see docs/archive-format.md).
 */
export const ARCHIVE_ERROR_CODES = [
  // input and age layer
  'empty', // the input has no bytes (or only whitespace)
  'not-age', // neither a binary nor an armored age file
  'truncated', // the file ends early (inside the header, before the nonce, or the final chunk fails: see docs)
  'corrupt', // header MAC, armor or a payload chunk fails: damaged or altered
  'wrong-key', // no given passphrase / identity opens the file
  'work-factor-too-high', // passphrase file with scrypt work factor above the reader's limit
  'bad-lock', // the lock / unlock given to the writer or reader is unusable (a programming error)
  'bad-signing-key', // the writer's signing key is not 32 bytes of hex
  // plaintext layers
  'not-gzip',
  'not-ndjson', // invalid UTF-8 or a line that is not JSON
  'line-too-long',
  'too-large', // more records than maxRecords
  'bad-manifest',
  'unknown-format-version',
  'newer-schema',
  'bad-record', // a line that is not a valid record line, or a record its validator refuses
  'unknown-kind',
  'hostile-key', // __proto__, constructor or prototype as an object key at any depth
  'duplicate-record',
  'missing-trailer', // no trailer, a malformed one, or one that is not the last line
  'hash-mismatch',
  'bad-signature',
  'count-mismatch',
  'cancelled',
  'payload-too-large', // decompressed, the payload is larger than the reader accepts (a gzip bomb, or far beyond the full institute)
  // attachment bytes (format version 4, docs/archive-format.md "Attachment data")
  'blob-mismatch', // an attachment's bytes do not hash to its sha256, or their size differs from the declared one
  'blob-missing', // a record names bytes the file does not carry whole (absent, or parts missing)
  'blob-unexpected', // bytes no record names, given twice, parts out of order, or beyond the manifest's declaration
] as const;

export type ArchiveErrorCode = (typeof ARCHIVE_ERROR_CODES)[number];

export class ArchiveError extends Error {
  /** 1-based line of the NDJSON payload, when the failure is about one line. */
  readonly line: number | undefined;
  /** A machine-readable refinement of some codes, e.g. 'needs-passphrase' on 'wrong-key'. */
  readonly detail: string | undefined;
  /** What the failure is about, for the user's message: the attachment's file name on the blob-* codes. */
  readonly subject: string | undefined;

  constructor(
    readonly code: ArchiveErrorCode,
    message: string,
    options: { line?: number; detail?: string; subject?: string; cause?: unknown } = {},
  ) {
    super(options.line === undefined ? message : `line ${options.line}: ${message}`, { cause: options.cause });
    this.name = 'ArchiveError';
    this.line = options.line;
    this.detail = options.detail;
    this.subject = options.subject;
  }
}

export function isArchiveError(error: unknown, code?: ArchiveErrorCode): error is ArchiveError {
  return error instanceof ArchiveError && (code === undefined || error.code === code);
}

export function cancelled(): ArchiveError {
  return new ArchiveError('cancelled', 'cancelled by the caller');
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw cancelled();
}
