import type { AuditDetails, AuditObject, AuditOutcome } from '../../core/audit/types';
import type { AirgapDb } from '../db';
import type { WriteContext } from '../write-context';
import { appendAudit } from './append';

/**
 * The audit entry of an action done by the context's user, appended INSIDE the action's transaction
 * (its scope must include `db.audit`; records.ts `writeScope` does): written with the action or not at all.
 */
export function auditAction(
  db: AirgapDb,
  ctx: WriteContext,
  action: string,
  object: AuditObject | null,
  details: AuditDetails = {},
  outcome: AuditOutcome = 'success',
): Promise<unknown> {
  // Only the migration tests open a database of a schema before the audit log (version 6).
  if (!db.tables.some((t) => t.name === 'audit')) return Promise.resolve(null);
  return appendAudit(db, { at: ctx.now().toISOString(), userId: ctx.actor.userId, userName: ctx.actor.name, action, outcome, object, details });
}
