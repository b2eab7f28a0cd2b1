import { describe, expect, it } from 'vitest';
import { hashPassword, newAccountSchema, storedUserSchema, type UserRecord } from '../../../../src-renderer/core/accounts';

const managerId = '0190a000-0000-7000-8000-000000000001';

describe('newAccountSchema', () => {
  it('normalises the username (trim, NFKC, lower case) and tidies the display name', () => {
    const parsed = newAccountSchema.parse({
      username: ' ＺhangSan ',
      displayName: '  张  三 ',
      roles: ['reader', 'account-manager', 'reader'],
      scope: 'own',
      managerId,
    });
    expect(parsed).toEqual({ username: 'zhangsan', displayName: '张 三', roles: ['account-manager', 'reader'], scope: 'own', managerId });
  });

  it('refuses bad usernames and display names', () => {
    const base = { username: 'li.si', displayName: '李四', roles: ['reader'], scope: 'all', managerId: null };
    expect(newAccountSchema.safeParse(base).success).toBe(true);
    for (const username of ['a', 'x'.repeat(33), '张三', 'li si', 'li@si'])
      expect(newAccountSchema.safeParse({ ...base, username }).error?.issues[0]?.message, username).toBe('accounts.usernameInvalid');
    expect(newAccountSchema.safeParse({ ...base, displayName: '' }).error?.issues[0]?.message).toBe('validation.required');
    expect(newAccountSchema.safeParse({ ...base, displayName: '李'.repeat(51) }).error?.issues[0]?.message).toBe('validation.tooLong');
    expect(newAccountSchema.safeParse({ ...base, displayName: '李\u202e四' }).error?.issues[0]?.message).toBe('validation.controlChars');
    expect(newAccountSchema.safeParse({ ...base, displayName: '李\n四' }).error?.issues[0]?.message).toBe('validation.oneLine');
  });

  it('applies 三员分立 and the manager link; no roles and no scope is an account awaiting roles', () => {
    const base = { username: 'li.si', displayName: '李四', managerId: null };
    expect(newAccountSchema.safeParse({ ...base, roles: [], scope: null }).success).toBe(true);
    expect(newAccountSchema.safeParse({ ...base, roles: ['system-admin', 'reader'], scope: null }).error?.issues[0]?.message).toBe('accounts.rolesAdminAlone');
    expect(newAccountSchema.safeParse({ ...base, roles: ['reader'], scope: 'own' }).error?.issues[0]?.message).toBe('accounts.ownScopeNeedsManager');
  });
});

describe('storedUserSchema', () => {
  const at = '2026-01-01T00:00:00.000Z';
  const user: UserRecord = {
    id: '0190a000-0000-7000-8000-000000000002',
    username: 'lisi',
    displayName: '李四',
    roles: ['account-manager'],
    scope: 'own',
    managerId,
    disabled: false,
    password: hashPassword('Airgap2026x', { logN: 10, r: 8, p: 1 }),
    passwordChangedAt: at,
    mustChangePassword: false,
    previousPasswords: [],
    failedAttempts: 0,
    lockedUntil: null,
    lastSignInAt: null,
    failedSinceLastSignIn: 0,
    createdAt: at,
    createdBy: null,
    updatedAt: at,
  };

  it('reads a whole stored account', () => {
    expect(storedUserSchema.parse(user)).toEqual(user);
  });

  it('is strict and bounded', () => {
    expect(storedUserSchema.safeParse({ ...user, extra: true }).success).toBe(false);
    expect(storedUserSchema.safeParse({ ...user, username: 'LiSi' }).success).toBe(false);
    expect(storedUserSchema.safeParse({ ...user, roles: ['reader', 'account-manager'] }).success).toBe(false);
    expect(storedUserSchema.safeParse({ ...user, password: { ...user.password, logN: 30 } }).success).toBe(false);
    expect(storedUserSchema.safeParse({ ...user, failedAttempts: -1 }).success).toBe(false);
    expect(storedUserSchema.safeParse({ ...user, previousPasswords: Array(25).fill(user.password) }).success).toBe(false);
    expect(storedUserSchema.safeParse({ ...user, roles: ['audit-admin', 'reader'], scope: null, managerId: null }).success).toBe(false);
  });
});
