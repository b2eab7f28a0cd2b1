import { sha256OfBlob } from './hash-stream';

/**
 * The hash worker's entry (bundled by Vite from the `new Worker(new URL(…))` in hash.ts): hashing
 * files of up to the attachment cap runs here, so the window never freezes on it. A Blob is passed
 * by reference (structured clone of a Blob copies no bytes).
 */
type Request = { id: number; blob: Blob };
type Reply = { id: number; sha256: string } | { id: number; error: string };
type WorkerScope = {
  postMessage(message: Reply): void;
  addEventListener(type: 'message', listener: (event: { data: Request }) => void): void;
};
const scope = globalThis as typeof globalThis & WorkerScope;

scope.addEventListener('message', (event) => {
  const { id, blob } = event.data;
  sha256OfBlob(blob).then(
    (sha256) => scope.postMessage({ id, sha256 }),
    (error: unknown) => scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
});
