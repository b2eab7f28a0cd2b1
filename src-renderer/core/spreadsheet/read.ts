import type { SpreadsheetBook } from './book';
import type { SpreadsheetCaps } from './types';
import { SpreadsheetError } from './types';

/** Reads every sheet of a file within `caps`; throws SpreadsheetError for what is not a readable spreadsheet. */
export async function readSpreadsheet(bytes: Uint8Array, fileName: string, caps?: Partial<SpreadsheetCaps>): Promise<SpreadsheetBook> {
  void bytes;
  void fileName;
  void caps;
  throw new SpreadsheetError('notSpreadsheet');
}
