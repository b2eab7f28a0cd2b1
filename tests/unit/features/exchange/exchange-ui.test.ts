// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../../src-renderer/i18n';
import { differingFields } from '../../../../src-renderer/features/exchange/conflict-diff';
import { exportSummary, planProblem, type ExportPlan } from '../../../../src-renderer/features/exchange/export-summary';
import { exchangeFileName, fileLockHint, keyCardFileName, shortRecipient } from '../../../../src-renderer/features/exchange/file-names';
import { kindName } from '../../../../src-renderer/features/exchange/kind-label';

const zh = createTranslator('zh-CN');
const en = createTranslator('en-US');
const at = new Date(2026, 10, 27, 9, 5);

describe('exchange file names', () => {
  it('names the department and the day, and the target department when there is one', () => {
    expect(exchangeFileName('市场部', at)).toBe('客户档案-市场部-20261127.age');
    expect(exchangeFileName('市场部', at, '质量部')).toBe('客户档案-市场部-给质量部-20261127.age');
  });

  it('drops characters a file system refuses, and falls back when nothing is left', () => {
    expect(exchangeFileName('市场/部:*', at, '  ')).toBe('客户档案-市场部-20261127.age');
    expect(exchangeFileName('<>', at)).toBe('客户档案-export-20261127.age');
    expect(keyCardFileName('一部?')).toBe('公钥卡片-一部.json');
  });

  it('shortens a recipient but keeps both ends', () => {
    const r = `age1${'q'.repeat(54)}x7k2ab`;
    expect(shortRecipient(r)).toBe(`${r.slice(0, 10)}…x7k2ab`);
    expect(shortRecipient('age1short')).toBe('age1short');
  });
});

describe('how a chosen file is locked', () => {
  const file = (stanza: string) => new TextEncoder().encode(`age-encryption.org/v1\n-> ${stanza}\nAAAA\n--- mac\n`);
  it('reads the first stanza of a binary age header', () => {
    expect(fileLockHint(file('scrypt c2FsdA 18'))).toBe('passphrase');
    expect(fileLockHint(file('X25519 abcd'))).toBe('key');
  });
  it('gives no hint for anything else', () => {
    expect(fileLockHint(file('other x'))).toBeNull();
    expect(fileLockHint(new TextEncoder().encode('{"format":"airgap-crm-key-card"}'))).toBeNull();
  });
});

describe('export summary', () => {
  const plan: ExportPlan = { scope: 'full', customerCount: 12, department: null, lock: 'passphrase', recipientNames: [] };

  it('says the scope and the lock in words', () => {
    expect(exportSummary(plan, zh, 'zh-CN')).toEqual([
      '整个档案：12 个客户及其全部记录（含已删除记录的删除标记）',
      '用口令加密：对方需输入同一口令',
      '文件由本机签名，对方可核验来源和完整性',
    ]);
    const recipients = exportSummary({ ...plan, scope: 'selection', customerCount: 2, lock: 'recipients', recipientNames: ['质量部', '科研部'] }, zh, 'zh-CN');
    expect(recipients[0]).toBe('选定的 2 个客户及其全部记录、负责的客户经理');
    expect(recipients[1]).toBe('用以下部门的公钥加密，只有它们能打开：质量部、科研部');
  });

  it('says how a selection was made: by grade or by account manager', () => {
    const byGrade = exportSummary({ ...plan, scope: 'selection', customerCount: 40, selection: { by: 'grades', names: ['AAA', 'AA'] } }, zh, 'zh-CN');
    expect(byGrade[0]).toBe('等级为 AAA、AA 的 40 个客户及其全部记录、负责的客户经理');
    const byManager = exportSummary({ ...plan, scope: 'selection', customerCount: 7, selection: { by: 'managers', names: ['王强', '李娜'] } }, zh, 'zh-CN');
    expect(byManager[0]).toBe('王强、李娜 负责的 7 个客户及其全部记录');
    expect(exportSummary({ ...plan, scope: 'selection', customerCount: 3, selection: { by: 'customers', names: [] } }, zh, 'zh-CN')[0]).toBe(
      '选定的 3 个客户及其全部记录、负责的客户经理',
    );
  });

  it('names the department of an incremental export and when it last got one', () => {
    const first = exportSummary({ ...plan, scope: 'changes', department: { name: '质量部', lastExport: null } }, zh, 'zh-CN');
    expect(first[0]).toBe('质量部：首次导出，包含全部记录');
    const since = exportSummary({ ...plan, scope: 'changes', department: { name: '质量部', lastExport: '2026-11-20T02:00:00.000Z' } }, en, 'en-US');
    expect(since[0]).toMatch(/^质量部: every change on this PC since the last export on .*2026/);
  });

  it('refuses an empty selection, a missing department and no recipient', () => {
    expect(planProblem(plan)).toBeNull();
    expect(planProblem({ ...plan, scope: 'selection', customerCount: 0 })).toBe('exchange.export.empty-selection');
    expect(planProblem({ ...plan, scope: 'changes' })).toBe('exchange.export.no-department');
    expect(planProblem({ ...plan, lock: 'recipients' })).toBe('exchange.export.no-recipient');
  });
});

describe('conflict display helpers', () => {
  it('lists the shown fields that differ, not the envelope nor derived keys', () => {
    const a = { id: '1', rev: 'r1', origin: 'o1', updatedBy: '张三', deletedAt: null, name: '甲', phone: '1', searchKeys: ['jia'], note: '' };
    const b = { id: '1', rev: 'r2', origin: 'o2', updatedBy: '李四', deletedAt: null, name: '甲', phone: '2', searchKeys: ['yi'], note: 'x' };
    expect(differingFields(a, b)).toEqual(['phone', 'note']);
    expect(differingFields(undefined, { name: '甲' })).toEqual(['name']);
  });

  it('names every exchanged kind in Chinese', () => {
    for (const kind of [
      'managers',
      'customers',
      'contacts',
      'requirements',
      'gradings',
      'followUps',
      'gradeRuns',
      'gradingConfigs',
      'assessments',
      'complaints',
      'handovers',
    ]) {
      expect(kindName(kind, zh), kind).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
