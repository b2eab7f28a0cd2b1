import { openDatabase } from '../db';
import { verifyAuditLogHere } from './verify-log';
import type { FromVerifyWorker, VerifyJob } from './verify-protocol';

/**
 * The audit verifier's worker (bundled by Vite from the `new Worker(new URL(…))` in verify-log.ts):
 * opens the app's database by name, reads the log page by page and hashes it here, and posts only
 * progress and the verdict back — a million entries never cross to the window's thread.
 */
type WorkerScope = {
  postMessage(message: FromVerifyWorker): void;
  addEventListener(type: 'message', listener: (event: { data: VerifyJob }) => void): void;
};
const scope = globalThis as typeof globalThis & WorkerScope;

scope.addEventListener('message', (event) => {
  void run(event.data);
});

async function run(job: VerifyJob): Promise<void> {
  try {
    const db = await openDatabase(job.databaseName);
    try {
      const result = await verifyAuditLogHere(db, job.publicKeys, (progress) => scope.postMessage({ type: 'progress', ...progress }));
      scope.postMessage({ type: 'result', result });
    } finally {
      db.close();
    }
  } catch (error) {
    scope.postMessage({ type: 'failed', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
}
