import { describe, expect, it } from 'vitest';
import {
  checkOutputPolicy,
  DEFAULT_OUTPUT_POLICY,
  formatCopyNumber,
  installationCode,
  OutputPolicyError,
  outputLimit,
  outputPolicySchema,
} from '../../../../src-renderer/core/output';

describe('the output policy', () => {
  it('by default: keepers print 机密, 投诉处理人 秘密, 查阅 内部; exports stricter; backups and audit exports 机密', () => {
    const p = DEFAULT_OUTPUT_POLICY;
    expect(outputLimit(p, ['reader'], 'print')).toBe('internal');
    expect(outputLimit(p, ['reader'], 'exchange')).toBeNull();
    expect(outputLimit(p, ['complaint-handler'], 'pdf')).toBe('secret');
    expect(outputLimit(p, ['account-manager'], 'exchange')).toBe('secret');
    expect(outputLimit(p, ['department-head'], 'exchange')).toBe('confidential');
    // Several roles: the highest any of them allows.
    expect(outputLimit(p, ['reader', 'complaint-handler'], 'print')).toBe('secret');
    // Administrators: the system administrator's export line is for backups only, the auditor's for audit exports.
    expect(outputLimit(p, ['system-admin'], 'backup')).toBe('confidential');
    expect(outputLimit(p, ['system-admin'], 'print')).toBeNull();
    expect(outputLimit(p, ['system-admin'], 'exchange')).toBeNull();
    expect(outputLimit(p, ['audit-admin'], 'audit-export')).toBe('confidential');
    expect(outputLimit(p, ['account-manager', 'department-head'], 'backup')).toBeNull();
    expect(outputPolicySchema.safeParse(p).success).toBe(true);
  });

  it('refuses above the limit with the limit named, and none at all when the limit is none', () => {
    const none = { ...DEFAULT_OUTPUT_POLICY, export: { ...DEFAULT_OUTPUT_POLICY.export, 'account-manager': null } };
    expect(() => checkOutputPolicy(none, ['account-manager'], 'exchange', 'public')).toThrow(OutputPolicyError);
    try {
      checkOutputPolicy(none, ['account-manager'], 'exchange', 'public');
    } catch (error) {
      expect((error as OutputPolicyError).chinese).toBe('输出策略不允许当前账号导出任何材料');
    }
    expect(() => checkOutputPolicy(DEFAULT_OUTPUT_POLICY, ['reader'], 'print', 'internal')).not.toThrow();
    expect(() => checkOutputPolicy(DEFAULT_OUTPUT_POLICY, ['reader'], 'print', 'secret')).toThrow(OutputPolicyError);
  });
});

describe('the 份号', () => {
  it('is FH-<code>-<year>-<seq of at least 6 digits>, code from the department or the installation id', () => {
    expect(formatCopyNumber('KF3', 2026, 123)).toBe('FH-KF3-2026-000123');
    expect(formatCopyNumber('KF3', 2026, 1_234_567)).toBe('FH-KF3-2026-1234567');
    expect(installationCode('01900000-0000-7000-8000-00000000abcd', null)).toBe('00ABCD');
    expect(installationCode('01900000-0000-7000-8000-00000000abcd', 'KF3')).toBe('KF3');
    expect(() => formatCopyNumber('kf 3', 2026, 1)).toThrow(RangeError);
    expect(() => formatCopyNumber('KF3', 2026, 0)).toThrow(RangeError);
  });
});
