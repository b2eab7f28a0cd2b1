import type { IsoDate } from '../iso-dates';
import type { GridCell, SheetGrid, SpreadsheetBook } from './book';
import { headerKey, isBlankRow, isHintRow } from './headers';
import { cellText } from './values';
import type { PreviewOptions, SheetColumn, SheetIssue, SheetPreview, SheetRow } from './types';
import { SpreadsheetError } from './types';

/** A non-blank cell a field receives, with its column's header (a money column's unit is in it). */
export interface FieldCell {
  readonly cell: Exclude<GridCell, null>;
  readonly header: string;
}

export interface RowContext {
  readonly today: IsoDate;
  readonly areaCode?: string;
}

export interface RowResult<F extends string, V> {
  readonly values: V;
  readonly errors: SheetIssue<F>[];
  readonly warnings: SheetIssue<F>[];
  readonly localPhones?: string[];
}

/** What differs between the customer, yearly figures and settlement sheets. */
export interface SheetKind<F extends string, V> {
  readonly aliases: ReadonlyMap<string, F>;
  /** A header row of this kind names all of these. */
  readonly required: readonly F[];
  /** Fields several columns may feed (手机 and 固定电话 are both phones); any other field takes its first column. */
  readonly multi: ReadonlySet<F>;
  readonly readRow: (cells: ReadonlyMap<F, readonly FieldCell[]>, context: RowContext) => RowResult<F, V>;
}

/** Titles, notes and blank rows above the header: how far down a header row is looked for. */
const HEADER_SEARCH_ROWS = 50;

const recognised = (row: readonly GridCell[], aliases: ReadonlyMap<string, string>) => {
  const fields = new Set<string>();
  for (const cell of row) {
    const field = typeof cell === 'string' ? aliases.get(headerKey(cell)) : undefined;
    if (field) fields.add(field);
  }
  return fields;
};

/**
 * The first row naming the kind's required fields, and at least as many of its fields as of any other
 * kind's: a yearly figures sheet (客户名称, 年度, 合同额…) also names a customer, but is not a customer sheet.
 */
function findHeader<F extends string>(grid: SheetGrid, kind: SheetKind<F, unknown>, others: readonly ReadonlyMap<string, string>[]): number | null {
  const last = Math.min(grid.rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < last; r++) {
    const row = grid.rows[r]!;
    const fields = recognised(row, kind.aliases);
    if (!kind.required.every((f) => fields.has(f))) continue;
    if (others.every((aliases) => recognised(row, aliases).size <= fields.size)) return r;
  }
  return null;
}

function proposedColumns<F extends string>(header: readonly GridCell[], width: number, kind: SheetKind<F, unknown>, mapping?: readonly (F | null)[]) {
  const taken = new Set<F>();
  // A mapping from the screen names only this kind's fields; anything else (a stale or hostile value) is no field.
  const known = new Set<string>(kind.aliases.values());
  const columns: SheetColumn<F>[] = [];
  for (let index = 0; index < width; index++) {
    const text = cellText(header[index] ?? null).trim();
    const chosen = mapping?.[index] ?? null;
    let field: F | null = mapping ? (chosen !== null && known.has(chosen) ? chosen : null) : (kind.aliases.get(headerKey(text)) ?? null);
    if (field !== null && !mapping && taken.has(field) && !kind.multi.has(field)) field = null;
    if (field !== null) taken.add(field);
    columns.push({ header: text, field, index });
  }
  return columns;
}

function chooseSheet<F extends string>(
  book: SpreadsheetBook,
  kind: SheetKind<F, unknown>,
  others: readonly ReadonlyMap<string, string>[],
  options: PreviewOptions<F>,
) {
  if (options.sheetName !== undefined) {
    const grid = book.sheets.find((s) => s.name === options.sheetName);
    if (!grid) throw new SpreadsheetError('noSheet', { sheet: options.sheetName });
    const header = options.headerRow !== undefined ? options.headerRow - 1 : findHeader(grid, kind, others);
    if (header === null) throw new SpreadsheetError('noHeader');
    return { grid, header };
  }
  for (const grid of book.sheets) {
    if (grid.hidden) continue;
    const found = findHeader(grid, kind, others);
    if (found !== null) return { grid, header: options.headerRow !== undefined ? options.headerRow - 1 : found };
  }
  if (options.headerRow !== undefined && book.sheets[0]) return { grid: book.sheets[0], header: options.headerRow - 1 };
  throw new SpreadsheetError('noHeader');
}

/** Shared by every sheet kind: choose the sheet and header row, map the columns, read every data row. */
export function previewBook<F extends string, V>(
  book: SpreadsheetBook,
  kind: SheetKind<F, V>,
  others: readonly ReadonlyMap<string, string>[],
  options: PreviewOptions<F>,
  today: IsoDate,
): SheetPreview<F, V> {
  const { grid, header } = chooseSheet(book, kind, others, options);
  if (!Number.isInteger(header) || header < 0) throw new SpreadsheetError('noHeader');
  const headerCells = grid.rows[header] ?? [];
  const width = grid.rows.reduce((max, row) => Math.max(max, row.length), headerCells.length);
  const columns = proposedColumns(headerCells, width, kind, options.mapping);
  const context: RowContext = options.areaCode ? { today, areaCode: options.areaCode } : { today };
  const rows: SheetRow<F, V>[] = [];
  const skippedRows: number[] = [];
  for (let r = header + 1; r < grid.rows.length; r++) {
    const source = grid.rows[r]!;
    if (isBlankRow(source) || isHintRow(source)) {
      skippedRows.push(r + 1);
      continue;
    }
    const cells = new Map<F, FieldCell[]>();
    for (const column of columns) {
      const cell = source[column.index] ?? null;
      if (column.field === null || cell === null || (typeof cell === 'string' && cell.trim() === '')) continue;
      const list = cells.get(column.field) ?? [];
      list.push({ cell, header: column.header });
      cells.set(column.field, list);
    }
    const result = kind.readRow(cells, context);
    rows.push({ row: r + 1, source, ...result });
  }
  return {
    sheetName: grid.name,
    sheetNames: book.sheets.map((s) => s.name),
    headerRow: header + 1,
    columns,
    rows,
    skippedRows,
    format: book.format,
    encoding: book.encoding,
  };
}
