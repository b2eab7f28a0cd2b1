import { describe, expect, it } from 'vitest';
import { DEFAULT_SECURITY_POLICY, presetPolicy } from '../../../../src-renderer/core/accounts';
import { DEFAULT_OUTPUT_POLICY, type OutputPolicy } from '../../../../src-renderer/core/output';
import { restorePolicyLines, type Policies } from '../../../../src-renderer/features/backup/restore-policies';
import { createTranslator } from '../../../../src-renderer/i18n';

/**
 * Issue 15 loose end: a backup carries the password and session policy and the output policy, and a
 * restore puts them in force; the summary before 确认 says so, naming what changes.
 */
const t = createTranslator('zh-CN');
const now: Policies = { security: DEFAULT_SECURITY_POLICY, output: DEFAULT_OUTPUT_POLICY };
const looser: OutputPolicy = { ...DEFAULT_OUTPUT_POLICY, export: { ...DEFAULT_OUTPUT_POLICY.export, 'account-manager': 'confidential', reader: 'internal' } };

describe('the restore summary’s policy lines', () => {
  it('name the password policy’s preset now and in the backup, and each output limit that changes', () => {
    expect(restorePolicyLines(now, { security: presetPolicy('basic'), output: looser }, t, 'zh-CN')).toEqual([
      '密码与会话策略：当前「秘密级常用」，换成备份中的「基本」',
      '输出策略：换成备份中的，客户经理最高可导出由秘密改为机密、查阅最高可导出由不允许改为内部',
    ]);
  });

  it('say when the backup’s policies are the ones in force', () => {
    expect(restorePolicyLines(now, { security: presetPolicy('secret'), output: DEFAULT_OUTPUT_POLICY }, t, 'zh-CN')).toEqual([
      '密码与会话策略：与备份中的相同（「秘密级常用」），不变',
      '输出策略：与备份中的相同，不变',
    ]);
  });

  it('take a backup without policies as the defaults it puts back in force', () => {
    const basicNow: Policies = { security: presetPolicy('basic'), output: looser };
    expect(restorePolicyLines(basicNow, { security: null, output: null }, t, 'zh-CN')).toEqual([
      '密码与会话策略：当前「基本」，换成备份中的「秘密级常用」',
      '输出策略：换成备份中的，客户经理最高可导出由机密改为秘密、查阅最高可导出由内部改为不允许',
    ]);
  });

  it('tell two custom policies apart, and only the backup’s side on the error screen', () => {
    const custom = { ...presetPolicy('secret'), preset: 'custom' as const, idleLockMinutes: 5 };
    const other = { ...custom, idleLockMinutes: 15 };
    expect(restorePolicyLines({ ...now, security: custom }, { security: other, output: DEFAULT_OUTPUT_POLICY }, t, 'zh-CN')[0]).toBe(
      '密码与会话策略：当前「自定义」，换成备份中设置值不同的「自定义」',
    );
    expect(restorePolicyLines(null, { security: presetPolicy('basic'), output: null }, t, 'zh-CN')).toEqual([
      '密码与会话策略：换成备份中的「基本」',
      '输出策略：换成备份中的',
    ]);
  });
});
