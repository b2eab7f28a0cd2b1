import { describe, expect, it } from 'vitest';
import type { ParetoRow } from '../../../../src-renderer/core/grading';
import { generateInstitute } from '../../../../src-renderer/core/synthetic';
import type { CustomerRecord } from '../../../../src-renderer/data/customers';
import type { ParetoCustomer } from '../../../../src-renderer/data/grading';
import { customerListExport } from '../../../../src-renderer/features/customers/list/list-export';
import { paretoExport } from '../../../../src-renderer/features/grading/pareto/pareto-export';
import { createTranslator } from '../../../../src-renderer/i18n';

const t = createTranslator('zh-CN');

function customers(count: number): CustomerRecord[] {
  const out: CustomerRecord[] = [];
  for (const batch of generateInstitute({ customers: count, contacts: 0, interactions: 0, complaints: 0 }, 16)) {
    if (batch.table === 'customers')
      for (const c of batch.records)
        out.push({ ...c, rev: '0', origin: '01900000-0000-7000-8000-000000000001', updatedBy: '种子', deletedAt: null, mergedInto: null });
  }
  return out;
}

describe('客户档案 exported', () => {
  it('has the visible columns in their order with the list’s headers, every row given, and the rows’ highest classification', () => {
    const list = customers(30);
    list[3] = { ...list[3]!, classification: 'confidential', grade: 'AA', fields: ['航天', '电子'] };
    const rows = list.map((customer) => ({ customer }));
    const out = customerListExport(rows, ['name', 'grade', 'fields', 'status'], { t, locale: 'zh-CN' });
    expect(out.columns.map((c) => c.header)).toEqual(['单位名称', '等级', '专业领域', '状态']);
    expect(out.rows).toHaveLength(30);
    expect(out.rows[3]).toEqual([list[3]!.name, 'AA', '航天、电子', t(`customers.status.${list[3]!.status}`)]);
    expect(out.highest).toBe('confidential');
  });
});

describe('80/20 exported', () => {
  const rows: ParetoRow[] = [
    { customerId: 'a', rank: 1, benefitWan: 1234.56789, share: 0.8, cumulativeShare: 0.8, isKey: true },
    { customerId: 'b', rank: 2, benefitWan: 308.5, share: 0.2, cumulativeShare: 1, isKey: false },
  ];
  const named = new Map<string, ParetoCustomer>([
    ['a', { name: '甲研究所', grade: 'AAA', managerName: '李娜', classification: 'secret' }],
    ['b', { name: '乙公司', grade: null, managerName: '', classification: 'internal' }],
  ]);

  it('waits for every name (nothing to export while one is missing)', () => {
    expect(paretoExport(rows, new Map([['a', named.get('a')!]]), t, 'zh-CN')).toBeNull();
  });

  it('writes 万元 as the screen rounds it, as numbers; shares as shown; 重点 for key customers', () => {
    const out = paretoExport(rows, named, t, 'zh-CN')!;
    expect(out.columns.map((c) => c.header)).toEqual(['排名', '客户', '等级', '年综合效益（万元）', '占比', '累计占比', '重点客户']);
    expect(out.rows).toEqual([
      [1, '甲研究所', 'AAA', 1234.5679, '80.0%', '80.0%', '重点'],
      [2, '乙公司', t('grade.none'), 308.5, '20.0%', '100.0%', ''],
    ]);
    expect(out.highest).toBe('secret');
  });
});
