import type { AuditVerification } from '../../core/audit/verify';

/** Messages between verifyAuditLog (verify-log.ts) and its worker (verify.worker.ts). */
export interface VerifyJob {
  type: 'start';
  /** The worker opens this IndexedDB database itself: the entries never cross between threads. */
  databaseName: string;
  publicKeys: string[];
}

export interface AuditVerifyProgress {
  /** Entries verified so far. */
  done: number;
  /** The newest entry's seq when the verification started (the log's length if it is intact). */
  total: number;
}

export type FromVerifyWorker =
  ({ type: 'progress' } & AuditVerifyProgress) | { type: 'result'; result: AuditVerification } | { type: 'failed'; message: string };
