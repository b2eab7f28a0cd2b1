import * as XLSX from '@e965/xlsx';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { previewCustomerSheet } from '../../../../src-renderer/core/spreadsheet';
import { hasNoControlChars } from '../../../../src-renderer/core/validation';
import { bytesOf, csvOf, gbk, gbkXlsOf, utf8, workbookOf, xlsxOf } from './files';

const TODAY = '2026-12-07';
const ROWS = [
  ['客户名称', '联系人', '联系电话', '合作开始时间', '备注'],
  ['中国电子科技集团公司第十四研究所', '赵敏', '025-51821234 / 13912345678', '2019年3月1日', '雷达；“重点”客户'],
  ['航天科工二院', '钱进', '13812345678', '2019.3.1', null],
];
const EXPECTED = [
  {
    'customer.name': '中国电子科技集团公司第十四研究所',
    'contact.name': '赵敏',
    'contact.phones': ['025-51821234', '13912345678'],
    'customer.cooperationStart': '2019-03-01',
    'customer.notes': '雷达；“重点”客户',
  },
  { 'customer.name': '航天科工二院', 'contact.name': '钱进', 'contact.phones': ['13812345678'], 'customer.cooperationStart': '2019-03-01' },
];

describe('the same list from every writer gives the same rows', () => {
  it('GBK CSV (Chinese Windows, WPS) is detected and decoded', async () => {
    const bytes = gbk(csvOf(ROWS));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const preview = await previewCustomerSheet(bytes, '客户.csv', { today: TODAY });
    expect(preview.encoding).toBe('gb18030');
    expect(preview.rows.map((r) => r.values)).toEqual(EXPECTED);
  });

  it('an .xls in BIFF5 with GBK text (code page 936) reads through the code-page tables', async () => {
    const cells = ROWS.map((row) => row.map((c) => c ?? ''));
    const preview = await previewCustomerSheet(gbkXlsOf(cells), '客户.xls', { today: TODAY });
    expect(preview.format).toBe('xls');
    expect(preview.rows.map((r) => r.values)).toEqual(EXPECTED);
  });

  it('xlsx, BIFF8 .xls, UTF-8 CSV and an .xlsx renamed .xls agree', async () => {
    const book = workbookOf({ rows: ROWS });
    for (const [bytes, name] of [
      [bytesOf(book, 'xlsx'), 'a.xlsx'],
      [bytesOf(book, 'biff8', 936), 'a.xls'],
      [utf8(csvOf(ROWS)), 'a.csv'],
      [bytesOf(book, 'xlsx'), 'a.xls'],
    ] as const) {
      const preview = await previewCustomerSheet(bytes, name, { today: TODAY });
      expect(preview.rows.map((r) => r.values)).toEqual(EXPECTED);
    }
  });
});

describe('properties', () => {
  const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((s) => hasNoControlChars(s) && s.trim() !== '');
  const tidy = (s: string) => s.replace(/\r\n?/g, '\n').trim();

  it('any note survives write → preview as the archive tidies it, through xlsx and CSV', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (note) => {
        const rows = [
          ['客户名称', '备注'],
          ['甲所', note],
        ];
        for (const [bytes, name] of [
          [xlsxOf({ rows }), 'a.xlsx'],
          [utf8(csvOf(rows)), 'a.csv'],
        ] as const) {
          const preview = await previewCustomerSheet(bytes, name, { today: TODAY });
          expect(preview.rows[0]!.values['customer.notes']).toBe(tidy(note));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('a cell beginning with = is text, never evaluated; a formula cell is its cached value', async () => {
    await fc.assert(
      fc.asyncProperty(text, fc.integer({ min: 0, max: 999 }), async (rest, cached) => {
        const formula = `=${rest}`;
        const sheet = XLSX.utils.aoa_to_sheet([
          ['客户名称', '备注', '职务', '联系人'],
          ['甲所', formula, null, '张三'],
        ]);
        sheet['C2'] = { t: 'n', v: cached, f: 'SUM(1,1)' };
        const book = XLSX.utils.book_new();
        XLSX.utils.book_append_sheet(book, sheet, 'S');
        for (const [bytes, name] of [
          [bytesOf(book, 'xlsx'), 'a.xlsx'],
          [
            utf8(
              csvOf([
                ['客户名称', '备注'],
                ['甲所', formula],
              ]),
            ),
            'a.csv',
          ],
        ] as const) {
          const row = (await previewCustomerSheet(bytes, name, { today: TODAY })).rows[0]!;
          expect(row.values['customer.notes']).toBe(tidy(formula));
          if (name.endsWith('xlsx')) expect(row.values['contact.title']).toBe(String(cached));
        }
      }),
      { numRuns: 40 },
    );
  });
});
