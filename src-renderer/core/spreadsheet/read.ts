import type * as XLSX from '@e965/xlsx';
import type { SheetGrid, SpreadsheetBook } from './book';
import { capsOf } from './caps';
import { parseCsv } from './csv';
import { gridOf } from './grid';
import { loadSheetJs, type SheetJs } from './sheetjs';
import { decodeText, looksLikeText } from './text-encoding';
import type { SpreadsheetCaps } from './types';
import { SpreadsheetError } from './types';
import { guardedXlsx } from './zip-guard';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);
const extensionOf = (fileName: string) => /\.([^.]+)$/.exec(fileName.toLowerCase())?.[1] ?? '';
const TEXT_EXTENSIONS = new Set(['csv', 'txt', 'tsv']);

/**
 * Reads every sheet of a file within `caps`. What the file is comes from its bytes, not its name (an .xls
 * saved as .xlsx is read; a text file named .xlsx is `notSpreadsheet`); CSV is recognised by its extension.
 * Throws SpreadsheetError with a code for anything else. Async: SheetJS is loaded at the first workbook
 * (sheetjs.ts), and a caller may run it off the UI thread later.
 */
export async function readSpreadsheet(bytes: Uint8Array, fileName: string, caps?: Partial<SpreadsheetCaps>): Promise<SpreadsheetBook> {
  await Promise.resolve();
  const limits = capsOf(caps);
  if (bytes.length === 0) throw new SpreadsheetError('empty');
  if (bytes.length > limits.maxFileBytes) throw new SpreadsheetError('tooLarge', { maxMb: Math.round((limits.maxFileBytes / 1024 / 1024) * 10) / 10 });
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) {
    const guarded = guardedXlsx(bytes, limits);
    return { format: 'xlsx', encoding: null, sheets: readWorkbook(await loadSheetJs(), guarded, limits) };
  }
  if (startsWith(bytes, OLE)) {
    const lib = await loadSheetJs();
    refuseEncryptedPackage(lib, bytes);
    return { format: 'xls', encoding: null, sheets: readWorkbook(lib, bytes, limits) };
  }
  if (TEXT_EXTENSIONS.has(extensionOf(fileName)) && looksLikeText(bytes)) {
    const { text, encoding } = decodeText(bytes);
    return { format: 'csv', encoding, sheets: [{ name: sheetNameOfCsv(fileName), rows: parseCsv(text, limits) }] };
  }
  throw new SpreadsheetError('notSpreadsheet');
}

function sheetNameOfCsv(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  return base || 'Sheet1';
}

/**
 * An encrypted .xlsx is not a zip: Office wraps it in an OLE container with the streams EncryptionInfo and
 * EncryptedPackage. Said here, before SheetJS, so the user hears "password-protected", not "damaged".
 */
function refuseEncryptedPackage(lib: SheetJs, bytes: Uint8Array): void {
  let container: ReturnType<typeof lib.CFB.read>;
  try {
    container = lib.CFB.read(bytes, { type: 'array' });
  } catch {
    throw new SpreadsheetError('corrupt');
  }
  if (lib.CFB.find(container, 'EncryptionInfo') || lib.CFB.find(container, 'EncryptedPackage')) throw new SpreadsheetError('encrypted');
  const stream = lib.CFB.find(container, 'Workbook') ?? lib.CFB.find(container, 'Book');
  if (stream?.content && hasFilePass(Uint8Array.from(stream.content))) throw new SpreadsheetError('encrypted');
}

const BIFF = { eof: 0x000a, filePass: 0x002f } as const;

/**
 * An .xls with a password to open has a FILEPASS record in its workbook globals (before their EOF record),
 * whatever the scheme (XOR, RC4, CryptoAPI). Walking the record headers is enough: nothing else is decoded.
 */
function hasFilePass(stream: Uint8Array): boolean {
  for (let at = 0; at + 4 <= stream.length;) {
    const type = stream[at]! | (stream[at + 1]! << 8);
    if (type === BIFF.filePass) return true;
    if (type === BIFF.eof) return false;
    at += 4 + (stream[at + 2]! | (stream[at + 3]! << 8));
  }
  return false;
}

function readWorkbook(lib: SheetJs, bytes: Uint8Array, caps: SpreadsheetCaps): SheetGrid[] {
  let workbook: XLSX.WorkBook;
  try {
    workbook = lib.read(bytes, {
      type: 'array',
      dense: true,
      // Cached values only: formulas are neither kept nor evaluated (SheetJS never evaluates them).
      cellFormula: false,
      cellHTML: false,
      cellText: false,
      // The number format tells a date serial from a number.
      cellNF: true,
      cellStyles: false,
      // One row more than the cap: SheetJS keeps no more, and the extra row tells the sheet is too long.
      sheetRows: caps.maxRows + 1,
      WTF: false,
    });
  } catch (error) {
    throw new SpreadsheetError(/password|encrypt/i.test(String(error)) ? 'encrypted' : 'corrupt');
  }
  const date1904 = Boolean(workbook.Workbook?.WBProps?.date1904);
  return workbook.SheetNames.map((name, i) => {
    const grid = gridOf(lib, name, workbook.Sheets[name], caps, date1904);
    return workbook.Workbook?.Sheets?.[i]?.Hidden ? { ...grid, hidden: true } : grid;
  });
}
