import {
  ACCOUNT_AUDIT_ACTIONS,
  afterFailure,
  afterSignIn,
  decoyHash,
  DEFAULT_PASSWORD_HASHER,
  isLocked,
  normaliseUsername,
  PASSWORD_MAX_LENGTH,
  passwordExpired,
  USERNAME_PATTERN,
  type Actor,
  type PasswordHasher,
  type SecurityPolicy,
  type SignInFailureReason,
  type UserRecord,
} from '../../core/accounts';
import { CONTROL_CHARS } from '../../core/validation';
import { appendAudit, appendAuditAlone } from '../audit/append';
import type { AirgapDb } from '../db';
import { accountEvent, byActor, byUser } from './audit-events';
import { getSecurityPolicy } from './policy';
import { sameHash } from './records';

export type SignInRefusal =
  { ok: false; code: 'auth.wrongCredentials' } | { ok: false; code: 'auth.locked'; lockedUntil: string } | { ok: false; code: 'auth.disabled' };

export type SignInResult =
  | {
      ok: true;
      user: UserRecord;
      /** The sign-in before this one (null: the first), shown to the user. */
      previousSignInAt: string | null;
      /** Failed attempts since that sign-in, shown to the user. */
      failedSinceLastSignIn: number;
      /** A temporary password (set up, created or reset by an administrator): change it first. */
      mustChangePassword: boolean;
      passwordExpired: boolean;
    }
  | SignInRefusal;

const WRONG: SignInRefusal = { ok: false, code: 'auth.wrongCredentials' };

/**
 * No stored password is longer than PASSWORD_MAX_LENGTH characters (at most 2 × 128 UTF-16 units),
 * so cutting a typed one at 4 × 128 units never turns it into a match; it only keeps a pasted
 * megabyte from costing scrypt a megabyte.
 */
const bounded = (password: string) => password.slice(0, 4 * PASSWORD_MAX_LENGTH);

/** The typed name as the audit log records an unknown one: one line, control characters shown as �, at most 64 characters. */
function typedName(typed: string): string {
  const name = [...typed.trim()].slice(0, 64).join('');
  return name.replace(new RegExp(CONTROL_CHARS.source, 'g'), '\ufffd').replace(/[\t\n\r]/g, ' ') || '（空）';
}

/**
 * Inside the transaction: one more failure of `user` (a wrong password at sign-in or unlock), its
 * counters, its audit entry, and the lockout's entry when this failure reached the threshold.
 */
async function recordFailure(
  db: AirgapDb,
  user: UserRecord,
  policy: SecurityPolicy,
  now: Date,
  action: typeof ACCOUNT_AUDIT_ACTIONS.signInFailed | typeof ACCOUNT_AUDIT_ACTIONS.unlock,
) {
  const { locked, ...counters } = afterFailure(user, policy, now);
  await db.users.put({ ...user, ...counters, updatedAt: now.toISOString() });
  await appendAudit(db, accountEvent(byUser(user), action, 'failure', user, { reason: 'wrong-password', failedAttempts: counters.failedAttempts }, now));
  if (locked)
    await appendAudit(
      db,
      accountEvent(
        byUser(user),
        ACCOUNT_AUDIT_ACTIONS.lockout,
        'success',
        user,
        { failedAttempts: counters.failedAttempts, lockedUntil: counters.lockedUntil },
        now,
      ),
    );
  return counters;
}

async function refuseAudited(
  db: AirgapDb,
  user: UserRecord,
  reason: SignInFailureReason,
  action: typeof ACCOUNT_AUDIT_ACTIONS.signInFailed | typeof ACCOUNT_AUDIT_ACTIONS.unlock,
  now: Date,
) {
  await appendAudit(db, accountEvent(byUser(user), action, 'failure', user, { reason }, now));
}

/**
 * Sign in. An unknown name and a wrong password get the same answer and cost the same scrypt (a
 * decoy hash is checked for an unknown name); both are audited, the unknown one with the typed name.
 * A locked account is refused without looking at the password. A disabled account is told so only
 * when its password is right (a wrong one is a wrong password), so the answer never says which
 * names exist. Every attempt writes its audit entry, and its counters, in one transaction.
 */
