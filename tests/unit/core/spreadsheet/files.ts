import * as XLSX from '@e965/xlsx';
import * as cptable from '@e965/xlsx/dist/cpexcel.full.mjs';

/** Test files made with SheetJS, as Excel and WPS would save them. */
export type Cells = (string | number | boolean | null | XLSX.CellObject)[][];

export interface SheetSpec {
  readonly name?: string;
  readonly rows: Cells;
  readonly merges?: XLSX.Range[];
}

function sheetOf(spec: SheetSpec): XLSX.WorkSheet {
  const plain = spec.rows.map((row) => row.map((cell) => (cell !== null && typeof cell === 'object' ? null : cell)));
  const sheet = XLSX.utils.aoa_to_sheet(plain);
  spec.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell !== null && typeof cell === 'object') sheet[XLSX.utils.encode_cell({ r, c })] = cell;
    }),
  );
  if (spec.merges) sheet['!merges'] = spec.merges;
  return sheet;
}

export function workbookOf(...sheets: SheetSpec[]): XLSX.WorkBook {
  const book = XLSX.utils.book_new();
  sheets.forEach((spec, i) => XLSX.utils.book_append_sheet(book, sheetOf(spec), spec.name ?? `Sheet${i + 1}`));
  return book;
}

export function bytesOf(book: XLSX.WorkBook, bookType: XLSX.BookType, codepage?: number): Uint8Array {
  const written: unknown = XLSX.write(book, { type: 'array', bookType, ...(codepage ? { codepage } : {}) });
  if (!(written instanceof ArrayBuffer)) throw new Error('no bytes');
  return new Uint8Array(written);
}

export const xlsxOf = (...sheets: SheetSpec[]) => bytesOf(workbookOf(...sheets), 'xlsx');
/** BIFF8 (Excel 97–2003) as Chinese Excel saves it, code page 936. */
export const xlsOf = (...sheets: SheetSpec[]) => bytesOf(workbookOf(...sheets), 'biff8', 936);

/** A date cell: an Excel serial with a date format. */
export const dateCell = (y: number, m: number, d: number): XLSX.CellObject => ({
  t: 'n',
  v: Date.UTC(y, m - 1, d) / 86_400_000 + 25_569,
  z: 'yyyy/m/d',
});

/** A formula cell with its cached value, as Excel saves it. */
export const formulaCell = (formula: string, cached: string | number): XLSX.CellObject => ({
  t: typeof cached === 'number' ? 'n' : 's',
  v: cached,
  f: formula,
});

/** CSV text (RFC 4180 quoting). */
export function csvOf(rows: (string | number | null)[][]): string {
  const quote = (v: string | number | null) => {
    const s = v === null ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((row) => row.map(quote).join(',')).join('\r\n');
}

export const utf8 = (text: string) => new TextEncoder().encode(text);
export const withBom = (bytes: Uint8Array) => new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);

/** GBK bytes (code page 936), from SheetJS's own code-page tables. */
export const gbk = (text: string) => Uint8Array.from(cptable.utils.encode(936, text));

/**
 * An .xls as Chinese Excel 95 / older WPS save it: BIFF5, text in GBK, CODEPAGE 936. SheetJS writes BIFF5
 * text only as single bytes, so each cell is written as a placeholder of the GBK length and the bytes are
 * swapped in, then the CODEPAGE record (0x0042) is set to 936.
 */
export function gbkXlsOf(rows: string[][]): Uint8Array {
  const encoded = rows.map((row) => row.map(gbk));
  let n = 0;
  const placeholders = encoded.map((row) => row.map((bytes) => String.fromCharCode(0x41 + (n++ % 26)).repeat(bytes.length)));
  const out = bytesOf(workbookOf({ name: 'Sheet1', rows: placeholders }), 'biff5');
  let from = 0;
  placeholders.forEach((row, r) =>
    row.forEach((placeholder, c) => {
      const at = indexOf(out, new TextEncoder().encode(placeholder), from);
      out.set(encoded[r]![c]!, at);
      from = at + placeholder.length;
    }),
  );
  const codepage = indexOf(out, new Uint8Array([0x42, 0x00, 0x02, 0x00]), 0);
  new DataView(out.buffer, out.byteOffset).setUint16(codepage + 4, 936, true);
  return out;
}

function indexOf(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  outer: for (let i = from; i <= haystack.length - needle.length; i++) {
    for (let k = 0; k < needle.length; k++) if (haystack[i + k] !== needle[k]) continue outer;
    return i;
  }
  throw new Error('not found');
}
