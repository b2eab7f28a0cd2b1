import type { NewAccount, PasswordHash, UserRecord } from '../../core/accounts';
import { newId } from '../../core/ids';
import { ValidationError } from '../../core/validation';
import type { AirgapDb } from '../db';

/** A new account row: no failures, never signed in. */
export function newUserRecord(account: NewAccount, password: PasswordHash, mustChangePassword: boolean, createdBy: string | null, now: Date): UserRecord {
  const at = now.toISOString();
  return {
    id: newId(),
    ...account,
    disabled: false,
    password,
    passwordChangedAt: at,
    mustChangePassword,
    previousPasswords: [],
    failedAttempts: 0,
    lockedUntil: null,
    lastSignInAt: null,
    failedSinceLastSignIn: 0,
    createdAt: at,
    createdBy,
    updatedAt: at,
  };
}

/**
 * The password history after `current` is replaced: the old hash first, at most `historyCount`
 * kept (0: none), so "no reuse of the last N" checks the current hash and these.
 */
export function historyAfterChange(user: Pick<UserRecord, 'password' | 'previousPasswords'>, historyCount: number): PasswordHash[] {
  return [user.password, ...user.previousPasswords].slice(0, historyCount);
}

/** Inside the transaction (scope includes db.users): a sign-in name already taken (names are stored lower-case). */
export async function usernameTaken(db: AirgapDb, username: string): Promise<boolean> {
  return (await db.users.where('username').equals(username).count()) > 0;
}

/** Inside the transaction (scope includes db.managers): the linked account manager must exist and not be deleted. */
export async function checkManagerExists(db: AirgapDb, managerId: string | null, field: string): Promise<void> {
  if (managerId === null) return;
  const manager = await db.managers.get(managerId);
  if (!manager || manager.deletedAt) throw new ValidationError({ [field]: 'accounts.managerMissing' });
}

/** Whether two stored hashes are the same hash (a password changed meanwhile has another salt). */
export const sameHash = (a: PasswordHash, b: PasswordHash) => a.salt === b.salt && a.hash === b.hash;
