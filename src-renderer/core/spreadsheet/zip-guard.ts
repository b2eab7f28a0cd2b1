import { unzipSync, zipSync, type Unzipped } from 'fflate';
import type { SpreadsheetCaps } from './types';
import { SpreadsheetError } from './types';

/**
 * Pictures, embedded files, printer settings and thumbnails: never needed to read cell values, and the
 * usual reason an .xlsx is large. Skipping them before inflating keeps memory for the cells.
 */
const NOT_NEEDED = /^(?:xl\/media\/|xl\/embeddings\/|xl\/printerSettings\/|docProps\/thumbnail|xl\/activeX\/|customXml\/)/i;

/**
 * Opens an .xlsx (a zip) under the caps, BEFORE SheetJS parses it: the entry count and every entry's
 * uncompressed size are judged on the sizes the zip declares, and fflate inflates each entry into a buffer of
 * exactly that size (a lying size is cut off, never grown), so a zip bomb costs at most the caps. The entries
 * kept are repacked without compression for SheetJS, whose own inflater then never sees the original data.
 */
export function guardedXlsx(bytes: Uint8Array, caps: SpreadsheetCaps): Uint8Array {
  let entries = 0;
  let total = 0;
  let files: Unzipped;
  try {
    files = unzipSync(bytes, {
      filter(file) {
        entries += 1;
        if (entries > caps.maxZipEntries) throw new SpreadsheetError('tooBig', { reason: 'entries' });
        if (NOT_NEEDED.test(file.name) || file.name.endsWith('/')) return false;
        if (file.originalSize > caps.maxEntryBytes) throw new SpreadsheetError('tooBig', { reason: 'entry' });
        total += file.originalSize;
        if (total > caps.maxUncompressedBytes) throw new SpreadsheetError('tooBig', { reason: 'total' });
        return true;
      },
    });
  } catch (error) {
    if (error instanceof SpreadsheetError) throw error;
    throw new SpreadsheetError('corrupt');
  }
  // A zip that is not a workbook (a .docx, an archive of photos renamed .xlsx).
  if (!files['xl/workbook.xml'] && !files['xl/workbook.bin']) throw new SpreadsheetError('notSpreadsheet');
  return zipSync(files, { level: 0 });
}
