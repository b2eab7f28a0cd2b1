import { AUDIT_RE_ANCHORED } from './actions';
import type { AuditEntry } from './types';

/**
 * 确认并重新锚定 (issue 15.5): after a real incident the chain is broken for good, and the checkpoints
 * stop (data/audit/checkpoint.ts). The auditor, having exported the log as evidence, appends an
 * `audit.re-anchored` entry with a reason; the installation signs a checkpoint over that entry at once,
 * and checkpoints go on from it. Verification then names the old break as acknowledged (where, what,
 * the auditor's reason) and checks the chain from the anchor on: the break is never hidden, and the
 * log after it can be trusted again.
 *
 * The anchor is trusted only through its signed checkpoint: an entry written by hand with this action
 * acknowledges nothing without the installation's secret key.
 */
export const RE_ANCHOR_REASON_MAX = 500;

export type ReAnchorReasonProblem = 'audit.reAnchor.reasonRequired' | 'audit.reAnchor.reasonTooLong';

/** The reason as it will be stored (trimmed), or why it is refused. Never shortened silently. */
export function checkReAnchorReason(reason: string): { ok: true; reason: string } | { ok: false; code: ReAnchorReasonProblem } {
  const trimmed = reason.trim();
  if (trimmed.length === 0) return { ok: false, code: 'audit.reAnchor.reasonRequired' };
  if (trimmed.length > RE_ANCHOR_REASON_MAX) return { ok: false, code: 'audit.reAnchor.reasonTooLong' };
  return { ok: true, reason: trimmed };
}

/** A break in the chain that an auditor acknowledged: still named by every verification. */
export interface AcknowledgedBreak {
  /** The first entry found wrong or missing (as the verification names it, AuditProblem). */
  seq: number;
  code: string;
  /** The `audit.re-anchored` entry that acknowledged it; the chain is verified again from there. */
  anchorSeq: number;
  reason: string;
  by: string;
  at: string;
}

export function isReAnchorEntry(entry: AuditEntry): boolean {
  return entry.action === AUDIT_RE_ANCHORED;
}

export function acknowledgedBreak(problem: { seq: number; code: string }, anchor: AuditEntry): AcknowledgedBreak {
  const reason = anchor.details.reason;
  return { seq: problem.seq, code: problem.code, anchorSeq: anchor.seq, reason: typeof reason === 'string' ? reason : '', by: anchor.userName, at: anchor.at };
}
