import type { ExportCell } from '../../core/spreadsheet-export';
import type { LeftOutRow } from '../../data/spreadsheet-import';
import type { Translate } from '../../i18n';
import { fieldLabel, problemText } from './labels';
import { valueOf, type AnyField } from './sheet-kinds';

/** The file of rows left out: the sheet row, its values under the fields they were mapped to, and why it was left out. */
export function leftOutTable(t: Translate, rows: readonly LeftOutRow[], fields: readonly AnyField[]) {
  const columns = [
    { header: t('spreadsheetImport.col.row') },
    ...fields.map((f) => ({ header: fieldLabel(t, f) })),
    { header: t('spreadsheetImport.leftOut.reason') },
  ];
  const cells = rows.map((r): ExportCell[] => [
    r.row,
    ...fields.map((f) => {
      const value = valueOf(r.values, f);
      if (value === undefined || value === null) return null;
      return Array.isArray(value) ? value.join(' ') : String(value);
    }),
    r.reasons.map((p) => problemText(t, p)).join('；'),
  ]);
  return { columns, rows: cells };
}
