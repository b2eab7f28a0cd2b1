import type { CellObject, WorkSheet } from '@e965/xlsx';
import { loadSheetJs, type SheetJs } from './spreadsheet/sheetjs';

/**
 * The pure writer of every exported table (issue 16.4) and of the import's "rows left out" file: one sheet named
 * for the view, the mark line in the first row (the classification mark, and for a registered file its 份号), the column headers in the second, the rows below.
 * The same table can be written as .xlsx or as .csv (UTF-8 with a BOM, so that Excel and WPS read Chinese
 * text without asking for an encoding).
 *
 * Every text cell is neutralised against formula injection (OWASP "CSV injection"): a cell beginning with
 * = + - @, a tab or a carriage return gets a leading single quote, and the rest of the text is kept as it was.
 * In an .xlsx the cells are typed as text anyway, but a file saved onward as CSV, or a cell edited and confirmed
 * in Excel, would turn such text back into a live formula; the quote is what survives those ways.
 */

export type ExportCell = string | number | null;

export interface ExportTable {
  /** The view's name, e.g. 客户列表; sanitised for a sheet name (see {@link sanitiseSheetName}). */
  readonly sheetName: string;
  /** The mark as printed (e.g. 机密★20年, followed by the 份号 for a registered file), alone in the first row. */
  readonly markLine: string;
  readonly columns: readonly { readonly header: string }[];
  /** One array per row, as many cells as columns; null is an empty cell. */
  readonly rows: readonly (readonly ExportCell[])[];
}

/** Characters that make a spreadsheet read a cell as a formula (or hide its beginning) when they come first. */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/** The text as written in a cell: prefixed with a single quote when it would begin a formula, else unchanged. */
export function neutraliseCell(text: string): string {
  return text.length > 0 && FORMULA_TRIGGERS.has(text[0] ?? '') ? `'${text}` : text;
}

/** Excel's limits on a sheet name: at most 31 characters, none of : \ / ? * [ ], not beginning or ending with '. */
export const SHEET_NAME_MAX = 31;
const SHEET_NAME_FALLBACK = '表格';

/**
 * A sheet name Excel and WPS accept. The forbidden ASCII characters become their full-width forms (80/20 → 80／20)
 * so the name still reads as the view's; control characters go; the name is cut to 31 UTF-16 units without
 * splitting a character; leading and trailing apostrophes are dropped. An empty result is 表格.
 */
export function sanitiseSheetName(name: string): string {
  const fullWidth: Record<string, string> = { ':': '：', '\\': '＼', '/': '／', '?': '？', '*': '＊', '[': '［', ']': '］' };
  let cleaned = '';
  for (const ch of name) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x20 || code === 0x7f) continue;
    cleaned += fullWidth[ch] ?? ch;
  }
  cleaned = cleaned.trim().replace(/^'+|'+$/g, '');
  let cut = '';
  for (const ch of cleaned) {
    if (cut.length + ch.length > SHEET_NAME_MAX) break;
    cut += ch;
  }
  cut = cut.replace(/'+$/, '').trim();
  return cut === '' ? SHEET_NAME_FALLBACK : cut;
}

function checkShape(table: ExportTable): void {
  const width = table.columns.length;
  table.rows.forEach((row, index) => {
    if (row.length !== width) throw new RangeError(`export row ${index} has ${row.length} cells for ${width} columns`);
    for (const cell of row) {
      if (typeof cell === 'number' && !Number.isFinite(cell)) throw new RangeError(`export row ${index} holds a number that is not finite`);
    }
  });
}

function textCell(text: string): CellObject {
  return { t: 's', v: neutraliseCell(text) };
}

function toCell(cell: ExportCell): CellObject | undefined {
  if (cell === null) return undefined;
  return typeof cell === 'number' ? { t: 'n', v: cell } : textCell(cell);
}

/** Column widths in characters from the header and the longest cell (CJK characters count double), capped. */
function columnWidths(table: ExportTable): { wch: number }[] {
  const widthOf = (text: string): number => {
    let w = 0;
    for (const ch of text) w += (ch.codePointAt(0) ?? 0) > 0x2e80 ? 2 : 1;
    return w;
  };
  return table.columns.map((column, c) => {
    let widest = widthOf(column.header);
    // The first rows are enough for a readable width; measuring 100,000 rows would cost the export's time.
    for (const row of table.rows.slice(0, 200)) {
      const cell = row[c];
      if (cell !== null && cell !== undefined) widest = Math.max(widest, widthOf(String(cell)));
    }
    return { wch: Math.min(Math.max(widest + 2, 6), 60) };
  });
}

/** The worksheet: mark in A1 (merged over the columns), headers in row 2, rows from row 3. */
function tableToWorksheet(lib: SheetJs, table: ExportTable): WorkSheet {
  checkShape(table);
  const width = Math.max(table.columns.length, 1);
  const sheet: WorkSheet = {};
  sheet['A1'] = textCell(table.markLine);
  table.columns.forEach((column, c) => {
    sheet[lib.utils.encode_cell({ r: 1, c })] = textCell(column.header);
  });
  table.rows.forEach((row, r) => {
    row.forEach((value, c) => {
      const cell = toCell(value);
      if (cell !== undefined) sheet[lib.utils.encode_cell({ r: r + 2, c })] = cell;
    });
  });
  sheet['!ref'] = lib.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: table.rows.length + 1, c: width - 1 } });
  if (width > 1) sheet['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: width - 1 } }];
  sheet['!cols'] = columnWidths(table);
  return sheet;
}

/** The table as an .xlsx file (one sheet); async: SheetJS is loaded at the first workbook (spreadsheet/sheetjs.ts). */
export async function tableToXlsx(table: ExportTable): Promise<Uint8Array<ArrayBuffer>> {
  const lib = await loadSheetJs();
  const book = lib.utils.book_new();
  lib.utils.book_append_sheet(book, tableToWorksheet(lib, table), sanitiseSheetName(table.sheetName));
  const out: unknown = lib.write(book, { type: 'array', bookType: 'xlsx', compression: true });
  if (!(out instanceof ArrayBuffer)) throw new TypeError('the spreadsheet writer returned no bytes');
  return new Uint8Array(out);
}

/** The UTF-8 byte order mark: Excel reads a CSV without it in the system's code page (GBK on Chinese Windows). */
export const CSV_BOM = '\uFEFF';

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote, CR or LF; quotes doubled. */
function csvField(cell: ExportCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const text = neutraliseCell(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The table as CSV text with its BOM: the mark line, the headers, the rows, CRLF line ends. */
export function tableToCsvText(table: ExportTable): string {
  checkShape(table);
  const lines = [csvField(table.markLine), table.columns.map((c) => csvField(c.header)).join(',')];
  for (const row of table.rows) lines.push(row.map(csvField).join(','));
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}

/** The table as a .csv file: UTF-8 bytes beginning with the BOM. */
export function tableToCsv(table: ExportTable): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(tableToCsvText(table));
}
