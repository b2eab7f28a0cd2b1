import { chinaDayOf } from '../../core/complaints';
import type { Translate } from '../../i18n';
import { worstOverdue } from '../../ui/ComplaintOverdueFlag';
import type { ExportTableSource } from '../../ui/ExportTableButton';
import type { NamedRow } from './use-complaint-list';

/**
 * 投诉反馈 as exported (issue 16.4): every complaint of the current filters and search, in the list's order, with
 * its columns and headers; the next deadline followed by 逾期 N 天 as the red flag says it. The mark comes from the
 * customers concerned (`highest`, read by the caller).
 */
export function complaintListExport(
  rows: readonly NamedRow[],
  ctx: { t: Translate; day: (day: string | null | undefined) => string; handlerName: (id: string | null) => string; now: Date },
): Omit<ExportTableSource, 'highest'> {
  const { t } = ctx;
  const headers = [
    'complaints.field.number',
    'complaints.field.customer',
    'complaints.field.category',
    'complaints.field.severity',
    'complaints.field.status',
    'complaints.field.handler',
    'complaints.field.receivedDay',
    'complaints.field.nextDeadline',
  ] as const;
  return {
    columns: headers.map((key) => ({ header: t(key) })),
    rows: rows.map((r) => {
      const overdue = worstOverdue(r, ctx.now);
      const next = ctx.day(r.nextDeadline);
      return [
        r.number,
        r.customerName,
        t(`complaints.category.${r.category}`),
        t(`complaints.severity.${r.severity}`),
        t(`complaints.status.${r.status}`),
        ctx.handlerName(r.handlerId) || '—',
        ctx.day(chinaDayOf(r.receivedAt)),
        overdue ? `${next} ${t('complaints.overdueDays', { days: overdue.daysOverdue })}` : next,
      ];
    }),
  };
}
