import { describe, expect, it } from 'vitest';
import { previewCustomerSheet } from '../../../../src-renderer/core/spreadsheet';
import { csvOf, utf8, withBom } from './files';

const TODAY = '2026-12-07';

describe('previewCustomerSheet: CSV', () => {
  const rows = [
    ['客户名称', '联系人', '电话', '合作开始时间'],
    ['航天材料研究所', '张伟', '13812345678', '2019/3/1'],
    ['"引号"单位，逗号', '李娜', '010-88886666', '2019.3.1'],
  ];
  const expected = [
    { 'customer.name': '航天材料研究所', 'contact.name': '张伟', 'contact.phones': ['13812345678'], 'customer.cooperationStart': '2019-03-01' },
    { 'customer.name': '"引号"单位，逗号', 'contact.name': '李娜', 'contact.phones': ['010-88886666'], 'customer.cooperationStart': '2019-03-01' },
  ];

  it('reads UTF-8 with and without BOM', async () => {
    for (const bytes of [utf8(csvOf(rows)), withBom(utf8(csvOf(rows)))]) {
      const preview = await previewCustomerSheet(bytes, '名单.csv', { today: TODAY });
      expect(preview.encoding).toBe('utf-8');
      expect(preview.format).toBe('csv');
      expect(preview.rows.map((r) => r.values)).toEqual(expected);
    }
  });

  it('takes the separator from Excel\'s "sep=" line, or guesses semicolons and tabs', async () => {
    for (const text of ['sep=;\n客户名称;联系人\n甲所;张三\n', '客户名称;联系人\n甲所;张三\n', '客户名称\t联系人\n甲所\t张三']) {
      const preview = await previewCustomerSheet(utf8(text), 'a.csv', { today: TODAY });
      expect(preview.headerRow).toBe(1);
      expect(preview.rows.map((r) => r.values)).toEqual([{ 'customer.name': '甲所', 'contact.name': '张三' }]);
    }
  });

  it('keeps a cell beginning with = as text', async () => {
    const preview = await previewCustomerSheet(utf8('客户名称,备注\n甲所,=1+1\n'), 'a.csv', { today: TODAY });
    expect(preview.rows[0]!.values['customer.notes']).toBe('=1+1');
  });

  it('reads a tab-separated file (Excel "Unicode text", UTF-16 with BOM)', async () => {
    const text = '客户名称\t联系人\r\n甲所\t张三\r\n';
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + i * 2);
    const preview = await previewCustomerSheet(utf16, 'a.txt', { today: TODAY });
    expect(preview.encoding).toBe('utf-16le');
    expect(preview.rows[0]!.values).toEqual({ 'customer.name': '甲所', 'contact.name': '张三' });
  });
});
