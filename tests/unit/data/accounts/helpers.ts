import { expect } from 'vitest';
import { actorOf, passwordHasher, type Actor, type UserRecord } from '../../../../src-renderer/core/accounts';
import type { AirgapDb } from '../../../../src-renderer/data/db';
import { setUpAccounts, type SetUpAccountsInput } from '../../../../src-renderer/data/accounts';

/** scrypt at the floor of its bounds: the same code as production, a few ms per hash. */
export const testHasher = passwordHasher({ logN: 10, r: 8, p: 1 });

export const T0 = new Date('2026-03-02T08:00:00.000Z');
export const minutesAfter = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000);

export const PASSWORD = 'Airgap2026x';

const account = (username: string, displayName: string) => ({ username, displayName, password: PASSWORD, confirmation: PASSWORD });

export function setUpInput(): SetUpAccountsInput {
  return {
    systemAdmin: account('sysadmin', '王系统'),
    securityAdmin: account('secadmin', '李安全'),
    auditAdmin: account('auditor', '赵审计'),
    businessUsers: [
      { ...account('zhangsan', '张三'), roles: ['department-head'], scope: 'all', managerId: null },
      { ...account('lisi', '李四'), roles: ['reader'], scope: 'department', managerId: null },
    ],
  };
}

export interface Accounts {
  system: Actor;
  security: Actor;
  audit: Actor;
  head: Actor;
  reader: Actor;
  users: UserRecord[];
}

/** A database set up with the three administrators and two business users (password PASSWORD). */
export async function setUp(db: AirgapDb, now = T0): Promise<Accounts> {
  const users = await setUpAccounts(db, setUpInput(), now, testHasher);
  const by = (username: string) => actorOf(users.find((u) => u.username === username)!);
  return { system: by('sysadmin'), security: by('secadmin'), audit: by('auditor'), head: by('zhangsan'), reader: by('lisi'), users };
}

/** Everything an accounts action may write. */
export async function snapshot(db: AirgapDb) {
  return { users: await db.users.toArray(), audit: await db.audit.toArray(), meta: await db.meta.toArray() };
}

/** `action` is refused with an error of `kind` and leaves every table as it was. */
export async function refusedWithoutWrites(db: AirgapDb, action: () => Promise<unknown>, expected: Record<string, unknown>): Promise<void> {
  const before = await snapshot(db);
  const error = await action().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'the action was refused').not.toBeNull();
  expect(error).toMatchObject(expected);
  expect(await snapshot(db)).toEqual(before);
}

export const auditActions = async (db: AirgapDb) => (await db.audit.orderBy('seq').toArray()).map((e) => e.action);
