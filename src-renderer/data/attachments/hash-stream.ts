import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/**
 * SHA-256 (hex) of a Blob, read as a stream so a 100 MB file is never one buffer. The audited
 * @noble/hashes does the hashing (ENGINEERING.md); this runs in the hash worker (hash.worker.ts),
 * or in the calling thread where there are no workers (unit tests).
 */
export async function sha256OfBlob(blob: Blob): Promise<string> {
  const hash = sha256.create();
  const reader = blob.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    hash.update(value);
  }
  return bytesToHex(hash.digest());
}
