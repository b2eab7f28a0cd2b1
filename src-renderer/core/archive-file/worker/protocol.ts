import type { ArchiveLock, ArchiveUnlock } from '../age-layer';
import { ArchiveError, ARCHIVE_ERROR_CODES, type ArchiveErrorCode } from '../errors';

/**
 * The messages between the main thread and the crypto worker (worker/crypto.worker.ts). One worker
 * runs one age stream: `start` names the job; the worker asks for input (`read`) and the main
 * thread answers with one piece of it; the main thread asks for output (`pull`) and the worker
 * answers with one chunk. Both directions are pulled one piece at a time, so memory stays bounded
 * by a few chunks whatever the file's size. Cancelling is terminating the worker: typage runs
 * scrypt synchronously, so nothing else can stop it.
 */
export type AgeJob =
  | { op: 'open'; unlock: ArchiveUnlock }
  /** `gzip`: the input is the payload's plaintext, compressed here before it is sealed (payload-writer `gzipStream`). */
  | { op: 'seal'; lock: ArchiveLock; armor: boolean; gzip?: boolean };

/** Main thread → worker. */
export type ToWorker =
  | { type: 'start'; job: AgeJob }
  /** Answers `read`: the next piece of the input (transferred). */
  | { type: 'input'; chunk: Uint8Array }
  | { type: 'input-end' }
  /** Answers `read`: the input failed on the main thread, which keeps the error for its caller. */
  | { type: 'input-error' }
  /** The caller wants the next chunk of output. */
  | { type: 'pull' };

/** Worker → main thread. */
export type FromWorker =
  | { type: 'read' }
  /** The slow part is done (scrypt, the header): output can be pulled. */
  | { type: 'ready'; armored: boolean }
  /** Answers `pull` (transferred). */
  | { type: 'output'; chunk: Uint8Array }
  | { type: 'output-end' }
  | { type: 'failed'; error: WireError };

/** An error as it crosses: structured clone keeps an Error's message but not ArchiveError's code. */
export type WireError =
  | { kind: 'archive'; code: ArchiveErrorCode; message: string; line?: number; detail?: string }
  /** The input's own failure, reported back: the main thread throws the error it kept. */
  | { kind: 'input' }
  | { kind: 'other'; message: string };

/** Inside the worker, what the input stream fails with when the main thread's input failed. */
export class InputFailed extends Error {
  constructor() {
    super('the input failed on the main thread');
    this.name = 'InputFailed';
  }
}

export function toWire(error: unknown): WireError {
  if (error instanceof InputFailed) return { kind: 'input' };
  if (error instanceof ArchiveError) {
    return {
      kind: 'archive',
      code: error.code,
      message: error.message,
      ...(error.line === undefined ? {} : { line: error.line }),
      ...(error.detail === undefined ? {} : { detail: error.detail }),
    };
  }
  return { kind: 'other', message: error instanceof Error ? error.message : String(error) };
}

/** The error the caller gets: an ArchiveError again, or the input's own error (`inputError`). */
export function fromWire(wire: WireError, inputError: unknown): unknown {
  if (wire.kind === 'input') return inputError ?? new Error('the input failed');
  if (wire.kind === 'other' || !(ARCHIVE_ERROR_CODES as readonly string[]).includes(wire.code)) return new Error(wire.message);
  const error = new ArchiveError(wire.code, wire.message, { line: wire.line, detail: wire.detail });
  error.message = wire.message; // the constructor prefixes the line, which the message already holds
  return error;
}

/**
 * An own copy of `bytes` that can be transferred: a chunk may be a view of a larger buffer that
 * its producer still uses (and a typed array is cloned with its whole buffer), so it is copied.
 */
export function transferableCopy(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.slice();
}
