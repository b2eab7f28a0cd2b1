import Dexie from 'dexie';
import { requirePermission, type Actor } from '../../core/accounts';
import { AUDIT_RE_ANCHORED, AUDIT_TAMPER_DETECTED } from '../../core/audit/actions';
import { signCheckpoint } from '../../core/audit/checkpoint';
import { checkReAnchorReason, type ReAnchorReasonProblem } from '../../core/audit/re-anchor';
import type { AuditCheckpoint, AuditEntry } from '../../core/audit/types';
import type { AuditVerification } from '../../core/audit/verify';
import type { AirgapDb } from '../db';
import { appendAudit } from './append';
import type { AuditSigningKeys } from './checkpoint';
import { verifyAuditLog } from './verify-log';

export type ReAnchorRefusal = ReAnchorReasonProblem | 'audit.reAnchor.nothingBroken';

/** Refused before anything is written: the reason (a Chinese message by `code`), or a chain with no break to acknowledge. */
export class ReAnchorRefusedError extends Error {
  constructor(readonly code: ReAnchorRefusal) {
    super(`re-anchor refused: ${code}`);
    this.name = 'ReAnchorRefusedError';
  }
}

export interface ReAnchored {
  entry: AuditEntry;
  checkpoint: AuditCheckpoint;
  /** The break acknowledged, as the verification before named it. */
  verification: AuditVerification;
}

/**
 * 确认并重新锚定 (core/audit/re-anchor.ts): only the audit administrator (checked here, not only by the
 * screen), with a reason, and only over a chain that is broken now (the whole log is verified first, in
 * a worker where there is one). Appends `audit.re-anchored` (reason, the first broken seq and its
 * problem, the head it anchors after) and signs a checkpoint over that entry in the same transaction,
 * so the anchor exists only with its signature. From then on checkpoints are signed again.
 */
export async function reAnchorAuditLog(db: AirgapDb, actor: Actor, reasonInput: string, keys: AuditSigningKeys, now: Date): Promise<ReAnchored> {
  requirePermission(actor, 'audit.reanchor');
  const reason = checkReAnchorReason(reasonInput);
  if (!reason.ok) throw new ReAnchorRefusedError(reason.code);
  const verification = await verifyAuditLog(db, [keys.publicKey]);
  const problem = verification.firstProblem;
  if (!problem) throw new ReAnchorRefusedError('audit.reAnchor.nothingBroken');
  return db.transaction('rw', db.audit, db.auditCheckpoints, async (): Promise<ReAnchored> => {
    const head = await db.audit.orderBy('seq').last();
    // A log emptied by hand and written again may reach the seq of an old checkpoint: the anchor's replaces it, named here.
    const replaced = await db.auditCheckpoints.get((head?.seq ?? 0) + 1);
    const entry = await appendAudit(db, {
      at: now.toISOString(),
      userId: actor.userId,
      userName: actor.name,
      action: AUDIT_RE_ANCHORED,
      outcome: 'success',
      object: null,
      details: {
        reason: reason.reason,
        problem: problem.code,
        problemSeq: problem.seq,
        checkpointSeq: problem.checkpointSeq ?? null,
        headSeq: head?.seq ?? 0,
        headHash: head?.hash ?? null,
        replacedCheckpointHash: replaced?.hash ?? null,
      },
    });
    const checkpoint = signCheckpoint(entry, now.toISOString(), keys.secretKey);
    await db.auditCheckpoints.put(checkpoint);
    return { entry, checkpoint, verification };
  });
}

/**
 * The newest `audit.tamper-detected` entry that no re-anchor came after: the finding the auditor's
 * page shows until it is acknowledged. Two reads of the `[action+seq]` index.
 */
export async function openTamperFinding(db: AirgapDb): Promise<AuditEntry | null> {
  const newest = (action: string) => db.audit.where('[action+seq]').between([action, Dexie.minKey], [action, Dexie.maxKey]).last();
  const [tamper, anchor] = await Promise.all([newest(AUDIT_TAMPER_DETECTED), newest(AUDIT_RE_ANCHORED)]);
  return tamper && (!anchor || anchor.seq < tamper.seq) ? tamper : null;
}
