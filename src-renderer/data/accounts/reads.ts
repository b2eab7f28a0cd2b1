import type { UserRecord } from '../../core/accounts';
import type { AirgapDb } from '../db';

/** Whether the accounts have been set up (false: the first-run or upgrade setup comes first). */
export async function hasAccounts(db: AirgapDb): Promise<boolean> {
  return (await db.users.limit(1).count()) > 0;
}

/** Every account, by display name in Chinese order (a handful of rows: read whole). */
export async function listUsers(db: AirgapDb): Promise<UserRecord[]> {
  const users = await db.users.toArray();
  return users.sort((a, b) => a.displayName.localeCompare(b.displayName, 'zh-CN') || a.username.localeCompare(b.username));
}

export async function getUser(db: AirgapDb, id: string): Promise<UserRecord | undefined> {
  return db.users.get(id);
}
