import type { ArchiveUnlock } from './age-layer';
import { openAgeOffThread } from './age-off-thread';
import { ArchiveError, cancelled, type ArchiveErrorCode } from './errors';
import type { ArchiveManifest } from './manifest';
import type { ArchiveEvent } from './payload-verifier';
import { readPayload, type ReadOptions } from './payload-reader';
import { keyFingerprint } from '../keys';

/**
 * Reads an archive file as a stream of events: `manifest`, then every `record`, then `end` —
 * which comes only when the trailer, SHA-256, Ed25519 signature and counts all verified. Any
 * failure throws an ArchiveError and no `end` follows: stage records, commit on `end` only.
 *
 * `end.signerPublicKey` is the key that signed the file; whether that key is one this installation
 * trusts (the department directory) is the caller's decision.
 *
 * The age layer (scrypt, decryption) runs in a Web Worker where there is one (age-off-thread.ts);
 * the plaintext layers stay on the caller's thread, a chunk per task.
 */
export async function* readArchive(input: ReadableStream<Uint8Array> | Uint8Array, unlock: ArchiveUnlock, options: ReadOptions): AsyncGenerator<ArchiveEvent> {
  if (options.signal?.aborted) throw cancelled();
  const opened = await openAgeOffThread(input, unlock, options.signal);
  yield* readPayload(opened.plaintext, options, opened.bytesRead);
}

export interface ArchiveInspection {
  manifest: ArchiveManifest;
  /** Records actually read, per kind (all of them when verified). */
  counts: Record<string, number>;
  records: number;
  /** Attachment contents read whole (and their digests verified), and their bytes. */
  blobs: { count: number; bytes: number };
  signerPublicKey: string;
  signerFingerprint: string;
  /** True when hash, signature and counts verified; else `problem` says what failed. */
  verified: boolean;
  /** The trailer's SHA-256 when verified. */
  sha256: string | null;
  problem: { code: ArchiveErrorCode; message: string; line?: number } | null;
}

export type InspectOptions = Omit<ReadOptions, 'knownKinds' | 'supportedSchemaVersion'> & {
  /** Default: the kinds the manifest declares. */
  knownKinds?: ReadOptions['knownKinds'];
  /** Default: any schema version. */
  supportedSchemaVersion?: number;
};

/**
 * Reads a whole archive and reports what it holds and whether it verifies (for the CLI and the
 * import preview's header). Throws an ArchiveError only when not even the manifest can be read.
 */
export async function inspectArchive(
  input: ReadableStream<Uint8Array> | Uint8Array,
  unlock: ArchiveUnlock,
  options: InspectOptions = {},
): Promise<ArchiveInspection> {
  let manifest: ArchiveManifest | null = null;
  const counts: Record<string, number> = {};
  let records = 0;
  const blobs = { count: 0, bytes: 0 };
  const readOptions: ReadOptions = {
    ...options,
    knownKinds: options.knownKinds ?? 'declared',
    supportedSchemaVersion: options.supportedSchemaVersion ?? Number.MAX_SAFE_INTEGER,
  };
  try {
    for await (const event of readArchive(input, unlock, readOptions)) {
      if (event.type === 'manifest') {
        manifest = event.manifest;
      } else if (event.type === 'record') {
        counts[event.kind] = (counts[event.kind] ?? 0) + 1;
        records++;
      } else if (event.type === 'blob') {
        blobs.bytes += event.data.length;
        if (event.part === event.parts) blobs.count++;
      } else {
        return { ...summary(event.signerPublicKey), verified: true, sha256: event.sha256, problem: null };
      }
    }
    throw new ArchiveError('missing-trailer', 'the archive ended without verification');
  } catch (error) {
    if (!manifest || !(error instanceof ArchiveError)) throw error;
    const problem = { code: error.code, message: error.message, ...(error.line === undefined ? {} : { line: error.line }) };
    return { ...summary(manifest.signerPublicKey), verified: false, sha256: null, problem };
  }

  function summary(signerPublicKey: string) {
    return { manifest: manifest!, counts, records, blobs, signerPublicKey, signerFingerprint: keyFingerprint(signerPublicKey) };
  }
}
