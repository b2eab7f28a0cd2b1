import type { ArchiveLock } from './age-layer';
import { sealAgeOffThread } from './age-off-thread';
import { buildPlaintext, type PayloadOptions } from './payload-writer';

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
 * is one (age-off-thread.ts), else synchronously here (typage). The worker gzips too: this thread
 * reads the records and writes their JSON and SHA-256 while the worker compresses and encrypts the
 * pieces before (at full scale, gzip of ≈ 430 MB was a quarter of an export, all on the page's thread).
 */
export async function writeArchive(options: WriteArchiveOptions): Promise<ReadableStream<Uint8Array>> {
  const payload = buildPlaintext(options);
  try {
    return await sealAgeOffThread(payload, options.lock, options.armor ?? false, options.signal, { gzip: true });
  } catch (error) {
    await payload.cancel().catch(() => {});
    throw error;
  }
}
