import { AccountRefusedError, actorOf, ForbiddenError, requirePermission, type Actor, type Permission, type UserRecord } from '../../core/accounts';
import type { AirgapDb } from '../db';

/**
 * Inside the action's transaction: the acting account as stored now. Its permission is checked
 * against its stored roles, not the Actor the session holds, so an account disabled or given other
 * roles since it signed in cannot act on the old ones.
 */
export async function activeActor(db: AirgapDb, actor: Actor, action: Permission): Promise<UserRecord> {
  const user = await db.users.get(actor.userId);
  if (!user || user.disabled) throw new ForbiddenError(action);
  requirePermission(actorOf(user), action);
  return user;
}

/** The account an action is about; a disabled one only when the action is to enable it again. */
export async function targetUser(db: AirgapDb, userId: string, options: { allowDisabled?: boolean } = {}): Promise<UserRecord> {
  const user = await db.users.get(userId);
  if (!user) throw new AccountRefusedError('accounts.userNotFound');
  if (user.disabled && !options.allowDisabled) throw new AccountRefusedError('accounts.userDisabled');
  return user;
}
