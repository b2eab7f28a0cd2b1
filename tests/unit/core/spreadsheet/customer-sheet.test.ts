import { describe, expect, it } from 'vitest';
import { previewCustomerSheet, SHEET_FIELDS, type CustomerSheetPreview } from '../../../../src-renderer/core/spreadsheet';
import { bytesOf, dateCell, formulaCell, workbookOf, xlsOf, xlsxOf, type Cells } from './files';

const TODAY = '2026-12-07';
const HEADER = ['客户名称', '简称', '联系人', '职务', '手机', '固定电话', '合作开始时间', '客户经理', '地址', '备注'];
const rowsOf = (preview: CustomerSheetPreview) => preview.rows.map((r) => ({ row: r.row, values: r.values, errors: r.errors }));

describe('previewCustomerSheet: the header row and the columns', () => {
  const sheet: Cells = [
    ['2026 年客户名单（市场部）', null, null, null],
    [null],
    ['客户名称 *', '简称', '联系人', '职务', '手机号码', '固定电话', '合作开始时间', '客户经理', '详细地址', '备注'],
    ['必填', '选填', '选填', '选填', '选填', '选填', '选填（格式 2019-03-01）', '选填', '选填', '选填'],
    ['中国航天科工集团第二研究院', '二院', '张伟', '处长', '13812345678', '010-88886666', dateCell(2019, 3, 1), '李娜', '北京市海淀区', '重点'],
    [null, null, null],
    ['航天材料研究所', null, '王芳', null, '139 1234 5678，13712345678', null, '2019年3月', null, null, null],
  ];
  const merges = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 9 } }];

  for (const [writer, bytes, name] of [
    ['xlsx', () => xlsxOf({ name: '客户', rows: sheet, merges }), 'list.xlsx'],
    ['xls (BIFF8, code page 936)', () => xlsOf({ name: '客户', rows: sheet, merges }), 'list.xls'],
  ] as const) {
    it(`finds the header below a merged title and a blank row, skips hint and blank rows (${writer})`, async () => {
      const preview = await previewCustomerSheet(bytes(), name, { today: TODAY });
      expect(preview.sheetName).toBe('客户');
      expect(preview.headerRow).toBe(3);
      expect(preview.columns.map((c) => c.field)).toEqual([
        'customer.name',
        'customer.shortName',
        'contact.name',
        'contact.title',
        'contact.phones',
        'contact.phones',
        'customer.cooperationStart',
        'customer.managerName',
        'customer.address',
        'customer.notes',
      ]);
      expect(preview.skippedRows).toEqual([4, 6]);
      expect(rowsOf(preview)).toEqual([
        {
          row: 5,
          values: {
            'customer.name': '中国航天科工集团第二研究院',
            'customer.shortName': '二院',
            'contact.name': '张伟',
            'contact.title': '处长',
            'contact.phones': ['13812345678', '010-88886666'],
            'customer.cooperationStart': '2019-03-01',
            'customer.managerName': '李娜',
            'customer.address': '北京市海淀区',
            'customer.notes': '重点',
          },
          errors: [],
        },
        {
          row: 7,
          values: {
            'customer.name': '航天材料研究所',
            'contact.name': '王芳',
            'contact.phones': ['13912345678', '13712345678'],
            'customer.cooperationStart': '2019-03-01',
          },
          errors: [],
        },
      ]);
      expect(preview.rows[1]!.warnings).toEqual([{ field: 'customer.cooperationStart', message: 'spreadsheet.warning.monthOnly' }]);
    });
  }

  it('maps the headers offices write, and the field codes, to exactly the issue fields', async () => {
    const headers = [
      '单位名称',
      '客户简称',
      '客户类型',
      '区域',
      '地址',
      '合作开始日期',
      '客户经理',
      '标签',
      '备注',
      '联系人姓名',
      '职位',
      '部门',
      '联系电话',
      '联系人备注',
    ];
    const preview = await previewCustomerSheet(xlsxOf({ rows: [headers, ['甲所']] }), 'a.xlsx', { today: TODAY });
    expect(preview.columns.map((c) => c.field)).toEqual([...SHEET_FIELDS]);
    const codes = await previewCustomerSheet(xlsxOf({ rows: [[...SHEET_FIELDS], ['甲所']] }), 'a.xlsx', { today: TODAY });
    expect(codes.columns.map((c) => c.field)).toEqual([...SHEET_FIELDS]);
  });

  it('ignores unknown columns and a second column for the same one-value field; the mapping option overrides', async () => {
    const bytes = xlsxOf({
      rows: [
        ['名称', '客户名称', '邮编', '联系人'],
        ['甲所', '乙所', '100000', '张三'],
      ],
    });
    const proposed = await previewCustomerSheet(bytes, 'a.xlsx', { today: TODAY });
    expect(proposed.columns.map((c) => c.field)).toEqual(['customer.name', null, null, 'contact.name']);
    expect(proposed.rows[0]!.values['customer.name']).toBe('甲所');
    const mapped = await previewCustomerSheet(bytes, 'a.xlsx', { today: TODAY, mapping: [null, 'customer.name', 'customer.notes', 'contact.name'] });
    expect(mapped.rows[0]!.values).toEqual({ 'customer.name': '乙所', 'customer.notes': '100000', 'contact.name': '张三' });
  });

  it('takes the first sheet with a recognisable header, or the one asked for; says which sheets exist', async () => {
    const bytes = xlsxOf({ name: '说明', rows: [['本表用于导入'], ['请勿修改表头']] }, { name: '名单', rows: [['客户名称'], ['甲所']] });
    const preview = await previewCustomerSheet(bytes, 'a.xlsx', { today: TODAY });
    expect(preview.sheetName).toBe('名单');
    expect(preview.sheetNames).toEqual(['说明', '名单']);
    await expect(previewCustomerSheet(bytes, 'a.xlsx', { sheetName: '说明' })).rejects.toMatchObject({ code: 'noHeader' });
    await expect(previewCustomerSheet(bytes, 'a.xlsx', { sheetName: '无此表' })).rejects.toMatchObject({ code: 'noSheet' });
    const chosen = await previewCustomerSheet(bytes, 'a.xlsx', { sheetName: '说明', headerRow: 1, mapping: ['customer.name'] });
    expect(chosen.rows.map((r) => r.values['customer.name'])).toEqual(['请勿修改表头']);
  });

  it('passes over a hidden sheet unless it is asked for by name', async () => {
    const book = workbookOf({ name: '旧名单', rows: [['客户名称'], ['旧所']] }, { name: '名单', rows: [['客户名称'], ['新所']] });
    book.Workbook = {
      Sheets: [
        { name: '旧名单', Hidden: 1 },
        { name: '名单', Hidden: 0 },
      ],
    };
    const bytes = bytesOf(book, 'xlsx');
    expect((await previewCustomerSheet(bytes, 'a.xlsx', { today: TODAY })).rows[0]!.values['customer.name']).toBe('新所');
    expect((await previewCustomerSheet(bytes, 'a.xlsx', { today: TODAY, sheetName: '旧名单' })).rows[0]!.values['customer.name']).toBe('旧所');
  });

  it('reads date cells of a workbook in the 1904 date system (old Mac files)', async () => {
    const book = workbookOf({
      rows: [
        ['客户名称', '合作开始时间'],
        ['甲所', { t: 'n', v: 42_063, z: 'yyyy-mm-dd' }],
      ],
    });
    book.Workbook = { WBProps: { date1904: true } };
    const preview = await previewCustomerSheet(bytesOf(book, 'xlsx'), 'a.xlsx', { today: TODAY });
    expect(preview.rows[0]!.values['customer.cooperationStart']).toBe('2019-03-01');
  });

  it('refuses a file with no recognisable header with the code noHeader', async () => {
    await expect(
      previewCustomerSheet(
        xlsxOf({
          rows: [
            ['a', 'b'],
            [1, 2],
          ],
        }),
        'a.xlsx',
      ),
    ).rejects.toMatchObject({ code: 'noHeader' });
  });

  it('fills a unit name merged down over the rows of its contacts', async () => {
    const bytes = xlsxOf({
      rows: [
        ['客户名称', '联系人'],
        ['甲所', '张三'],
        [null, '李四'],
      ],
      merges: [{ s: { r: 1, c: 0 }, e: { r: 2, c: 0 } }],
    });
    const preview = await previewCustomerSheet(bytes, 'a.xlsx', { today: TODAY });
    expect(preview.rows.map((r) => [r.values['customer.name'], r.values['contact.name']])).toEqual([
      ['甲所', '张三'],
      ['甲所', '李四'],
    ]);
  });
});

