import { describe, expect, it } from 'vitest';
import { ACCOUNT_AUDIT_ACTIONS, DEFAULT_SECURITY_POLICY, summarisePolicy } from '../../../../src-renderer/core/accounts';
import { AUDIT_EXPORTED, AUDIT_SYSTEM_USER, AUDIT_TAMPER_DETECTED } from '../../../../src-renderer/core/audit/actions';
import { auditTime, auditUserName, detailLines } from '../../../../src-renderer/features/audit/audit-format';
import { createTranslator } from '../../../../src-renderer/i18n';
import { auditActionLabel } from '../../../../src-renderer/i18n/enum-labels';

const zh = createTranslator('zh-CN');
const en = createTranslator('en-US');
const LATIN = /[A-Za-z]/;

describe('the audit log in words', () => {
  it('every action the app writes has a Chinese label; an unknown one is 其他操作（code）', () => {
    for (const action of [...Object.values(ACCOUNT_AUDIT_ACTIONS), AUDIT_TAMPER_DETECTED, AUDIT_EXPORTED]) {
      expect(auditActionLabel(action), action).not.toBe('auditAction.other');
      expect(zh(auditActionLabel(action), { code: action }), action).not.toMatch(LATIN);
      expect(en(auditActionLabel(action), { code: action }), action).not.toBe(auditActionLabel(action));
    }
    expect(zh(auditActionLabel('customer.delete'), { code: 'customer.delete' })).toBe('其他操作（customer.delete）');
    expect(auditActionLabel('other')).toBe('auditAction.other');
  });

  it('details as 标签：值 in Chinese: roles, scope, reasons, booleans, a policy line', () => {
    const policy = summarisePolicy(DEFAULT_SECURITY_POLICY);
    const lines = detailLines(
      {
        rolesAfter: 'account-manager,reader',
        rolesBefore: '',
        scopeAfter: 'department',
        reason: 'wrong-password',
        wasTemporary: true,
        after: policy,
        before: null,
      },
      zh,
      'zh-CN',
    );
    expect(lines.map((l) => l.label)).toEqual(['修改前', '修改后', '原因', '原角色', '新角色', '新数据范围', '修改的是临时密码']);
    expect(lines.find((l) => l.label === '新角色')?.value).toBe('客户经理、查阅');
    expect(lines.find((l) => l.label === '原角色')?.value).toBe('无');
    expect(lines.find((l) => l.label === '原因')?.value).toBe('密码错误');
    expect(lines.find((l) => l.label === '修改的是临时密码')?.value).toBe('是');
    expect(lines.find((l) => l.label === '修改前')?.value).toBe('—');
    const after = lines.find((l) => l.label === '修改后')!.value;
    expect(after).toContain('策略：秘密级常用');
    expect(after).not.toMatch(LATIN);
  });

  it('an unknown detail keeps its value and says its key is another', () => {
    expect(detailLines({ colour: 3 }, zh, 'zh-CN')).toEqual([{ label: '其他（colour）', value: '3' }]);
  });

  it('times in China time, 24-hour with seconds; the names the log writes itself labelled', () => {
    expect(auditTime('2026-05-03T17:04:05.000Z', 'zh-CN')).toBe('2026年5月4日 01:04:05');
    expect(auditUserName({ userId: null, userName: AUDIT_SYSTEM_USER }, en)).toBe('System');
    expect(auditUserName({ userId: 'u-1', userName: '系统' }, en)).toBe('系统');
  });
});

describe('instants in the details', () => {
  it('a file made at 16:05 UTC reads as the next day 00:05 China time, as the entries do', () => {
    const lines = detailLines({ fileCreatedAt: '2026-12-06T16:05:00.000Z', backupCreatedAt: '2026-12-07T01:00:00.000Z', sender: '质量部' }, zh, 'zh-CN');
    expect(lines).toContainEqual({ label: '文件生成时间', value: auditTime('2026-12-06T16:05:00.000Z', 'zh-CN') });
    expect(lines.find((l) => l.label === '文件生成时间')?.value).toMatch(/7日 00:05:00$/);
    expect(lines.find((l) => l.label === '备份时间')?.value).toMatch(/7日 09:00:00$/);
    // Text that only ends like a time field is left as written.
    expect(detailLines({ sender: '2026' }, zh, 'zh-CN')).toEqual([{ label: '发送部门', value: '2026' }]);
  });
});
