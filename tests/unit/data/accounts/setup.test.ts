import { describe, expect, it } from 'vitest';
import { DEFAULT_SECURITY_POLICY, SETUP_ACTOR_NAME } from '../../../../src-renderer/core/accounts';
import { getSecurityPolicy, hasAccounts, listUsers, setUpAccounts } from '../../../../src-renderer/data/accounts';
import { freshDb } from '../helpers';
import { auditActions, refusedWithoutWrites, setUp, setUpInput, T0, testHasher } from './helpers';

describe('setUpAccounts', () => {
  it('writes the three administrators, the business users, the policy and one audit entry each', async () => {
    const db = await freshDb();
    expect(await hasAccounts(db)).toBe(false);
    expect(await getSecurityPolicy(db)).toEqual(DEFAULT_SECURITY_POLICY);
    await setUp(db);
    expect(await hasAccounts(db)).toBe(true);
    // By display name in pinyin order: 李安全, 李四, 王系统, 张三, 赵审计.
    const users = await listUsers(db);
    expect(users.map((u) => [u.username, u.roles, u.scope])).toEqual([
      ['secadmin', ['security-admin'], null],
      ['lisi', ['reader'], 'department'],
      ['sysadmin', ['system-admin'], null],
      ['zhangsan', ['department-head'], 'all'],
      ['auditor', ['audit-admin'], null],
    ]);
    for (const user of users) expect(user).toMatchObject({ mustChangePassword: true, createdBy: null, disabled: false, failedAttempts: 0 });
    expect(await auditActions(db)).toEqual([...Array(5).fill('account.create'), 'policy.change']);
    const entries = await db.audit.toArray();
    for (const entry of entries) expect(entry).toMatchObject({ userId: null, userName: SETUP_ACTOR_NAME, outcome: 'success' });
    expect(entries[0]!.object).toMatchObject({ kind: 'user', label: '王系统' });
    expect(JSON.stringify(entries)).not.toContain(users[0]!.password.hash);
    expect(await db.meta.get('security-policy')).toEqual({ key: 'security-policy', value: DEFAULT_SECURITY_POLICY });
  });

  it('refuses a second setup and writes nothing', async () => {
    const db = await freshDb();
    await setUp(db);
    await refusedWithoutWrites(db, () => setUpAccounts(db, setUpInput(), T0, testHasher), { code: 'refused', messageKey: 'accounts.alreadySetUp' });
  });

  it('refuses bad input with field errors and writes nothing', async () => {
    const db = await freshDb();
    const refused = (change: (input: ReturnType<typeof setUpInput>) => void, fieldErrors: Record<string, string>) => {
      const input = setUpInput();
      change(input);
      return refusedWithoutWrites(db, () => setUpAccounts(db, input, T0, testHasher), { code: 'validation', fieldErrors });
    };
    await refused((i) => (i.auditAdmin.password = i.auditAdmin.confirmation = 'short1A'), { 'auditAdmin.password': 'accounts.passwordTooShort' });
    await refused((i) => (i.systemAdmin.confirmation = 'Airgap2026y'), { 'systemAdmin.confirmation': 'accounts.passwordMismatch' });
    await refused((i) => (i.businessUsers[1]!.username = 'SysAdmin'), { 'businessUsers.1.username': 'accounts.usernameTaken' });
    await refused((i) => (i.businessUsers = []), { businessUsers: 'accounts.businessUserRequired' });
    await refused((i) => delete (i as Partial<typeof i>).securityAdmin, { securityAdmin: 'validation.required' });
    await refused((i) => (i.businessUsers[0]!.roles = ['department-head', 'audit-admin']), { 'businessUsers.0.roles': 'accounts.rolesAdminAlone' });
    await refused((i) => (i.businessUsers[0]!.roles = []), { 'businessUsers.0.roles': 'accounts.rolesRequired' });
    await refused((i) => (i.businessUsers[0]!.password = i.businessUsers[0]!.confirmation = 'zhangsan2026X'), {
      'businessUsers.0.password': 'accounts.passwordHasUsername',
    });
    expect(await hasAccounts(db)).toBe(false);
  });

  it('refuses a linked manager that does not exist', async () => {
    const db = await freshDb();
    const input = setUpInput();
    input.businessUsers[0]!.managerId = '0190a000-0000-7000-8000-000000000009';
    await refusedWithoutWrites(db, () => setUpAccounts(db, input, T0, testHasher), { fieldErrors: { 'businessUsers.0.managerId': 'accounts.managerMissing' } });
  });
});
