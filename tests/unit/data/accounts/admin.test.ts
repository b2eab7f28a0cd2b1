import { describe, expect, it } from 'vitest';
import { actorOf, DEFAULT_SECURITY_POLICY, presetPolicy, type SecurityPolicy } from '../../../../src-renderer/core/accounts';
import {
  assignRoles,
  createUser,
  getSecurityPolicy,
  resetPassword,
  saveSecurityPolicy,
  setUserDisabled,
  signIn,
  unlockUser,
} from '../../../../src-renderer/data/accounts';
import type { AirgapDb } from '../../../../src-renderer/data/db';
import { freshDb } from '../helpers';
import { refusedWithoutWrites, setUp, T0, testHasher } from './helpers';

const TEMP = 'Linshi-2026x';
const temp = { password: TEMP, confirmation: TEMP };

async function lockOut(db: AirgapDb, username: string) {
  for (let i = 0; i < 5; i++) await signIn(db, username, 'Wrong-2026x', T0, testHasher);
}

describe('the system administrator', () => {
  it('creates an account with a temporary password and no roles; it signs in awaiting roles', async () => {
    const db = await freshDb();
    const { system } = await setUp(db);
    const user = await createUser(db, system, { username: 'WangWu', displayName: '王五', ...temp }, T0, testHasher);
    expect(user).toMatchObject({ username: 'wangwu', roles: [], scope: null, managerId: null, mustChangePassword: true, createdBy: system.userId });
    expect(await db.audit.orderBy('seq').last()).toMatchObject({ action: 'account.create', userId: system.userId, object: { id: user.id, label: '王五' } });
    expect(await signIn(db, 'wangwu', TEMP, T0, testHasher)).toMatchObject({ ok: true, mustChangePassword: true, user: { roles: [] } });
  });

  it('refuses a taken name, a weak temporary password, and any other actor — writing nothing', async () => {
    const db = await freshDb();
    const { system, security, head } = await setUp(db);
    await refusedWithoutWrites(db, () => createUser(db, system, { username: 'ZhangSan', displayName: '张三二', ...temp }, T0, testHasher), {
      fieldErrors: { username: 'accounts.usernameTaken' },
    });
    await refusedWithoutWrites(
      db,
      () => createUser(db, system, { username: 'wangwu', displayName: '王五', password: 'abc', confirmation: 'abc' }, T0, testHasher),
      {
        fieldErrors: { password: 'accounts.passwordTooShort' },
      },
    );
    for (const other of [security, head])
      await refusedWithoutWrites(db, () => createUser(db, other, { username: 'wangwu', displayName: '王五', ...temp }, T0, testHasher), {
        code: 'forbidden',
        messageKey: 'accounts.forbidden',
        action: 'users.manage',
      });
  });

  it('disables and enables accounts; never itself, never the last holder of an administrator role', async () => {
    const db = await freshDb();
    const { system, security, reader } = await setUp(db);
    await setUserDisabled(db, system, reader.userId, true, T0);
    expect(await db.users.get(reader.userId)).toMatchObject({ disabled: true });
    await setUserDisabled(db, system, reader.userId, false, T0);
    expect((await db.audit.orderBy('seq').reverse().limit(2).toArray()).map((e) => e.action)).toEqual(['account.enable', 'account.disable']);
    await refusedWithoutWrites(db, () => setUserDisabled(db, system, system.userId, true, T0), { messageKey: 'accounts.cannotDisableSelf' });
    await refusedWithoutWrites(db, () => setUserDisabled(db, system, security.userId, true, T0), { messageKey: 'accounts.lastAdmin' });
  });

  it('a disabled administrator can no longer act', async () => {
    const db = await freshDb();
    const { system, security, reader } = await setUp(db);
    // A second security administrator: created by the system administrator, given the role by the first.
    const second = await createUser(db, system, { username: 'secadmin2', displayName: '钱安全', ...temp }, T0, testHasher);
    await assignRoles(db, security, second.id, ['security-admin'], null, null, T0);
    await setUserDisabled(db, system, security.userId, true, T0);
    await refusedWithoutWrites(db, () => assignRoles(db, security, reader.userId, ['reader'], 'all', null, T0), { code: 'forbidden' });
    await assignRoles(db, actorOf((await db.users.get(second.id))!), reader.userId, ['reader'], 'all', null, T0);
  });

  it('resets a password (temporary, lockout cleared, history kept) and unlocks a locked account', async () => {
    const db = await freshDb();
    const { system, head } = await setUp(db);
    await lockOut(db, 'zhangsan');
    const old = (await db.users.get(head.userId))!;
    const reset = await resetPassword(db, system, head.userId, TEMP, TEMP, T0, testHasher);
    expect(reset).toMatchObject({ mustChangePassword: true, failedAttempts: 0, lockedUntil: null, previousPasswords: [old.password] });
    expect(await signIn(db, 'zhangsan', TEMP, T0, testHasher)).toMatchObject({ ok: true, mustChangePassword: true });

    await lockOut(db, 'zhangsan');
    await unlockUser(db, system, head.userId, T0);
    expect(await db.audit.orderBy('seq').last()).toMatchObject({ action: 'account.unlock', details: { wasLocked: true, failedAttempts: 5 } });
    expect(await signIn(db, 'zhangsan', TEMP, T0, testHasher)).toMatchObject({ ok: true });
    await refusedWithoutWrites(db, () => resetPassword(db, system, system.userId, TEMP, TEMP, T0, testHasher), { messageKey: 'accounts.resetOwnPassword' });
  });

  it('nobody acts on a disabled account (but enabling it)', async () => {
    const db = await freshDb();
    const { system, security, reader } = await setUp(db);
    await setUserDisabled(db, system, reader.userId, true, T0);
    await refusedWithoutWrites(db, () => resetPassword(db, system, reader.userId, TEMP, TEMP, T0, testHasher), { messageKey: 'accounts.userDisabled' });
    await refusedWithoutWrites(db, () => unlockUser(db, system, reader.userId, T0), { messageKey: 'accounts.userDisabled' });
    await refusedWithoutWrites(db, () => assignRoles(db, security, reader.userId, ['reader'], 'all', null, T0), { messageKey: 'accounts.userDisabled' });
  });
});