describe('previewCustomerSheet: row errors are what the archive refuses', () => {
  const preview = (rows: Cells, options = {}) => previewCustomerSheet(xlsxOf({ rows: [HEADER, ...rows] }), 'a.xlsx', { today: TODAY, ...options });

  it('a missing name, a bad or future day, a too long name, a bad phone, a contact without a name, an unknown type', async () => {
    const result = await previewCustomerSheet(
      xlsxOf({
        rows: [
          ['客户名称', '合作开始时间', '手机', '职务', '客户类型'],
          [null, '2019-02-30', null, null, null],
          ['甲所', '2027-01-01', '12345', null, null],
          ['乙'.repeat(101), null, null, '处长', '外星单位'],
          ['丙所', '2019', null, null, '科研院所'],
        ],
      }),
      'a.xlsx',
      { today: TODAY },
    );
    expect(result.rows.map((r) => r.errors)).toEqual([
      [
        { field: 'customer.name', message: 'validation.required' },
        { field: 'customer.cooperationStart', message: 'validation.date' },
      ],
      [
        { field: 'customer.cooperationStart', message: 'validation.dateInFuture' },
        { field: 'contact.phones', message: 'validation.phone', params: { phone: '12345' } },
        { field: 'contact.name', message: 'spreadsheet.row.contactNameMissing' },
      ],
      [
        { field: 'customer.name', message: 'validation.tooLong' },
        { field: 'customer.type', message: 'validation.choice' },
        { field: 'contact.name', message: 'spreadsheet.row.contactNameMissing' },
      ],
      [{ field: 'customer.cooperationStart', message: 'spreadsheet.value.yearOnly' }],
    ]);
    expect(result.rows[3]!.values['customer.type']).toBe('research_institute');
  });

  it('a local landline without area code is kept with a warning and never blocks the row; an area code completes it', async () => {
    const rows: Cells = [['甲所', null, '张三', null, '63913136；13812345678', null, null, null, null, null]];
    const kept = (await preview(rows)).rows[0]!;
    expect(kept.errors).toEqual([]);
    expect(kept.values['contact.phones']).toEqual(['13812345678']);
    expect(kept.localPhones).toEqual(['63913136']);
    expect(kept.warnings).toEqual([{ field: 'contact.phones', message: 'spreadsheet.warning.localPhone', params: { phone: '63913136' } }]);
    const completed = (await preview(rows, { areaCode: '０２９' })).rows[0]!;
    expect(completed.values['contact.phones']).toEqual(['029-63913136', '13812345678']);
    expect(completed.warnings).toEqual([]);
    expect(completed.localPhones).toBeUndefined();
  });

  it('phones: several per cell, as numbers, full-width, de-duplicated across columns, more than five refused', async () => {
    const result = await preview([
      ['甲所', null, '张三', null, 13812345678, '１３８ １２３４ ５６７８ / (010) 8888 6666', null, null, null, null],
      ['乙所', null, '李四', null, '13812345671,13812345672,13812345673', '13812345674 13812345675 13812345676', null, null, null, null],
    ]);
    expect(result.rows[0]!.values['contact.phones']).toEqual(['13812345678', '010-88886666']);
    expect(result.rows[1]!.errors).toEqual([{ field: 'contact.phones', message: 'validation.tooMany', params: { max: 5 } }]);
  });

  it('formula cells give their cached value, never a formula or its evaluation', async () => {
    const result = await preview([
      [formulaCell('CONCAT("甲","所")', '甲所'), null, formulaCell('1+1', '张三'), null, null, null, formulaCell('DATE(2019,3,1)', 43_525)],
    ]);
    expect(result.rows[0]!.values['customer.name']).toBe('甲所');
    expect(result.rows[0]!.values['contact.name']).toBe('张三');
    // A serial without a date format (the formula's cell had none): read as a day, with a warning.
    expect(result.rows[0]!.values['customer.cooperationStart']).toBe('2019-03-01');
    expect(result.rows[0]!.warnings).toEqual([{ field: 'customer.cooperationStart', message: 'spreadsheet.warning.dateSerial' }]);
  });

  it('trailing and full-width spaces are trimmed, tags split as the archive splits them', async () => {
    const result = await previewCustomerSheet(
      xlsxOf({
        rows: [
          ['客户名称', '标签', '地区'],
          ['\u3000甲所  ', '重点、航天 导弹', ' 北京 '],
        ],
      }),
      'a.xlsx',
      { today: TODAY },
    );
    expect(result.rows[0]!.values).toEqual({ 'customer.name': '甲所', 'customer.tags': ['重点', '航天', '导弹'], 'customer.region': '北京' });
  });
});
