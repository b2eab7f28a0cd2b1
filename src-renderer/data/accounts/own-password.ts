import {
  ACCOUNT_AUDIT_ACTIONS,
  AccountRefusedError,
  DEFAULT_PASSWORD_HASHER,
  ForbiddenError,
  newPasswordErrors,
  type Actor,
  type PasswordHasher,
  type UserRecord,
} from '../../core/accounts';
import { ValidationError } from '../../core/validation';
import { appendAudit } from '../audit/append';
import type { AirgapDb } from '../db';
import { accountEvent, byUser } from './audit-events';
import { getSecurityPolicy } from './policy';
import { historyAfterChange, sameHash } from './records';

/**
 * The signed-in user chooses a new password (after a temporary one, when the old one expired, or at
 * will). Field errors: `current` (wrong), `password` (the policy's first refusal, or reused: one of
 * the last `historyCount` passwords, the current one always counting), `confirmation` (differs).
 * The old hash joins the history, which keeps `historyCount`. A wrong current password is refused
 * like any bad input and writes nothing.
 */
export async function changeOwnPassword(
  db: AirgapDb,
  actor: Actor,
  current: string,
  next: string,
  confirmation: string,
  now: Date,
  hasher: PasswordHasher = DEFAULT_PASSWORD_HASHER,
): Promise<UserRecord> {
  const user = await db.users.get(actor.userId);
  if (!user || user.disabled) throw new ForbiddenError('account.own');
  const policy = await getSecurityPolicy(db);
  const errors = newPasswordErrors(next, confirmation, policy, user);
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  if (!(await hasher.matches(current, user.password))) throw new ValidationError({ current: 'accounts.wrongCurrentPassword' });
  const recent = [user.password, ...user.previousPasswords].slice(0, Math.max(1, policy.password.historyCount));
  if (await hasher.matches(next, recent)) throw new ValidationError({ password: 'accounts.passwordReused' });
  const hash = await hasher.hash(next);
  return db.transaction('rw', db.users, db.audit, async () => {
    const fresh = await db.users.get(actor.userId);
    if (!fresh || fresh.disabled) throw new ForbiddenError('account.own');
    // Reset or changed in another window while scrypt ran: the current password checked is no longer current.
    if (!sameHash(fresh.password, user.password)) throw new AccountRefusedError('accounts.changedMeanwhile');
    const changed: UserRecord = {
      ...fresh,
      password: hash,
      previousPasswords: historyAfterChange(fresh, policy.password.historyCount),
      passwordChangedAt: now.toISOString(),
      mustChangePassword: false,
      updatedAt: now.toISOString(),
    };
    await db.users.put(changed);
    await appendAudit(db, accountEvent(byUser(fresh), ACCOUNT_AUDIT_ACTIONS.passwordChange, 'success', fresh, { wasTemporary: fresh.mustChangePassword }, now));
    return changed;
  });
}
