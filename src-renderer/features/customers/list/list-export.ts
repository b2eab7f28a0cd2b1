import { highestClassification } from '../../../core/backup';
import { formatIsoDay as formatDay } from '../../../core/format';
import type { ExportCell } from '../../../core/spreadsheet-export';
import { customerLevelLabel, customerStatusLabel, customerTypeLabel } from '../../../i18n/enum-labels';
import type { ExportTableSource } from '../../../ui/ExportTableButton';
import { COLUMNS, NAME_COLUMN, type CellContext } from './columns';
import type { CustomerRecord } from '../../../data/customers';
import type { ColumnId, ListRow } from './list-model';

/** Each column's cell as the list shows it, in words (a badge's text, the joined fields and tags). */
const CELL: Record<ColumnId, (c: CustomerRecord, ctx: CellContext) => ExportCell> = {
  name: (c) => c.name,
  grade: (c, { t }) => c.grade ?? t('grade.none'),
  level: (c, { t }) => t(customerLevelLabel(c.level)),
  type: (c, { t }) => t(customerTypeLabel(c.type)),
  status: (c, { t }) => t(customerStatusLabel(c.status)),
  region: (c) => c.region,
  manager: (c) => c.managerName,
  fields: (c) => c.fields.join('、'),
  tags: (c) => c.tags.join('、'),
  cooperationStart: (c, { locale }) => formatDay(c.cooperationStart, locale),
};

/**
 * 客户档案 as exported (issue 16.4): the visible columns in their order with the list's headers, every row of the
 * current search and filters in the current sort (not only the rows drawn on screen).
 */
export function customerListExport(rows: readonly ListRow[], columns: readonly ColumnId[], ctx: CellContext): ExportTableSource {
  return {
    columns: columns.map((id) => ({ header: ctx.t(id === 'name' ? NAME_COLUMN.label : COLUMNS[id].label) })),
    rows: rows.map((r) => columns.map((id) => CELL[id](r.customer, ctx))),
    highest: highestClassification(rows.map((r) => r.customer.classification)),
  };
}
