import type { SpreadsheetCaps } from './types';

const MiB = 1024 * 1024;

/**
 * Why these numbers: an institute's whole customer list (10,000 units, 50,000 contacts, one contact per row)
 * is about 50,000 rows × 15 columns, a few MB as .xlsx and ~10 MB as CSV. The caps leave an order of
 * magnitude above that and stop what no office list needs: a 100 MB file, a zip that inflates to gigabytes
 * (checked on the sizes the zip declares, BEFORE anything is inflated), a sheet claiming 1,048,576 rows.
 * SheetJS reads at most maxRows + 1 rows (`sheetRows`), so a huge sheet costs the cap, not the sheet.
 */
export const DEFAULT_CAPS: SpreadsheetCaps = {
  maxFileBytes: 50 * MiB,
  maxZipEntries: 2_000,
  maxUncompressedBytes: 200 * MiB,
  maxEntryBytes: 120 * MiB,
  maxRows: 100_000,
  maxCells: 3_000_000,
};

export function capsOf(caps: Partial<SpreadsheetCaps> | undefined): SpreadsheetCaps {
  return { ...DEFAULT_CAPS, ...caps };
}
