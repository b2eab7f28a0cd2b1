import {
  accountFieldErrors,
  ACCOUNT_AUDIT_ACTIONS,
  AccountRefusedError,
  adminRoleOf,
  checkManagerLink,
  checkRoles,
  isAwaitingRoles,
  requirePermission,
  rolesSchema,
  scopeSchema,
  type Actor,
  type DataScope,
  type Role,
  type UserRecord,
} from '../../core/accounts';
import { z } from 'zod';
import { nullableIdSchema } from '../../core/customers/fields';
import { ValidationError } from '../../core/validation';
import { appendAudit } from '../audit/append';
import type { AirgapDb } from '../db';
import { accountEvent, byActor } from './audit-events';
import { activeActor, targetUser } from './guards';
import { checkManagerExists } from './records';

const assignmentSchema = z.object({ roles: rolesSchema, scope: scopeSchema, managerId: nullableIdSchema });

const sameAssignment = (user: UserRecord, next: { roles: Role[]; scope: DataScope | null; managerId: string | null }) =>
  user.roles.join() === next.roles.join() && user.scope === next.scope && user.managerId === next.managerId;

/**
 * The security administrator gives an account its roles, data scope and linked account manager
 * (三员分立, `checkRoles`). An administrator account keeps its one role for good; a business
 * account never becomes an administrator. An account still awaiting roles may receive either kind
 * (a new administrator replacing one who left is made this way, and the log shows who did it).
 * Audited with the assignment before and after; the same assignment again writes nothing.
 */
export async function assignRoles(
  db: AirgapDb,
  actor: Actor,
  userId: string,
  roles: Role[],
  scope: DataScope | null,
  managerId: string | null,
  now: Date,
): Promise<UserRecord> {
  requirePermission(actor, 'roles.assign');
  const parsed = assignmentSchema.safeParse({ roles, scope, managerId });
  if (!parsed.success) throw new ValidationError(accountFieldErrors(parsed.error));
  const next = parsed.data;
  const refusal = checkRoles(next.roles, next.scope);
  if (refusal) throw new ValidationError({ roles: refusal });
  const link = checkManagerLink(next.roles, next.scope, next.managerId);
  if (link) throw new ValidationError({ managerId: link });
  return db.transaction('rw', [db.users, db.audit, db.managers], async () => {
    await activeActor(db, actor, 'roles.assign');
    const target = await targetUser(db, userId);
    if (sameAssignment(target, next)) return target;
    if (adminRoleOf(target.roles)) throw new AccountRefusedError('accounts.adminAccountFixed');
    if (adminRoleOf(next.roles) && !isAwaitingRoles(target)) throw new AccountRefusedError('accounts.businessToAdmin');
    await checkManagerExists(db, next.managerId, 'managerId');
    const changed: UserRecord = { ...target, ...next, updatedAt: now.toISOString() };
    await db.users.put(changed);
    const details = {
      rolesBefore: target.roles.join(','),
      rolesAfter: next.roles.join(','),
      scopeBefore: target.scope,
      scopeAfter: next.scope,
      managerBefore: target.managerId,
      managerAfter: next.managerId,
    };
    await appendAudit(db, accountEvent(byActor(actor), ACCOUNT_AUDIT_ACTIONS.roles, 'success', target, details, now));
    return changed;
  });
}
