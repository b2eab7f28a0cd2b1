import type { ImportKind, RowProblem } from '../../data/spreadsheet-import';
import { FIELDS_OF } from './sheet-kinds';
import { isMessageKey, type MessageKey, type Translate } from '../../i18n';

/** The word of each archive field a column may feed (the mapping's choices, the problems' cells). */
export function fieldLabel(t: Translate, field: string): string {
  const key = `spreadsheetImport.field.${field}`;
  return isMessageKey(key) ? t(key) : field;
}

export function fieldOptions(t: Translate, kind: ImportKind): { value: string; label: string }[] {
  return FIELDS_OF[kind].map((f) => ({ value: f, label: fieldLabel(t, f) }));
}

/** A row's problem in words: the cell's field, then the message (an i18n key of the sheet, the archive or the import). */
export function problemText(t: Translate, problem: RowProblem): string {
  const params = problem.params ? { ...problem.params } : undefined;
  const message = isMessageKey(problem.message) ? t(problem.message, params) : problem.message;
  return problem.field ? t('spreadsheetImport.cellProblem', { field: fieldLabel(t, problem.field), message }) : message;
}

export const ACTION_LABELS = {
  skip: 'spreadsheetImport.action.skip',
  update: 'spreadsheetImport.action.update',
  create: 'spreadsheetImport.action.create',
} as const satisfies Record<string, MessageKey>;
