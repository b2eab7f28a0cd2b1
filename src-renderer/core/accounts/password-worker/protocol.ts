import { hashPassword, matchesAny, type ScryptParams } from '../password';
import type { PasswordHash } from '../types';

/**
 * The password worker's protocol: one request, one reply, then the worker ends. Errors travel as
 * data (a message), never as a thrown object the structured clone would mangle.
 */
export type PasswordJob = { op: 'hash'; password: string; params: ScryptParams } | { op: 'verify'; password: string; hashes: PasswordHash[] };

export type PasswordReply = { ok: true; op: 'hash'; hash: PasswordHash } | { ok: true; op: 'verify'; matched: boolean } | { ok: false; error: string };

/** Runs one job: in the worker, and on the calling thread where there is no worker. */
export function runPasswordJob(job: PasswordJob): PasswordReply {
  try {
    if (job.op === 'hash') return { ok: true, op: 'hash', hash: hashPassword(job.password, job.params) };
    return { ok: true, op: 'verify', matched: matchesAny(job.password, job.hashes) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
