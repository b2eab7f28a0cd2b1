import { openAge, sealAge, type ArchiveLock, type ArchiveUnlock, type OpenedAge } from './age-layer';
import { toStream } from './byte-reader';
import { gzipStream } from './gzip-stream';
import { runAgeJob, spawnCryptoWorker, workersAvailable } from './worker/client';

/**
 * The age layer off the calling thread: in a Web Worker wherever there is one (the renderer), so
 * scrypt (about a second at work factor 18) and the cipher never freeze the window; on the calling
 * thread where there is none (Node: the archive CLI, the unit tests), which is the same code.
 * `signal` stops the worker at once, scrypt included.
 */
export async function openAgeOffThread(input: ReadableStream<Uint8Array> | Uint8Array, unlock: ArchiveUnlock, signal?: AbortSignal): Promise<OpenedAge> {
  if (!workersAvailable()) return openAge(input, unlock);
  const result = await runAgeJob(spawnCryptoWorker(), { op: 'open', unlock }, toStream(input), signal);
  return { plaintext: result.output, armored: result.armored, bytesRead: result.bytesRead };
}

/** `gzip`: the input is compressed (payload-writer `gzipStream`) before it is sealed, on the same thread as the cipher. */
export async function sealAgeOffThread(
  plaintext: ReadableStream<Uint8Array>,
  lock: ArchiveLock,
  armor: boolean,
  signal?: AbortSignal,
  { gzip = false }: { gzip?: boolean } = {},
): Promise<ReadableStream<Uint8Array>> {
  if (!workersAvailable()) return sealAge(gzip ? gzipStream(plaintext) : plaintext, lock, armor);
  return (await runAgeJob(spawnCryptoWorker(), { op: 'seal', lock, armor, gzip }, plaintext, signal)).output;
}
