import { workersAvailable } from '../../core/archive-file/worker/client';
import { AuditVerifier, type AuditVerification } from '../../core/audit/verify';
import type { AirgapDb } from '../db';
import { AUDIT_PAGE_SIZE, auditEntryPages } from './pages';
import type { AuditVerifyProgress, FromVerifyWorker, VerifyJob } from './verify-protocol';

export type { AuditVerifyProgress } from './verify-protocol';

/**
 * Verifies the whole audit log (core/audit/verify.ts) against the installation's public key(s):
 * in a module Web Worker that opens the database itself wherever there is one (the app), so the
 * window stays responsive over a million entries; on the calling thread where there is none (unit
 * tests), which is the same code. Progress after each page; `signal` stops the worker at once and
 * rejects with the signal's reason.
 */
export function verifyAuditLog(
  db: AirgapDb,
  publicKeys: readonly string[],
  onProgress?: (progress: AuditVerifyProgress) => void,
  signal?: AbortSignal,
): Promise<AuditVerification> {
  if (!workersAvailable()) return verifyAuditLogHere(db, publicKeys, onProgress, signal);
  return verifyInWorker({ type: 'start', databaseName: db.name, publicKeys: [...publicKeys] }, onProgress, signal);
}

/** The verification on the calling thread: pages by the primary key, the next read overlapping this page's hashing. */
export async function verifyAuditLogHere(
  db: AirgapDb,
  publicKeys: readonly string[],
  onProgress?: (progress: AuditVerifyProgress) => void,
  signal?: AbortSignal,
  pageSize = AUDIT_PAGE_SIZE,
): Promise<AuditVerification> {
  signal?.throwIfAborted();
  const checkpoints = await db.auditCheckpoints.toArray();
  const total = (await db.audit.orderBy('seq').last())?.seq ?? 0;
  const verifier = new AuditVerifier(checkpoints, publicKeys);
  let done = 0;
  for await (const page of auditEntryPages(db, 0, pageSize)) {
    signal?.throwIfAborted();
    verifier.add(page);
    done += page.length;
    onProgress?.({ done, total });
  }
  return verifier.finish();
}

function verifyInWorker(job: VerifyJob, onProgress?: (progress: AuditVerifyProgress) => void, signal?: AbortSignal): Promise<AuditVerification> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    // Vite sees this `new Worker(new URL(…))` and bundles verify.worker.ts (with Dexie and the verifier) as its own file.
    const worker = new Worker(new URL('./verify.worker.ts', import.meta.url), { type: 'module', name: 'airgap-audit-verify' });
    const stop = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      stop();
      reject(signal!.reason);
    };
    worker.onmessage = (event: MessageEvent<FromVerifyWorker>) => {
      const message = event.data;
      if (message.type === 'progress') return onProgress?.({ done: message.done, total: message.total });
      stop();
      if (message.type === 'result') resolve(message.result);
      else reject(new Error(`audit verification failed: ${message.message}`));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      stop();
      reject(new Error(`the audit worker failed: ${event.message || 'it could not be loaded'}`));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.postMessage(job);
  });
}
