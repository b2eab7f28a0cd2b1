import type { MessageKey } from '../../../i18n';
import { useT } from '../../../i18n/react';
import type { ComplaintRow } from '../../../data/reports';
import { ReportTable } from '../../../ui/print/ReportTable';
import type { ReportFormat } from '../report-format';

/** A customer's complaints as the dossier prints them: number, when, what, how serious, where it stands. */
export function ComplaintsTable({ rows, format }: { rows: readonly ComplaintRow[]; format: ReportFormat }) {
  const t = useT();
  return (
    <ReportTable
      label={t('reports.dossier.complaints')}
      testId="dossier-complaints"
      rows={rows}
      rowKey={(r) => r.id}
      columns={[
        { key: 'number', header: t('reports.col.complaintNumber'), cell: (r) => r.number, width: '15%' },
        { key: 'received', header: t('reports.col.received'), cell: (r) => format.dateOf(r.receivedAt), width: '15%' },
        { key: 'category', header: t('reports.col.category'), cell: (r) => t(`reports.category.${r.category}` as MessageKey), width: '10%' },
        { key: 'severity', header: t('reports.col.severity'), cell: (r) => t(`reports.severity.${r.severity}` as MessageKey), width: '10%' },
        { key: 'status', header: t('reports.col.status'), cell: (r) => t(`complaints.status.${r.status}` as MessageKey), width: '11%' },
        { key: 'product', header: t('reports.col.product'), cell: (r) => r.product || '—', width: '12%' },
        { key: 'description', header: t('reports.col.description'), cell: (r) => r.description },
      ]}
    />
  );
}
