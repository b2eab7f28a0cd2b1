import { describe, expect, it } from 'vitest';
import {
  afterFailure,
  characterClasses,
  checkPassword,
  DEFAULT_SECURITY_POLICY,
  isLocked,
  passwordExpired,
  presetPolicy,
  securityPolicySchema,
  type SecurityPolicy,
} from '../../../../src-renderer/core/accounts';

const names = { username: 'zhangsan', displayName: '张三' };
const secret = DEFAULT_SECURITY_POLICY;
const at = (iso: string) => new Date(iso);

describe('security policy', () => {
  it('the default is the 秘密级常用 preset', () => {
    expect(secret).toEqual({
      preset: 'secret',
      password: { minLength: 10, minClasses: 3, maxAgeDays: 7, historyCount: 5 },
      lockout: { threshold: 5, minutes: 30 },
      idleLockMinutes: 10,
    });
    expect(presetPolicy('basic').password).toEqual({ minLength: 8, minClasses: 2, maxAgeDays: 90, historyCount: 5 });
    expect(securityPolicySchema.safeParse(secret).success).toBe(true);
    expect(securityPolicySchema.safeParse(presetPolicy('basic')).success).toBe(true);
  });

  it('refuses values out of bounds, never clamps them', () => {
    const custom = (change: (p: SecurityPolicy) => void) => {
      const policy: SecurityPolicy = { ...structuredClone(secret), preset: 'custom' };
      change(policy);
      return securityPolicySchema.safeParse(policy);
    };
    expect(custom(() => {}).success).toBe(true);
    for (const change of [
      (p: SecurityPolicy) => (p.password.minLength = 7),
      (p: SecurityPolicy) => (p.password.minLength = 65),
      (p: SecurityPolicy) => (p.password.maxAgeDays = 0),
      (p: SecurityPolicy) => (p.password.maxAgeDays = 366),
      (p: SecurityPolicy) => (p.lockout.threshold = 2),
      (p: SecurityPolicy) => (p.lockout.threshold = 11),
      (p: SecurityPolicy) => (p.lockout.minutes = 4),
      (p: SecurityPolicy) => (p.lockout.minutes = 1441),
      (p: SecurityPolicy) => (p.idleLockMinutes = 0),
      (p: SecurityPolicy) => (p.idleLockMinutes = 61),
      (p: SecurityPolicy) => (p.password.minLength = 10.5),
    ]) {
      const result = custom(change);
      expect(result.success).toBe(false);
    }
    expect(custom((p) => (p.password.minLength = 7)).error?.issues[0]?.message).toBe('accounts.policyOutOfRange');
  });

  it('is strict: unknown fields are refused', () => {
    expect(securityPolicySchema.safeParse({ ...secret, extra: 1 }).success).toBe(false);
    expect(securityPolicySchema.safeParse({ ...secret, password: { ...secret.password, maxLength: 20 } }).success).toBe(false);
  });

  it('a named preset must hold its values (a weaker setting is "custom")', () => {
    const weaker = { ...structuredClone(secret), idleLockMinutes: 30 };
    expect(securityPolicySchema.safeParse(weaker).error?.issues[0]?.message).toBe('accounts.policyPresetMismatch');
    expect(securityPolicySchema.safeParse({ ...weaker, preset: 'custom' }).success).toBe(true);
  });
});

describe('checkPassword', () => {
  it('accepts a password of 10 characters of 3 classes under the secret preset', () => {
    expect(checkPassword('Airgap2026x', secret, names)).toEqual([]);
  });

  it('refuses each weakness with its key', () => {
    expect(checkPassword('Ab1!', secret, names)).toContain('accounts.passwordTooShort');
    expect(checkPassword('abcdefghijkl', secret, names)).toEqual(['accounts.passwordFewClasses']);
    expect(checkPassword('ZhangSan2026!', secret, names)).toEqual(['accounts.passwordHasUsername']);
    expect(checkPassword('张三Airgap2026', secret, names)).toEqual(['accounts.passwordHasName']);
    expect(checkPassword(' Airgap2026x', secret, names)).toEqual(['accounts.passwordBlankEnds']);
    expect(checkPassword('Airgap\u202e2026x', secret, names)).toEqual(['accounts.passwordControlChars']);
    expect(checkPassword('Airgap\t2026x', secret, names)).toEqual(['accounts.passwordControlChars']);
    expect(checkPassword(`Aa1${'x'.repeat(126)}`, secret, names)).toEqual(['accounts.passwordTooLong']);
  });

  it('counts Chinese and other non-keyboard letters as symbols; lengths in characters', () => {
    expect([...characterClasses('密码Ab1')].sort()).toEqual(['digit', 'lower', 'symbol', 'upper']);
    expect([...characterClasses('é')]).toEqual(['symbol']);
    expect(checkPassword('保密工作人人有责abc1', secret, names)).toEqual([]);
    expect(checkPassword('保密工作人人有责abc', secret, names)).toEqual(['accounts.passwordFewClasses']);
    expect(checkPassword('𠀀𠀀𠀀𠀀Ab1', secret, names)).toEqual(['accounts.passwordTooShort']);
  });

  it('basic preset: 8 characters of 2 classes', () => {
    expect(checkPassword('airgap26', presetPolicy('basic'), names)).toEqual([]);
  });
});

describe('expiry and lockout', () => {
  const user = { passwordChangedAt: '2026-01-01T00:00:00.000Z', failedAttempts: 0, failedSinceLastSignIn: 0, lockedUntil: null as string | null };

  it('a password expires after maxAgeDays', () => {
    expect(passwordExpired(user, secret, at('2026-01-07T23:59:59.000Z'))).toBe(false);
    expect(passwordExpired(user, secret, at('2026-01-08T00:00:00.000Z'))).toBe(true);
    expect(passwordExpired(user, presetPolicy('basic'), at('2026-03-01T00:00:00.000Z'))).toBe(false);
  });

  it('locks after 5 failures for 30 minutes, and a lock that ran out starts a new count', () => {
    let state = { ...user };
    const now = at('2026-02-01T08:00:00.000Z');
    for (let i = 1; i <= 4; i++) {
      const next = afterFailure(state, secret, now);
      expect(next).toMatchObject({ failedAttempts: i, failedSinceLastSignIn: i, lockedUntil: null, locked: false });
      state = { ...state, ...next };
    }
    const fifth = afterFailure(state, secret, now);
    expect(fifth).toMatchObject({ failedAttempts: 5, locked: true, lockedUntil: '2026-02-01T08:30:00.000Z' });
    state = { ...state, ...fifth };
    expect(isLocked(state, at('2026-02-01T08:29:59.000Z'))).toBe(true);
    expect(isLocked(state, at('2026-02-01T08:30:00.000Z'))).toBe(false);
    const after = afterFailure(state, secret, at('2026-02-01T08:31:00.000Z'));
    expect(after).toMatchObject({ failedAttempts: 1, failedSinceLastSignIn: 6, lockedUntil: null, locked: false });
  });
});
