import * as XLSX from '@e965/xlsx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { previewCustomerSheet, readSpreadsheet, SpreadsheetError } from '../../../../src-renderer/core/spreadsheet';
import { guardedXlsx } from '../../../../src-renderer/core/spreadsheet/zip-guard';
import { DEFAULT_CAPS } from '../../../../src-renderer/core/spreadsheet/caps';
import { csvOf, utf8, xlsOf, xlsxOf } from './files';

const codeOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SpreadsheetError) return error.code;
    throw error;
  }
  return 'read';
};

const customers = (n: number) => [['客户名称', '联系人'], ...Array.from({ length: n }, (_, i) => [`单位${i}`, `联系人${i}`])];

/** A real .xlsx whose entries are replaced or added (fflate), to build what Excel never writes. */
function patchedXlsx(entries: Record<string, Uint8Array>): Uint8Array {
  const files = unzipSync(xlsxOf({ name: 'S', rows: customers(2) }));
  return zipSync({ ...files, ...entries });
}

/** A BIFF8 .xls with a FILEPASS record (type 0x2F) right after the workbook's BOF, as Excel writes a password-protected file. */
function xlsWithFilePass(body: Uint8Array | null): Uint8Array {
  const container = XLSX.CFB.read(xlsOf({ rows: customers(2) }), { type: 'array' });
  const entry = XLSX.CFB.find(container, 'Workbook')!;
  const stream = Uint8Array.from(entry.content);
  if (body) {
    const at = 4 + (stream[2]! | (stream[3]! << 8));
    const record = new Uint8Array([0x2f, 0x00, body.length & 0xff, body.length >> 8, ...body]);
    entry.content = new Uint8Array([...stream.subarray(0, at), ...record, ...stream.subarray(at)]);
    entry.size = entry.content.length;
  }
  const written: unknown = XLSX.CFB.write(container, { type: 'array' });
  return written instanceof Uint8Array ? written : new Uint8Array(written as ArrayLike<number>);
}

