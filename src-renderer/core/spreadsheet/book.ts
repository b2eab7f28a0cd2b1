import type { SpreadsheetFormat, TextEncodingName } from './types';

/**
 * A cell as read: text, a number, a flag, or null (blank). A number cell with a date format becomes its
 * day as 'YYYY-MM-DD' text; a formula cell is its cached value (formulas are never evaluated).
 */
export type GridCell = string | number | boolean | null;

export interface SheetGrid {
  readonly name: string;
  /** Hidden in the workbook (a lookup list, an old copy): never chosen unless asked for by name. */
  readonly hidden?: boolean;
  /** rows[0] is sheet row 1; each row as long as its last used cell (merged cells filled from their top-left cell). */
  readonly rows: readonly (readonly GridCell[])[];
}

/** A file once read, every sheet as a grid: the screen re-previews from it when the user changes the sheet, header row or mapping. */
export interface SpreadsheetBook {
  readonly format: SpreadsheetFormat;
  readonly encoding: TextEncodingName | null;
  readonly sheets: readonly SheetGrid[];
}
