import { describe, expect, it } from 'vitest';
import { parseDay, parseWan, parseYesNo } from '../../../../src-renderer/core/spreadsheet';
import { phonesOfCell } from '../../../../src-renderer/core/spreadsheet/phones';
import { parseYear } from '../../../../src-renderer/core/spreadsheet/values';
import { columnLayoutKey, headerKey, isHintRow, moneyUnitOf } from '../../../../src-renderer/core/spreadsheet/headers';

describe('days as offices write them', () => {
  it.each([
    ['2019-03-01', '2019-03-01'],
    ['2019/3/1', '2019-03-01'],
    ['2019.3.1', '2019-03-01'],
    ['2019年3月1日', '2019-03-01'],
    ['２０１９年３月１日', '2019-03-01'],
    ['2019 年 3 月 1 日', '2019-03-01'],
    ['20190301', '2019-03-01'],
    ['2019-03-01 14:30:00', '2019-03-01'],
    ['2019/3/1 9:05', '2019-03-01'],
    [20190301, '2019-03-01'],
  ])('%s → %s', (cell, day) => {
    expect(parseDay(cell)).toEqual({ ok: true, value: day });
  });

  it('a month alone is its first day, with a warning; a serial without its date format too', () => {
    expect(parseDay('2019年3月')).toEqual({ ok: true, value: '2019-03-01', warning: 'spreadsheet.warning.monthOnly' });
    expect(parseDay('2019-03')).toEqual({ ok: true, value: '2019-03-01', warning: 'spreadsheet.warning.monthOnly' });
    expect(parseDay(43_525)).toEqual({ ok: true, value: '2019-03-01', warning: 'spreadsheet.warning.dateSerial' });
  });

  it.each([
    ['2019', 'spreadsheet.value.yearOnly'],
    ['2019年', 'spreadsheet.value.yearOnly'],
    ['2019-02-29', 'validation.date'],
    ['2019-13-01', 'validation.date'],
    ['3/1/2019', 'validation.date'],
    ['1899-12-31', 'validation.date'],
    ['明年', 'validation.date'],
    [true, 'validation.date'],
    [12.5, 'validation.date'],
  ])('%s is refused (%s)', (cell, message) => {
    expect(parseDay(cell)).toEqual({ ok: false, message });
  });
});

describe('money in 万元', () => {
  it.each([
    ['200万', 'wan', 200],
    ['200万元', 'wan', 200],
    ['1,234.5', 'wan', 1234.5],
    ['１２３', 'wan', 123],
    ['１，２３４．５', 'wan', 1234.5],
    ['¥12,000元', 'wan', 1.2],
    ['1.5亿', 'wan', 15_000],
    ['12000', 'yuan', 1.2],
    [12_000, 'yuan', 1.2],
    [35.5, 'wan', 35.5],
    [' 80 ', 'wan', 80],
  ] as const)('%s (column in %s) → %d 万元', (cell, unit, wan) => {
    expect(parseWan(cell, unit)).toEqual({ ok: true, value: wan });
  });

  it.each(['1,2345', '二百万', '12a', '', '1.2.3'])('%s is refused', (cell) => {
    expect(parseWan(cell)).toEqual({ ok: false, message: 'validation.money' });
  });

  it('the header tells the unit', () => {
    expect(moneyUnitOf('合同额（元）')).toBe('yuan');
    expect(moneyUnitOf('合同额(万元)')).toBe('wan');
    expect(moneyUnitOf('合同额')).toBe('wan');
  });

  it('years', () => {
    expect(parseYear('2023年度')).toEqual({ ok: true, value: 2023 });
    expect(parseYear('２０２３')).toEqual({ ok: true, value: 2023 });
    expect(parseYear('23年')).toEqual({ ok: false, message: 'validation.year' });
  });
});

describe('是/否', () => {
  it('reads the ways offices write yes and no, and nothing else', () => {
    for (const yes of ['是', ' 是 ', '√', 'Y', 'yes', 'TRUE', true, 1]) expect(parseYesNo(yes)).toBe(true);
    for (const no of ['否', '×', 'N', 'no', false, 0, '无']) expect(parseYesNo(no)).toBe(false);
    for (const other of ['可能', '', null, 2]) expect(parseYesNo(other)).toBeNull();
  });
});

describe('phones in one cell', () => {
  it('splits at the separators offices use, keeps "010 8888 6666" as one number', () => {
    expect(phonesOfCell('13812345678，010-88886666；0755-23456789')).toEqual({
      phones: ['13812345678', '010-88886666', '0755-23456789'],
      local: [],
      invalid: [],
    });
    expect(phonesOfCell('010 8888 6666')).toEqual({ phones: ['010-88886666'], local: [], invalid: [] });
    expect(phonesOfCell('13812345678 13912345678')).toEqual({ phones: ['13812345678', '13912345678'], local: [], invalid: [] });
    expect(phonesOfCell('138 1234 5678或139-1234-5678\n+86 10 8888 6666转123')).toEqual({
      phones: ['13812345678', '13912345678', '010-88886666转123'],
      local: [],
      invalid: [],
    });
  });

  it('keeps a local landline as written, completes it with a valid area code, reports what is no phone', () => {
    expect(phonesOfCell('63913136')).toEqual({ phones: [], local: ['63913136'], invalid: [] });
    expect(phonesOfCell('6391-3136', '010')).toEqual({ phones: ['010-63913136'], local: [], invalid: [] });
    expect(phonesOfCell('63913136', '10')).toEqual({ phones: [], local: ['63913136'], invalid: [] });
    expect(phonesOfCell('见备注, 12345')).toEqual({ phones: [], local: [], invalid: ['见备注', '12345'] });
  });
});

describe('headers and hint rows', () => {
  it('tidies a header as offices decorate it', () => {
    expect(headerKey(' 客户名称（必填）* ')).toBe('客户名称');
    expect(headerKey('联系人：')).toBe('联系人');
    expect(headerKey('ＡＢＣ')).toBe('abc');
  });

  it('a column layout has one key however its headers are decorated', () => {
    expect(columnLayoutKey(['客户名称*', ' 联系人 ', '电话'])).toBe(columnLayoutKey(['客户名称（必填）', '联系人', '电话']));
    expect(columnLayoutKey(['客户名称', '联系人'])).not.toBe(columnLayoutKey(['联系人', '客户名称']));
    expect(columnLayoutKey(['a|b'])).not.toBe(columnLayoutKey(['a', 'b']));
  });

  it('a hint row is all hints; a data row is not', () => {
    expect(isHintRow(['必填', null, '选填', '（选填）格式 2019-03-01'])).toBe(true);
    expect(isHintRow(['必填', '甲所'])).toBe(false);
    expect(isHintRow([null, ''])).toBe(false);
  });
});
