import { isRequirementOverdue } from '../../core/customers';
import type { OpenRequirement } from '../../data/customers';
import type { Translate } from '../../i18n';
import { departmentLabel, requirementStatusLabel } from '../../i18n/enum-labels';
import type { ExportTableSource } from '../../ui/ExportTableButton';

/**
 * 客户需求 as exported (issue 16.4): the manager's open requirements in the table's order (overdue first), its
 * columns and headers; an overdue due date followed by the badge's word. The mark comes from the customers.
 */
export function requirementsExport(
  rows: readonly OpenRequirement[],
  t: Translate,
  day: (day: string | null | undefined) => string,
  today: string,
): Omit<ExportTableSource, 'highest'> {
  const headers = [t('field.dueDate'), t('field.title'), t('requirements.mine.customer'), t('field.routedTo'), t('field.receivedDate'), t('field.status')];
  return {
    columns: headers.map((header) => ({ header })),
    rows: rows.map((r) => [
      isRequirementOverdue(r, today) ? `${day(r.dueDate)} ${t('common.overdue')}` : day(r.dueDate),
      r.title,
      r.customerName,
      t(departmentLabel(r.department)),
      day(r.receivedDate),
      t(requirementStatusLabel(r.status)),
    ]),
  };
}