export async function signIn(
  db: AirgapDb,
  username: string,
  password: string,
  now: Date,
  hasher: PasswordHasher = DEFAULT_PASSWORD_HASHER,
): Promise<SignInResult> {
  const name = normaliseUsername(username);
  // Both reads at once (issue 15: the sign-in's time around scrypt).
  const [policy, found] = await Promise.all([
    getSecurityPolicy(db),
    USERNAME_PATTERN.test(name) ? db.users.where('username').equals(name).first() : Promise.resolve(undefined),
  ]);
  if (!found) {
    await hasher.matches(bounded(password), decoyHash(hasher.params));
    const by = { userId: null, userName: USERNAME_PATTERN.test(name) ? name : typedName(username) };
    await appendAuditAlone(db, accountEvent(by, ACCOUNT_AUDIT_ACTIONS.signInFailed, 'failure', null, { reason: 'unknown-user' }, now));
    return WRONG;
  }
  const checked = !isLocked(found, now);
  const matched = checked && (await hasher.matches(bounded(password), found.password));
  return db.transaction('rw', db.users, db.audit, async (): Promise<SignInResult> => {
    // Read again: another window may have signed in, failed or been locked while scrypt ran.
    const user = (await db.users.get(found.id))!;
    if (!checked || isLocked(user, now)) {
      await refuseAudited(db, user, 'locked', ACCOUNT_AUDIT_ACTIONS.signInFailed, now);
      return { ok: false, code: 'auth.locked', lockedUntil: (user.lockedUntil ?? found.lockedUntil)! };
    }
    // A password changed while scrypt ran was checked against the old hash: not a match.
    if (!matched || !sameHash(user.password, found.password)) {
      await recordFailure(db, user, policy, now, ACCOUNT_AUDIT_ACTIONS.signInFailed);
      return WRONG;
    }
    if (user.disabled) {
      await refuseAudited(db, user, 'disabled', ACCOUNT_AUDIT_ACTIONS.signInFailed, now);
      return { ok: false, code: 'auth.disabled' };
    }
    const signedIn: UserRecord = { ...user, ...afterSignIn(now), updatedAt: now.toISOString() };
    await db.users.put(signedIn);
    await appendAudit(
      db,
      accountEvent(byUser(user), ACCOUNT_AUDIT_ACTIONS.signIn, 'success', user, { failedSinceLastSignIn: user.failedSinceLastSignIn }, now),
    );
    return {
      ok: true,
      user: signedIn,
      previousSignInAt: user.lastSignInAt,
      failedSinceLastSignIn: user.failedSinceLastSignIn,
      mustChangePassword: user.mustChangePassword,
      passwordExpired: passwordExpired(user, policy, now),
    };
  });
}

export type UnlockResult = { ok: true } | SignInRefusal;

/**
 * Unlock the idle-locked screen: the same user types their password. Failures count like sign-in
 * failures (the threshold locks the account, and the screen then has to sign out); audited as
 * `auth.unlock` with its outcome.
 */
export async function verifyForUnlock(
  db: AirgapDb,
  userId: string,
  password: string,
  now: Date,
  hasher: PasswordHasher = DEFAULT_PASSWORD_HASHER,
): Promise<UnlockResult> {
  const policy = await getSecurityPolicy(db);
  const found = await db.users.get(userId);
  if (!found) return WRONG;
  const checked = !isLocked(found, now) && !found.disabled;
  const matched = checked && (await hasher.matches(bounded(password), found.password));
  return db.transaction('rw', db.users, db.audit, async (): Promise<UnlockResult> => {
    const user = (await db.users.get(userId))!;
    if (user.disabled || (found.disabled && !checked)) {
      await refuseAudited(db, user, 'disabled', ACCOUNT_AUDIT_ACTIONS.unlock, now);
      return { ok: false, code: 'auth.disabled' };
    }
    if (!checked || isLocked(user, now)) {
      await refuseAudited(db, user, 'locked', ACCOUNT_AUDIT_ACTIONS.unlock, now);
      return { ok: false, code: 'auth.locked', lockedUntil: (user.lockedUntil ?? found.lockedUntil)! };
    }
    if (!matched || !sameHash(user.password, found.password)) {
      const counters = await recordFailure(db, user, policy, now, ACCOUNT_AUDIT_ACTIONS.unlock);
      return counters.lockedUntil !== null && isLocked(counters, now) ? { ok: false, code: 'auth.locked', lockedUntil: counters.lockedUntil } : WRONG;
    }
    await db.users.put({ ...user, failedAttempts: 0, lockedUntil: null, updatedAt: now.toISOString() });
    await appendAudit(db, accountEvent(byUser(user), ACCOUNT_AUDIT_ACTIONS.unlock, 'success', user, {}, now));
    return { ok: true };
  });
}

/** The user signed out (audited; the session is the screen's). */
export async function recordSignOut(db: AirgapDb, actor: Actor, now: Date): Promise<void> {
  await appendAuditAlone(db, accountEvent(byActor(actor), ACCOUNT_AUDIT_ACTIONS.signOut, 'success', { id: actor.userId, displayName: actor.name }, {}, now));
}

/** The screen locked, idle or by hand (audited). */
export async function recordLock(db: AirgapDb, actor: Actor, now: Date): Promise<void> {
  await appendAuditAlone(db, accountEvent(byActor(actor), ACCOUNT_AUDIT_ACTIONS.lock, 'success', { id: actor.userId, displayName: actor.name }, {}, now));
}
