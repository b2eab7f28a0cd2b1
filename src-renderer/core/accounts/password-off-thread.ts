import { DEFAULT_SCRYPT_PARAMS, type ScryptParams } from './password';
import { runPasswordJob, type PasswordJob, type PasswordReply } from './password-worker/protocol';
import type { PasswordHash } from './types';

// Typed here because core is compiled without the DOM library too (Node: the CLI, unit tests).
declare const Worker: new (
  url: URL,
  options: { type: 'module'; name: string },
) => {
  postMessage(message: PasswordJob): void;
  onmessage: ((event: { data: PasswordReply }) => void) | null;
  onerror: ((event: { message?: string; preventDefault(): void }) => void) | null;
  onmessageerror: (() => void) | null;
  terminate(): void;
};

const workersAvailable = () => typeof (globalThis as { Worker?: unknown }).Worker === 'function';

/**
 * One job in a worker of its own, ended when it answers (no password stays in a live worker); on
 * the calling thread where there is no Worker (Node: unit tests), which is the same code.
 */
function runOffThread(job: PasswordJob): Promise<PasswordReply> {
  if (!workersAvailable()) return Promise.resolve(runPasswordJob(job));
  return new Promise((resolve) => {
    // Vite sees this `new Worker(new URL(…))` and bundles password.worker.ts as its own file.
    const worker = new Worker(new URL('./password-worker/password.worker.ts', import.meta.url), { type: 'module', name: 'airgap-password' });
    const answer = (reply: PasswordReply) => {
      worker.terminate();
      resolve(reply);
    };
    worker.onmessage = (event) => answer(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      answer({ ok: false, error: `the password worker failed: ${event.message ?? 'it could not be loaded'}` });
    };
    worker.onmessageerror = () => answer({ ok: false, error: 'the password worker sent a message that cannot be read' });
    worker.postMessage(job);
  });
}

export async function hashPasswordOffThread(password: string, params: ScryptParams = DEFAULT_SCRYPT_PARAMS): Promise<PasswordHash> {
  const reply = await runOffThread({ op: 'hash', password, params });
  if (!reply.ok) throw new Error(reply.error);
  if (reply.op !== 'hash') throw new Error('the password worker answered another question');
  return reply.hash;
}

/** Whether `password` matches any of `hashes` (one, or a password history), in one worker. */
export async function verifyPasswordOffThread(password: string, hashes: PasswordHash | readonly PasswordHash[]): Promise<boolean> {
  const reply = await runOffThread({ op: 'verify', password, hashes: Array.isArray(hashes) ? [...hashes] : [hashes as PasswordHash] });
  if (!reply.ok) throw new Error(reply.error);
  if (reply.op !== 'verify') throw new Error('the password worker answered another question');
  return reply.matched;
}
