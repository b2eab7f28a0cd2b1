import { describe, expect, it } from 'vitest';
import {
  buildImportTemplate,
  previewCustomerSheet,
  previewFiguresSheet,
  previewSettlementSheet,
  readSpreadsheet,
} from '../../../src-renderer/core/spreadsheet';
import { dateCell, xlsxOf } from './files';

const TODAY = '2026-12-07';

describe('the yearly figures and settlements sheets', () => {
  const workbook = xlsxOf(
    {
      name: '客户',
      rows: [
        ['客户名称', '联系人'],
        ['甲所', '张三'],
      ],
    },
    {
      name: '业务',
      rows: [
        ['单位名称', '年度', '合同额（元）', '年综合效益（万元）'],
        ['甲所', '2023年', '2,000,000', '35.5'],
        ['乙所', 2024, '1,2345', -1],
        ['丙所', null, 100, null],
      ],
    },
    {
      name: '回款',
      rows: [
        ['客户名称', '应收金额', '到期日', '回款日期', '回款金额'],
        ['甲所', '120万', dateCell(2025, 6, 30), '2025年7月15日', '120'],
        ['乙所', 0, '2025-06-30', '2025-07-01', null],
      ],
    },
  );

  it('each preview takes the sheet of its own kind, whatever the order', async () => {
    expect((await previewCustomerSheet(workbook, 'a.xlsx', { today: TODAY })).sheetName).toBe('客户');
    expect((await previewFiguresSheet(workbook, 'a.xlsx', { today: TODAY })).sheetName).toBe('业务');
    expect((await previewSettlementSheet(workbook, 'a.xlsx', { today: TODAY })).sheetName).toBe('回款');
  });

  it('figures: money in the column unit, the archive rules for year and amounts', async () => {
    const preview = await previewFiguresSheet(workbook, 'a.xlsx', { today: TODAY });
    expect(preview.rows.map((r) => ({ values: r.values, errors: r.errors }))).toEqual([
      { values: { 'figures.customerName': '甲所', 'figures.year': 2023, 'figures.contractWan': 200, 'figures.benefitWan': 35.5 }, errors: [] },
      {
        values: { 'figures.customerName': '乙所', 'figures.year': 2024 },
        errors: [
          { field: 'figures.contractWan', message: 'validation.money' },
          { field: 'figures.benefitWan', message: 'validation.moneyNegative' },
        ],
      },
      {
        values: { 'figures.customerName': '丙所', 'figures.contractWan': 0.01 },
        errors: [
          { field: 'figures.year', message: 'validation.required' },
          { field: 'figures.benefitWan', message: 'validation.required' },
        ],
      },
    ]);
  });

  it('settlements: a receivable above zero, a payment with both its date and its amount', async () => {
    const preview = await previewSettlementSheet(workbook, 'a.xlsx', { today: TODAY });
    expect(preview.rows.map((r) => ({ values: r.values, errors: r.errors }))).toEqual([
      {
        values: {
          'settlement.customerName': '甲所',
          'settlement.receivableWan': 120,
          'settlement.dueDate': '2025-06-30',
          'settlement.paidDate': '2025-07-15',
          'settlement.amountPaidWan': 120,
        },
        errors: [],
      },
      {
        values: { 'settlement.customerName': '乙所', 'settlement.dueDate': '2025-06-30', 'settlement.paidDate': '2025-07-01' },
        errors: [
          { field: 'settlement.receivableWan', message: 'validation.moneyPositive' },
          { field: 'settlement.amountPaidWan', message: 'validation.required' },
        ],
      },
    ]);
  });
});

describe('the import template (16.5)', () => {
  it('is an .xlsx whose three sheets read back with their example row and zero errors', async () => {
    const bytes = await buildImportTemplate();
    const book = await readSpreadsheet(bytes, '客户导入模板.xlsx');
    expect(book.sheets.map((s) => s.name)).toEqual(['客户及联系人', '年度业务数据', '回款记录']);
    const customers = await previewCustomerSheet(bytes, '客户导入模板.xlsx', { today: TODAY });
    expect(customers.columns.every((c) => c.field !== null)).toBe(true);
    expect(customers.skippedRows).toEqual([2]);
    expect(customers.rows).toHaveLength(1);
    expect(customers.rows[0]!.errors).toEqual([]);
    expect(customers.rows[0]!.warnings).toEqual([]);
    expect(customers.rows[0]!.values).toMatchObject({
      'customer.name': '北京航天示例研究所',
      'customer.type': 'research_institute',
      'customer.cooperationStart': '2019-03-01',
      'customer.tags': ['重点', '航天'],
      'contact.phones': ['13812345678', '010-88886666'],
    });
    const figures = await previewFiguresSheet(bytes, 'a.xlsx', { today: TODAY });
    expect(figures.rows.map((r) => r.errors)).toEqual([[]]);
    expect(figures.columns.every((c) => c.field !== null)).toBe(true);
    const settlements = await previewSettlementSheet(bytes, 'a.xlsx', { today: TODAY });
    expect(settlements.rows.map((r) => r.errors)).toEqual([[]]);
    expect(settlements.columns.every((c) => c.field !== null)).toBe(true);
  });
});