describe('the security administrator', () => {
  it('assigns roles with 三员分立, audited before and after', async () => {
    const db = await freshDb();
    const { security, reader } = await setUp(db);
    const changed = await assignRoles(db, security, reader.userId, ['reader', 'complaint-handler', 'reader'], 'all', null, T0);
    expect(changed).toMatchObject({ roles: ['complaint-handler', 'reader'], scope: 'all' });
    expect(await db.audit.orderBy('seq').last()).toMatchObject({
      action: 'account.roles',
      userId: security.userId,
      details: { rolesBefore: 'reader', rolesAfter: 'complaint-handler,reader', scopeBefore: 'department', scopeAfter: 'all' },
    });
  });

  it('refuses breaking 三员分立, changing an administrator account, or making a business user an administrator', async () => {
    const db = await freshDb();
    const { security, system, audit, reader } = await setUp(db);
    await refusedWithoutWrites(db, () => assignRoles(db, security, reader.userId, ['reader', 'audit-admin'], null, null, T0), {
      fieldErrors: { roles: 'accounts.rolesAdminAlone' },
    });
    await refusedWithoutWrites(db, () => assignRoles(db, security, reader.userId, ['reader'], null, null, T0), {
      fieldErrors: { roles: 'accounts.rolesScopeRequired' },
    });
    await refusedWithoutWrites(db, () => assignRoles(db, security, audit.userId, ['reader'], 'all', null, T0), { messageKey: 'accounts.adminAccountFixed' });
    await refusedWithoutWrites(db, () => assignRoles(db, security, reader.userId, ['system-admin'], null, null, T0), {
      messageKey: 'accounts.businessToAdmin',
    });
    await refusedWithoutWrites(db, () => assignRoles(db, security, reader.userId, ['reader'], 'own', '0190a000-0000-7000-8000-000000000009', T0), {
      fieldErrors: { managerId: 'accounts.managerMissing' },
    });
    await refusedWithoutWrites(db, () => assignRoles(db, system, reader.userId, ['reader'], 'all', null, T0), { code: 'forbidden', action: 'roles.assign' });
  });

  it('saves the security policy (audited before/after) and refuses a bad one', async () => {
    const db = await freshDb();
    const { security, system } = await setUp(db);
    await saveSecurityPolicy(db, security, presetPolicy('basic'), T0);
    expect(await getSecurityPolicy(db)).toEqual(presetPolicy('basic'));
    const entry = await db.audit.orderBy('seq').last();
    expect(entry).toMatchObject({ action: 'policy.change', userId: security.userId });
    expect(entry!.details.before).toContain('preset=secret');
    expect(entry!.details.after).toContain('preset=basic');
    const bad: SecurityPolicy = { ...structuredClone(DEFAULT_SECURITY_POLICY), preset: 'custom' };
    bad.lockout.threshold = 20;
    await refusedWithoutWrites(db, () => saveSecurityPolicy(db, security, bad, T0), { fieldErrors: { 'lockout.threshold': 'accounts.policyOutOfRange' } });
    await refusedWithoutWrites(db, () => saveSecurityPolicy(db, system, DEFAULT_SECURITY_POLICY, T0), { code: 'forbidden', action: 'policy.manage' });
  });

  it('the policy in force decides sign-in passwords: basic accepts 8 characters of 2 classes', async () => {
    const db = await freshDb();
    const { security, system } = await setUp(db);
    await expect(
      createUser(db, system, { username: 'wangwu', displayName: '王五', password: 'airgap26', confirmation: 'airgap26' }, T0, testHasher),
    ).rejects.toMatchObject({
      code: 'validation',
    });
    await saveSecurityPolicy(db, security, presetPolicy('basic'), T0);
    await createUser(db, system, { username: 'wangwu', displayName: '王五', password: 'airgap26', confirmation: 'airgap26' }, T0, testHasher);
  });
});
