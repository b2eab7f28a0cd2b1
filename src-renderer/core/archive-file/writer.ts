import type { ArchiveLock } from './age-layer';
import { sealAgeOffThread } from './age-off-thread';
import { buildPayload, type PayloadOptions } from './payload-writer';

export interface WriteArchiveOptions extends PayloadOptions {
  /** A passphrase (scrypt, work factor 18 by default) or one or more age X25519 recipients (`age1…`). */
  lock: ArchiveLock;
  /** ASCII armor (`-----BEGIN AGE ENCRYPTED FILE-----`) instead of binary age. */
  armor?: boolean;
}

/**
 * Writes an archive file as a stream: NDJSON → SHA-256 → gzip → age (→ armor). Nothing is read
 * from `records` until the returned stream is read. Throws an ArchiveError at once for a bad
 * manifest, signing key or lock; later failures (counts, records, cancel) error the stream.
 *
 * With a passphrase, scrypt takes about a second at work factor 18: in the crypto worker where there
 * is one (age-off-thread.ts), else synchronously here (typage).
 */
export async function writeArchive(options: WriteArchiveOptions): Promise<ReadableStream<Uint8Array>> {
  const payload = buildPayload(options);
  try {
    return await sealAgeOffThread(payload, options.lock, options.armor ?? false, options.signal);
  } catch (error) {
    await payload.cancel().catch(() => {});
    throw error;
  }
}
