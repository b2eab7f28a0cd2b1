import Dexie from 'dexie';
import { AUDIT_SYSTEM_USER, AUDIT_TAMPER_DETECTED } from '../../core/audit/actions';
import { signCheckpoint, verifyCheckpoint } from '../../core/audit/checkpoint';
import type { AuditCheckpoint, AuditEntry } from '../../core/audit/types';
import { AuditVerifier, type AuditProblem } from '../../core/audit/verify';
import type { AirgapDb } from '../db';
import { appendAudit } from './append';
import { auditEntryPages } from './pages';

/**
 * Signed checkpoints of the audit log (core/audit/checkpoint.ts) and the check that runs before each:
 * this is where an audit table emptied or edited by hand is noticed.
 *
 * Who calls it: the app, at sign-in, sign-out, when the installation keys are unlocked, and every
 * N entries while they are unlocked (wired by the session, which holds the keys; the signing key is
 * never stored unsealed). Each call is cheap: it reads only the entries since the last checkpoint.
 */
export interface AuditSigningKeys {
  /** Hex Ed25519 secret key of the installation. */
  secretKey: string;
  /** Its public key (hex). */
  publicKey: string;
}

export interface CheckpointOptions {
  /** Sign only when at least this many entries arrived since the last checkpoint (at least 1). */
  minEntries: number;
  /** Public keys the installation signed earlier checkpoints with, before its keys were replaced. */
  previousPublicKeys?: readonly string[];
}

export type CheckpointResult =
  | { status: 'written'; checkpoint: AuditCheckpoint }
  | { status: 'not-due'; newEntries: number }
  /** No checkpoint was signed over the broken chain; `entry` records the finding (written now or at an earlier call). */
  | { status: 'tamper-detected'; problem: AuditProblem; entry: AuditEntry; recordedNow: boolean };

export async function writeCheckpointIfDue(db: AirgapDb, signingKeys: AuditSigningKeys, now: Date, options: CheckpointOptions): Promise<CheckpointResult> {
  return db.transaction('rw', db.audit, db.auditCheckpoints, async (): Promise<CheckpointResult> => {
    const last = await newestCheckpoint(db);
    const problem = last ? await problemSince(db, last, [signingKeys.publicKey, ...(options.previousPublicKeys ?? [])]) : null;
    if (last && problem) return recordTamper(db, last, problem, now);
    const head = await db.audit.orderBy('seq').last();
    const newEntries = (head?.seq ?? 0) - (last?.seq ?? 0);
    if (!head || newEntries < Math.max(1, options.minEntries)) return { status: 'not-due', newEntries };
    const checkpoint = signCheckpoint(head, now.toISOString(), signingKeys.secretKey);
    await db.auditCheckpoints.add(checkpoint);
    return { status: 'written', checkpoint };
  });
}

/**
 * What is wrong since the last checkpoint, or null: the checkpoint's own signature, the entry it
 * vouches for (still there, same hash), and every entry after it (gapless, hashing, chained to it).
 */
async function problemSince(db: AirgapDb, last: AuditCheckpoint, publicKeys: readonly string[]): Promise<AuditProblem | null> {
  if (!verifyCheckpoint(last, publicKeys)) return { seq: last.seq, code: 'audit.problem.badCheckpointSignature' };
  const anchor = await db.audit.get(last.seq);
  if (!anchor) {
    // Below the checkpoint's seq the table is shorter than it was signed: emptied or cut short (and
    // perhaps refilled from seq 1 since). Otherwise only that entry is gone.
    const head = await db.audit.orderBy('seq').last();
    if (!head || head.seq < last.seq) return { seq: (head?.seq ?? 0) + 1, code: 'audit.problem.missingAfterCheckpoint', checkpointSeq: last.seq };
    return { seq: last.seq, code: 'audit.problem.gap' };
  }
  if (anchor.hash !== last.hash) return { seq: last.seq, code: 'audit.problem.checkpointMismatch' };
  const verifier = new AuditVerifier([], [], last);
  for await (const page of auditEntryPages(db, last.seq)) verifier.add(page);
  return verifier.finish().firstProblem;
}

/**
 * The checkpoint signed last: the highest seq, unless the auditor re-anchored a log emptied by hand
 * (data/audit/re-anchor.ts), whose anchor sits below the old checkpoints that proved the lost entries.
 */
export async function newestCheckpoint(db: AirgapDb): Promise<AuditCheckpoint | undefined> {
  const all = await db.auditCheckpoints.toArray();
  return all.reduce<AuditCheckpoint | undefined>(
    (newest, c) => (!newest || c.at > newest.at || (c.at === newest.at && c.seq > newest.seq) ? c : newest),
    undefined,
  );
}

/**
 * Appends `audit.tamper-detected` — once per finding: every later call finds the same broken chain
 * (nothing repairs it but the auditor), and a log flooded with the same alarm would hide others.
 */
async function recordTamper(db: AirgapDb, last: AuditCheckpoint, problem: AuditProblem, now: Date): Promise<CheckpointResult> {
  const details = {
    problem: problem.code,
    problemSeq: problem.seq,
    checkpointSeq: last.seq,
    checkpointHash: last.hash,
    foundHash: (await db.audit.get(problem.seq))?.hash ?? null,
  };
  const earlier = await db.audit.where('[action+seq]').between([AUDIT_TAMPER_DETECTED, Dexie.minKey], [AUDIT_TAMPER_DETECTED, Dexie.maxKey]).last();
  // The same finding: the same checkpoint broken the same way (where the log now ends may have moved).
  const same = earlier && (['problem', 'checkpointSeq', 'checkpointHash'] as const).every((key) => earlier.details[key] === details[key]);
  if (earlier && same) return { status: 'tamper-detected', problem, entry: earlier, recordedNow: false };
  const entry = await appendAudit(db, {
    at: now.toISOString(),
    userId: null,
    userName: AUDIT_SYSTEM_USER,
    action: AUDIT_TAMPER_DETECTED,
    outcome: 'failure',
    object: null,
    details,
  });
  return { status: 'tamper-detected', problem, entry, recordedNow: true };
}
