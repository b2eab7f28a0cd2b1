import { read, utils } from '@e965/xlsx';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CSV_BOM,
  neutraliseCell,
  sanitiseSheetName,
  SHEET_NAME_MAX,
  tableToCsv,
  tableToCsvText,
  tableToXlsx,
  type ExportTable,
} from '../../../src-renderer/core/spreadsheet-export';

const TRIGGERS = ['=', '+', '-', '@', '\t', '\r'];

function sheetRows(bytes: Uint8Array): { name: string; rows: unknown[][] } {
  const book = read(bytes, { type: 'array' });
  const name = book.SheetNames[0] ?? '';
  const sheet = book.Sheets[name];
  if (sheet === undefined) throw new Error('no sheet');
  return { name, rows: utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true, defval: null }) };
}

/** A minimal RFC 4180 reader for the tests: fields, quoted fields with doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

const table = (rows: ExportTable['rows'], sheetName = '客户列表'): ExportTable => ({
  sheetName,
  markLine: '机密★20年',
  columns: [{ header: '客户名称' }, { header: '年度合同额（万元）' }, { header: '备注' }],
  rows,
});

describe('neutraliseCell', () => {
  it('prefixes a single quote to text that would begin a formula and keeps the text', () => {
    expect(neutraliseCell('=SUM(A1:A2)')).toBe("'=SUM(A1:A2)");
    expect(neutraliseCell('+86 10 1234')).toBe("'+86 10 1234");
    expect(neutraliseCell('-2+3+cmd|"/C calc"!A0')).toBe('\'-2+3+cmd|"/C calc"!A0');
    expect(neutraliseCell('@SUM(1)')).toBe("'@SUM(1)");
    expect(neutraliseCell('\t=1')).toBe("'\t=1");
    expect(neutraliseCell('\r=1')).toBe("'\r=1");
    expect(neutraliseCell('北京=1')).toBe('北京=1');
    expect(neutraliseCell('')).toBe('');
  });

  it('property: a written cell never begins with a trigger, and drops nothing of the text', () => {
    const text = fc.oneof(
      fc.string(),
      fc.constantFrom(...TRIGGERS).chain((t) => fc.string().map((s) => t + s)),
    );
    fc.assert(
      fc.property(text, (s) => {
        const out = neutraliseCell(s);
        expect(TRIGGERS.includes(out[0] ?? '')).toBe(false);
        expect(out === s || out === `'${s}`).toBe(true);
      }),
    );
  });

  it('property: in the .xlsx and the .csv no text cell begins with a trigger and the text is kept', async () => {
    const text = fc.oneof(
      fc.string(),
      fc.constantFrom(...TRIGGERS).chain((t) => fc.string().map((s) => t + s)),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 5 }), async (names) => {
        const t = table(names.map((n) => [n, null, n]));
        const written = sheetRows(await tableToXlsx(t)).rows.slice(2);
        const csv = parseCsv(tableToCsvText(t).slice(CSV_BOM.length)).slice(2);
        names.forEach((n, i) => {
          for (const cell of [written[i]?.[0], csv[i]?.[0], csv[i]?.[2]]) {
            const s = String(cell ?? '');
            expect(TRIGGERS.includes(s[0] ?? '')).toBe(false);
            expect(s === n || s === `'${n}`).toBe(true);
          }
        });
      }),
      { numRuns: 40 },
    );
  });
});

describe('sanitiseSheetName', () => {
  it('turns the characters Excel forbids into their full-width forms', () => {
    expect(sanitiseSheetName('80/20 分析')).toBe('80／20 分析');
    expect(sanitiseSheetName('a[b]c:d*e?f\\g')).toBe('a［b］c：d＊e？f＼g');
  });

  it('cuts to 31 characters without splitting a character, drops apostrophes at the ends and control characters', () => {
    expect(sanitiseSheetName('客'.repeat(40))).toBe('客'.repeat(31));
    expect(sanitiseSheetName(`${'a'.repeat(30)}😀`)).toBe('a'.repeat(30));
    expect(sanitiseSheetName("'名册'")).toBe('名册');
    expect(sanitiseSheetName('分级\n名册')).toBe('分级名册');
    expect(sanitiseSheetName("''")).toBe('表格');
  });

  it('property: any name gives one SheetJS accepts', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 60 }), async (name) => {
        const s = sanitiseSheetName(name);
        expect(s.length).toBeGreaterThan(0);
        expect(s.length).toBeLessThanOrEqual(SHEET_NAME_MAX);
        expect(/[:\\/?*[\]]/.test(s)).toBe(false);
        await expect(tableToXlsx(table([], name))).resolves.toBeInstanceOf(Uint8Array);
      }),
      { numRuns: 60 },
    );
  });
});

describe('tableToXlsx', () => {
  it('writes the mark alone in the first row, the headers in the second, the sheet named for the view', async () => {
    const { name, rows } = sheetRows(
      await tableToXlsx(
        table(
          [
            ['甲研究所', 12.5, null],
            ['=1+1', -3, '+备注'],
          ],
          '分级名册',
        ),
      ),
    );
    expect(name).toBe('分级名册');
    expect(rows[0]).toEqual(['机密★20年', null, null]);
    expect(rows[1]).toEqual(['客户名称', '年度合同额（万元）', '备注']);
    expect(rows[2]).toEqual(['甲研究所', 12.5, null]);
    expect(rows[3]).toEqual(["'=1+1", -3, "'+备注"]);
  });

  it('refuses a row with the wrong number of cells or a number that is not finite', async () => {
    await expect(tableToXlsx(table([['甲', 1]]))).rejects.toThrow(RangeError);
    await expect(tableToXlsx(table([['甲', Number.NaN, null]]))).rejects.toThrow(RangeError);
  });
});

describe('tableToCsv', () => {
  it('begins with the UTF-8 BOM and ends rows with CRLF', () => {
    const bytes = tableToCsv(table([['甲研究所', 1, null]]));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text).toBe('\uFEFF机密★20年\r\n客户名称,年度合同额（万元）,备注\r\n甲研究所,1,\r\n');
  });

  it('quotes commas, quotes and line breaks, and neutralises inside the quotes', () => {
    const text = tableToCsvText(
      table([
        ['甲,乙', 2, '说"明"\n第二行'],
        ['=HYPERLINK("x")', null, '-1'],
      ]),
    );
    expect(parseCsv(text.slice(1)).slice(2)).toEqual([
      ['甲,乙', '2', '说"明"\n第二行'],
      ['\'=HYPERLINK("x")', '', "'-1"],
    ]);
    expect(text).toContain('"\'=HYPERLINK(""x"")"');
  });
});
