import {
  accountFieldErrors,
  ACCOUNT_AUDIT_ACTIONS,
  AccountRefusedError,
  adminRoleOf,
  DEFAULT_PASSWORD_HASHER,
  isLocked,
  newAccountSchema,
  newPasswordErrors,
  requirePermission,
  type Actor,
  type PasswordHasher,
  type UserRecord,
} from '../../core/accounts';
import { ValidationError } from '../../core/validation';
import { appendAudit } from '../audit/append';
import type { AirgapDb } from '../db';
import { accountEvent, byActor } from './audit-events';
import { activeActor, targetUser } from './guards';
import { getSecurityPolicy } from './policy';
import { historyAfterChange, newUserRecord, usernameTaken } from './records';

/** What the system administrator types for a new account. */
export interface CreateUserInput {
  username: string;
  displayName: string;
  /** The temporary password, typed twice; the account must change it at its first sign-in. */
  password: string;
  confirmation: string;
}

/**
 * The system administrator creates an account: name, display name and a temporary password, and NO
 * roles — roles and data scope are the security administrator's (三员分立). Until they are assigned
 * the account can sign in only to change its password ("尚未分配角色"). So the system administrator
 * never makes an administrator or gives anyone access to the archive.
 */
export async function createUser(
  db: AirgapDb,
  actor: Actor,
  input: CreateUserInput,
  now: Date,
  hasher: PasswordHasher = DEFAULT_PASSWORD_HASHER,
): Promise<UserRecord> {
  requirePermission(actor, 'users.manage');
  const parsed = newAccountSchema.safeParse({ username: input.username, displayName: input.displayName, roles: [], scope: null, managerId: null });
  if (!parsed.success) throw new ValidationError(accountFieldErrors(parsed.error));
  const policy = await getSecurityPolicy(db);
  const errors = newPasswordErrors(input.password, input.confirmation, policy, parsed.data);
  if (await usernameTaken(db, parsed.data.username)) errors.username = 'accounts.usernameTaken';
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  const hash = await hasher.hash(input.password);
  return db.transaction('rw', db.users, db.audit, async () => {
    await activeActor(db, actor, 'users.manage');
    if (await usernameTaken(db, parsed.data.username)) throw new ValidationError({ username: 'accounts.usernameTaken' });
    const user = newUserRecord(parsed.data, hash, true, actor.userId, now);
    await db.users.add(user);
    await appendAudit(db, accountEvent(byActor(actor), ACCOUNT_AUDIT_ACTIONS.create, 'success', user, { via: 'admin', username: user.username }, now));
    return user;
  });
}

/**
 * Disable or enable an account. Nobody disables themself, and the last enabled holder of an
 * administrator role is never disabled: the system, security and audit duties each keep someone
 * who can sign in. Setting the state it already has writes nothing.
 */
export async function setUserDisabled(db: AirgapDb, actor: Actor, userId: string, disabled: boolean, now: Date): Promise<UserRecord> {
  requirePermission(actor, 'users.manage');
  return db.transaction('rw', db.users, db.audit, async () => {
    await activeActor(db, actor, 'users.manage');
    if (disabled && userId === actor.userId) throw new AccountRefusedError('accounts.cannotDisableSelf');
    const target = await targetUser(db, userId, { allowDisabled: true });
    if (target.disabled === disabled) return target;
    const role = adminRoleOf(target.roles);
    if (disabled && role) {
      const holders = (await db.users.toArray()).filter((u) => !u.disabled && adminRoleOf(u.roles) === role);
      if (holders.length <= 1) throw new AccountRefusedError('accounts.lastAdmin');
    }
    const changed: UserRecord = { ...target, disabled, updatedAt: now.toISOString() };
    await db.users.put(changed);
    await appendAudit(db, accountEvent(byActor(actor), disabled ? ACCOUNT_AUDIT_ACTIONS.disable : ACCOUNT_AUDIT_ACTIONS.enable, 'success', target, {}, now));
    return changed;
  });
}

/**
 * A new temporary password for someone who forgot theirs: the account must change it at its next
 * sign-in, its lockout is cleared (the administrator vouched for the person), and the old password
 * joins the history. One's own password is changed with the current one (changeOwnPassword).
 */
export async function resetPassword(
  db: AirgapDb,
  actor: Actor,
  userId: string,
  password: string,
  confirmation: string,
  now: Date,
  hasher: PasswordHasher = DEFAULT_PASSWORD_HASHER,
): Promise<UserRecord> {
  requirePermission(actor, 'users.manage');
  if (userId === actor.userId) throw new AccountRefusedError('accounts.resetOwnPassword');
  const target = await targetUser(db, userId);
  const policy = await getSecurityPolicy(db);
  const errors = newPasswordErrors(password, confirmation, policy, target);
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  const hash = await hasher.hash(password);
  return db.transaction('rw', db.users, db.audit, async () => {
    await activeActor(db, actor, 'users.manage');
    const fresh = await targetUser(db, userId);
    const changed: UserRecord = {
      ...fresh,
      password: hash,
      previousPasswords: historyAfterChange(fresh, policy.password.historyCount),
      passwordChangedAt: now.toISOString(),
      mustChangePassword: true,
      failedAttempts: 0,
      lockedUntil: null,
      updatedAt: now.toISOString(),
    };
    await db.users.put(changed);
    await appendAudit(db, accountEvent(byActor(actor), ACCOUNT_AUDIT_ACTIONS.passwordReset, 'success', fresh, {}, now));
    return changed;
  });
}

/** Clear a lockout before its minutes run out (the person proved who they are to the administrator). */
export async function unlockUser(db: AirgapDb, actor: Actor, userId: string, now: Date): Promise<UserRecord> {
  requirePermission(actor, 'users.manage');
  return db.transaction('rw', db.users, db.audit, async () => {
    await activeActor(db, actor, 'users.manage');
    const target = await targetUser(db, userId);
    const changed: UserRecord = { ...target, failedAttempts: 0, lockedUntil: null, updatedAt: now.toISOString() };
    await db.users.put(changed);
    await appendAudit(
      db,
      accountEvent(
        byActor(actor),
        ACCOUNT_AUDIT_ACTIONS.unlockAccount,
        'success',
        target,
        { wasLocked: isLocked(target, now), failedAttempts: target.failedAttempts },
        now,
      ),
    );
    return changed;
  });
}