describe('bad input: each a distinct code, nothing read', () => {
  it('an empty file, a text file named .xlsx or .xls, an unknown kind of file', async () => {
    expect(await codeOf(readSpreadsheet(new Uint8Array(), 'a.xlsx'))).toBe('empty');
    expect(await codeOf(readSpreadsheet(utf8('客户名称,联系人\n甲所,张三\n'), '名单.xlsx'))).toBe('notSpreadsheet');
    expect(await codeOf(readSpreadsheet(utf8('hello'), 'a.xls'))).toBe('notSpreadsheet');
    expect(await codeOf(readSpreadsheet(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), 'photo.csv'))).toBe('notSpreadsheet');
  });

  it('a zip that is no workbook (a .docx renamed) is notSpreadsheet; a damaged or cut-off one is corrupt', async () => {
    const docx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') });
    expect(await codeOf(readSpreadsheet(docx, 'a.xlsx'))).toBe('notSpreadsheet');
    const whole = xlsxOf({ rows: customers(50) });
    expect(await codeOf(readSpreadsheet(whole.slice(0, Math.floor(whole.length / 2)), 'a.xlsx'))).toBe('corrupt');
    const garbage = new Uint8Array(2000).map((_, i) => (i * 7919) % 251);
    garbage.set([0x50, 0x4b, 0x03, 0x04]);
    expect(await codeOf(readSpreadsheet(garbage, 'a.xlsx'))).toBe('corrupt');
    const badXml = patchedXlsx({ 'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="S" r:id="rId1"') });
    expect(await codeOf(readSpreadsheet(badXml, 'a.xlsx'))).toBe('corrupt');
  });

  it('a password-protected .xlsx (an OLE container with EncryptionInfo) is encrypted, not corrupt', async () => {
    const container = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(container, '/EncryptionInfo', new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]));
    XLSX.CFB.utils.cfb_add(container, '/EncryptedPackage', new Uint8Array(512).fill(7));
    const written: unknown = XLSX.CFB.write(container, { type: 'array' });
    const bytes = written instanceof Uint8Array ? written : new Uint8Array(written as ArrayLike<number>);
    expect(await codeOf(readSpreadsheet(bytes, '加密.xlsx'))).toBe('encrypted');
    expect(await codeOf(readSpreadsheet(bytes.slice(0, 600), '加密.xlsx'))).toBe('corrupt');
  });

  it('an .xls with a password to open (a FILEPASS record, XOR or RC4) is encrypted', async () => {
    const xor = new Uint8Array([0, 0, 0x12, 0x34, 0x56, 0x78]);
    // wEncryptionType 1 (RC4), then the CryptoAPI version 4.2 header (the rest does not matter: nothing is decrypted).
    const rc4 = new Uint8Array(54);
    rc4.set([1, 0, 4, 0, 2, 0]);
    for (const body of [xor, rc4]) {
      expect(await codeOf(readSpreadsheet(xlsWithFilePass(body), '加密.xls'))).toBe('encrypted');
    }
    expect(await codeOf(readSpreadsheet(xlsWithFilePass(null), '未加密.xls'))).toBe('read');
  });

  it('a file of 100 MB is refused before anything is read', async () => {
    expect(await codeOf(readSpreadsheet(new Uint8Array(100 * 1024 * 1024), 'big.xlsx'))).toBe('tooLarge');
    expect(await codeOf(readSpreadsheet(xlsxOf({ rows: customers(20) }), 'a.xlsx', { maxFileBytes: 1000 }))).toBe('tooLarge');
  });

  it('a zip bomb: too many entries, one entry or all entries too large once inflated, judged before inflating', async () => {
    const zeros = new Uint8Array(2 * 1024 * 1024);
    const bomb = patchedXlsx({ 'xl/worksheets/sheet2.xml': zeros });
    expect(bomb.length).toBeLessThan(20_000);
    expect(await codeOf(readSpreadsheet(bomb, 'a.xlsx', { maxEntryBytes: 1024 * 1024 }))).toBe('tooBig');
    const many = patchedXlsx(Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`xl/extra/${i}.xml`, zeros.subarray(0, 600_000)])));
    expect(await codeOf(readSpreadsheet(many, 'a.xlsx', { maxUncompressedBytes: 4 * 1024 * 1024 }))).toBe('tooBig');
    expect(await codeOf(readSpreadsheet(many, 'a.xlsx', { maxZipEntries: 20 }))).toBe('tooBig');
    // With the default caps the same files are read (the caps, not the content, refused them).
    expect(await codeOf(readSpreadsheet(bomb, 'a.xlsx'))).toBe('read');
  });

  it('an entry whose zip header understates its size is cut at the declared size, never inflated further', () => {
    const big = strToU8('<x>' + 'a'.repeat(3_000_000) + '</x>');
    const zip = patchedXlsx({ 'xl/extra.xml': big });
    // Patch the central directory's uncompressed size of xl/extra.xml to 100 bytes.
    const name = strToU8('xl/extra.xml');
    for (let i = zip.length - 46; i >= 0; i--) {
      if (zip[i] !== 0x50 || zip[i + 1] !== 0x4b || zip[i + 2] !== 0x01 || zip[i + 3] !== 0x02) continue;
      const nameLength = zip[i + 28]! | (zip[i + 29]! << 8);
      if (nameLength !== name.length || !name.every((b, k) => zip[i + 46 + k] === b)) continue;
      new DataView(zip.buffer, zip.byteOffset).setUint32(i + 24, 100, true);
    }
    const repacked = unzipSync(guardedXlsx(zip, DEFAULT_CAPS));
    expect(repacked['xl/extra.xml']!.length).toBe(100);
    expect(strFromU8(repacked['xl/extra.xml']!)).toBe('<x>' + 'a'.repeat(97));
  });

  it('more rows or cells than the caps: tooManyRows / tooManyCells, for a workbook and a CSV', async () => {
    expect(await codeOf(readSpreadsheet(xlsxOf({ rows: customers(10) }), 'a.xlsx', { maxRows: 10 }))).toBe('tooManyRows');
    expect(await codeOf(readSpreadsheet(xlsxOf({ rows: customers(9) }), 'a.xlsx', { maxRows: 10 }))).toBe('read');
    expect(await codeOf(readSpreadsheet(utf8(csvOf(customers(10))), 'a.csv', { maxRows: 10 }))).toBe('tooManyRows');
    expect(await codeOf(readSpreadsheet(xlsxOf({ rows: customers(10) }), 'a.xlsx', { maxCells: 15 }))).toBe('tooManyCells');
    expect(await codeOf(readSpreadsheet(utf8(csvOf(customers(10))), 'a.csv', { maxCells: 15 }))).toBe('tooManyCells');
  });

  it('a sheet of 1,048,576 rows is refused with tooManyRows (its last row is never loaded)', async () => {
    const sheet =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:A1048576"/><sheetData>' +
      '<row r="1"><c r="A1" t="inlineStr"><is><t>客户名称</t></is></c></row>' +
      '<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>甲所</t></is></c></row></sheetData></worksheet>';
    const bytes = patchedXlsx({ 'xl/worksheets/sheet1.xml': strToU8(sheet) });
    const started = performance.now();
    expect(await codeOf(previewCustomerSheet(bytes, 'a.xlsx'))).toBe('tooManyRows');
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('prototype keys as headers or values', () => {
  it('__proto__, constructor, prototype and toString are unknown headers; nothing is polluted', async () => {
    const headers = ['__proto__', 'constructor', '客户名称', 'prototype', 'toString', 'hasOwnProperty'];
    const row = ['{"polluted":1}', 'x', '甲所', 'y', 'z', 'w'];
    for (const [bytes, name] of [
      [xlsxOf({ rows: [headers, row] }), 'a.xlsx'],
      [utf8(csvOf([headers, row])), 'a.csv'],
    ] as const) {
      const preview = await previewCustomerSheet(bytes, name, { today: '2026-12-07' });
      expect(preview.columns.map((c) => c.field)).toEqual([null, null, 'customer.name', null, null, null]);
      expect(preview.rows[0]!.values).toEqual({ 'customer.name': '甲所' });
      expect(Object.keys(preview.rows[0]!.values)).toEqual(['customer.name']);
    }
    const fresh: Record<string, unknown> = {};
    expect(fresh['polluted']).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(typeof fresh.toString).toBe('function');
  });

  it('a mapping that names a prototype key is ignored like an unknown field', async () => {
    const bytes = xlsxOf({
      rows: [
        ['客户名称', 'x'],
        ['甲所', '1'],
      ],
    });
    const mapping = JSON.parse('["customer.name", "__proto__"]') as ('customer.name' | null)[];
    const preview = await previewCustomerSheet(bytes, 'a.xlsx', { today: '2026-12-07', mapping });
    expect(preview.columns.map((c) => c.field)).toEqual(['customer.name', null]);
    expect(preview.rows[0]!.values).toEqual({ 'customer.name': '甲所' });
    expect(Object.getPrototypeOf(preview.rows[0]!.values)).toBe(Object.prototype);
  });
});
