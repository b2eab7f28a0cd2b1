import type { AccountAuditAction, Actor, UserRecord } from '../../core/accounts';
import type { AuditEvent } from '../../core/audit/chain';
import type { AuditDetails, AuditObject, AuditOutcome } from '../../core/audit/types';

/** The audit object of an account: its display name is the label an auditor reads. */
export const userObject = (user: Pick<UserRecord, 'id' | 'displayName'>): AuditObject => ({ kind: 'user', id: user.id, label: user.displayName });

/**
 * One audit event about accounts. Details are flat facts (names, counts, reasons): never a password
 * or a hash.
 */
export function accountEvent(
  by: { userId: string | null; userName: string },
  action: AccountAuditAction,
  outcome: AuditOutcome,
  target: Pick<UserRecord, 'id' | 'displayName'> | null,
  details: AuditDetails,
  now: Date,
): AuditEvent {
  return { at: now.toISOString(), userId: by.userId, userName: by.userName, action, outcome, object: target && userObject(target), details };
}

/** The acting user of an audit event. */
export const byActor = (actor: Actor) => ({ userId: actor.userId, userName: actor.name });
/** An account acting on itself (signing in, changing its own password). */
export const byUser = (user: Pick<UserRecord, 'id' | 'displayName'>) => ({ userId: user.id, userName: user.displayName });
