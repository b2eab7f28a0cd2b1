import type * as XLSX from '@e965/xlsx';
import { isoOf } from '../days';
import type { GridCell, SheetGrid } from './book';
import type { SpreadsheetCaps } from './types';
import { SpreadsheetError } from './types';
import type { SheetJs } from './sheetjs';

/** Days from 1970-01-01 to the day Excel calls serial 0 (1899-12-30 in the 1900 system, whose 1900-02-29 does not exist). */
const EPOCH_1900 = -25_569;
/** The 1904 system (old Mac workbooks): serial 0 is 1904-01-01. */
const EPOCH_1904 = -24_107;

/** A date serial (whole days; the time of day is dropped) as 'YYYY-MM-DD'. */
export function dayOfSerial(serial: number, date1904 = false): string {
  return isoOf(Math.floor(serial) + (date1904 ? EPOCH_1904 : EPOCH_1900));
}

function cellValue(lib: SheetJs, cell: XLSX.CellObject | undefined, date1904: boolean): GridCell {
  if (!cell) return null;
  switch (cell.t) {
    case 's':
      return typeof cell.v === 'string' && cell.v !== '' ? cell.v : null;
    case 'n':
      if (typeof cell.v !== 'number' || !Number.isFinite(cell.v)) return null;
      return typeof cell.z === 'string' && lib.SSF.is_date(cell.z) ? dayOfSerial(cell.v, date1904) : cell.v;
    case 'b':
      return typeof cell.v === 'boolean' ? cell.v : null;
    case 'd':
      return cell.v instanceof Date ? cell.v.toISOString().slice(0, 10) : null;
    default:
      // 'e' (an error such as #N/A) and 'z' (a styled blank): no value to import.
      return null;
  }
}

/**
 * A SheetJS sheet (dense mode) as a grid of plain values, refusing more than maxRows rows or maxCells cells.
 * The range SheetJS would have read without `sheetRows` (`!fullref`) tells a sheet longer than the cap even
 * when its last rows were never loaded. Merged cells get their top-left value in every cell they cover,
 * as the sheet shows them (a unit's name merged down over the rows of its contacts).
 */
export function gridOf(lib: SheetJs, name: string, sheet: XLSX.WorkSheet | undefined, caps: SpreadsheetCaps, date1904: boolean): SheetGrid {
  if (!sheet) return { name, rows: [] };
  const full = sheet['!fullref'] ?? sheet['!ref'];
  if (full && lib.utils.decode_range(full).e.r + 1 > caps.maxRows) throw new SpreadsheetError('tooManyRows', { max: caps.maxRows });
  const data = sheet['!data'] ?? [];
  if (data.length > caps.maxRows) throw new SpreadsheetError('tooManyRows', { max: caps.maxRows });
  let cells = 0;
  const rows: GridCell[][] = [];
  for (let r = 0; r < data.length; r++) {
    const source = data[r] ?? [];
    const row: GridCell[] = [];
    for (let c = 0; c < source.length; c++) {
      const value = cellValue(lib, source[c], date1904);
      row.push(value);
      if (value !== null && ++cells > caps.maxCells) throw new SpreadsheetError('tooManyCells', { max: caps.maxCells });
    }
    rows.push(trimEnd(row));
  }
  fillMerges(rows, sheet['!merges'] ?? [], caps);
  return { name, rows };
}

function trimEnd(row: GridCell[]): GridCell[] {
  let end = row.length;
  while (end > 0 && row[end - 1] === null) end--;
  return end === row.length ? row : row.slice(0, end);
}

function fillMerges(rows: GridCell[][], merges: readonly XLSX.Range[], caps: SpreadsheetCaps): void {
  let filled = 0;
  for (const m of merges) {
    const value = rows[m.s.r]?.[m.s.c] ?? null;
    if (value === null) continue;
    const lastRow = Math.min(m.e.r, rows.length - 1);
    for (let r = m.s.r; r <= lastRow; r++) {
      const row = rows[r]!;
      for (let c = m.s.c; c <= m.e.c; c++) {
        if (r === m.s.r && c === m.s.c) continue;
        while (row.length < c) row.push(null);
        row[c] = value;
        if (++filled > caps.maxCells) throw new SpreadsheetError('tooManyCells', { max: caps.maxCells });
      }
    }
  }
}
