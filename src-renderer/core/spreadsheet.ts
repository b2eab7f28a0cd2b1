/**
 * Spreadsheet import, the pure core (issue 16.1, 16.2, 16.5): reads .xlsx, .xls (BIFF8, GBK) and CSV
 * (UTF-8 with or without BOM, GBK/GB18030) within caps, finds the header row, maps the Chinese headers
 * offices write to archive fields and normalises each row as the archive stores it. No storage, no UI.
 * The parts live in ./spreadsheet/ (one concern each); this file is the contract the screens use.
 */
import type { SpreadsheetBook } from './spreadsheet/book';
import { readSpreadsheet } from './spreadsheet/read';
import { previewCustomerBook, previewFiguresBook, previewSettlementBook } from './spreadsheet/sheets';
import type {
  CustomerSheetPreview,
  FiguresSheetPreview,
  PreviewOptions,
  SettlementSheetPreview,
  SheetField,
  FiguresField,
  SettlementField,
} from './spreadsheet/types';

export type { GridCell, SheetGrid, SpreadsheetBook } from './spreadsheet/book';
export * from './spreadsheet/types';
export { DEFAULT_CAPS } from './spreadsheet/caps';
export { readSpreadsheet } from './spreadsheet/read';
export { previewCustomerBook, previewFiguresBook, previewSettlementBook } from './spreadsheet/sheets';
export { buildImportTemplate, TEMPLATE_FILE_NAME } from './spreadsheet/template';
export { parseYesNo, parseDay, parseWan } from './spreadsheet/values';
export { columnLayoutKey, headerFieldOf } from './spreadsheet/headers';

/** Reads a customer sheet (customers with one contact per row) and previews every row. Throws SpreadsheetError. */
export async function previewCustomerSheet(bytes: Uint8Array, fileName: string, options: PreviewOptions<SheetField> = {}): Promise<CustomerSheetPreview> {
  const book: SpreadsheetBook = await readSpreadsheet(bytes, fileName, options.caps);
  return previewCustomerBook(book, options);
}

/** Reads a yearly business figures sheet (customer, year, contract amount, benefit). Throws SpreadsheetError. */
export async function previewFiguresSheet(bytes: Uint8Array, fileName: string, options: PreviewOptions<FiguresField> = {}): Promise<FiguresSheetPreview> {
  return previewFiguresBook(await readSpreadsheet(bytes, fileName, options.caps), options);
}

/** Reads a settlements sheet (customer, receivable, due date, paid date and amount). Throws SpreadsheetError. */
export async function previewSettlementSheet(
  bytes: Uint8Array,
  fileName: string,
  options: PreviewOptions<SettlementField> = {},
): Promise<SettlementSheetPreview> {
  return previewSettlementBook(await readSpreadsheet(bytes, fileName, options.caps), options);
}
