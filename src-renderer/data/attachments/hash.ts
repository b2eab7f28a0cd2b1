import { sha256OfBlob } from './hash-stream';

type Reply = { id: number; sha256: string } | { id: number; error: string };

/**
 * SHA-256 (hex) of each blob, in order, in one worker made for the call and ended after it (heavy
 * crypto off the main thread, ENGINEERING.md). Without workers (Node: unit tests) in this thread.
 * A blob that cannot be read (the file changed or vanished on disk) rejects.
 */
export async function hashBlobs(blobs: readonly Blob[]): Promise<string[]> {
  if (typeof Worker !== 'function') {
    const out: string[] = [];
    for (const blob of blobs) out.push(await sha256OfBlob(blob));
    return out;
  }
  const worker = new Worker(new URL('./hash.worker.ts', import.meta.url), { type: 'module', name: 'airgap-hash' });
  try {
    const out: string[] = [];
    for (const [id, blob] of blobs.entries()) out.push(await hashInWorker(worker, id, blob));
    return out;
  } finally {
    worker.terminate();
  }
}

export async function hashBlob(blob: Blob): Promise<string> {
  const [sha256] = await hashBlobs([blob]);
  return sha256!;
}

function hashInWorker(worker: Worker, id: number, blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<Reply>) => {
      if (event.data.id !== id) return;
      if ('error' in event.data) reject(new Error(event.data.error));
      else resolve(event.data.sha256);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      reject(new Error(`the hash worker failed: ${event.message || 'it could not be loaded'}`));
    };
    worker.postMessage({ id, blob });
  });
}
