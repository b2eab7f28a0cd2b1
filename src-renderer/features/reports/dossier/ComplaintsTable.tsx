import { complaintCategoryLabel, complaintSeverityLabel, complaintStatusLabel } from '../../../i18n/enum-labels';
import { useT } from '../../../i18n/react';
import type { ComplaintRecord } from '../../../data/complaints';
import { ReportTable } from '../../../ui/print/ReportTable';
import type { ReportFormat } from '../report-format';

/** A customer's complaints as the dossier prints them: number, when, what, how serious, where it stands. */
export function ComplaintsTable({ rows, format }: { rows: readonly ComplaintRecord[]; format: ReportFormat }) {
  const t = useT();
  return (
    <ReportTable
      label={t('reports.dossier.complaints')}
      testId="dossier-complaints"
      rows={rows}
      rowKey={(r) => r.id}
      columns={[
        { key: 'number', header: t('reports.col.complaintNumber'), cell: (r) => r.number, wrap: 'never' },
        { key: 'received', header: t('reports.col.received'), cell: (r) => format.dateOf(r.receivedAt), wrap: 'never' },
        { key: 'category', header: t('reports.col.category'), cell: (r) => t(complaintCategoryLabel(r.category)), wrap: 'never' },
        { key: 'severity', header: t('reports.col.severity'), cell: (r) => t(complaintSeverityLabel(r.severity)), wrap: 'never' },
        { key: 'status', header: t('reports.col.status'), cell: (r) => t(complaintStatusLabel(r.status)), wrap: 'never' },
        { key: 'product', header: t('reports.col.product'), cell: (r) => r.product || '—', wrap: 'words' },
        { key: 'description', header: t('reports.col.description'), cell: (r) => r.description },
      ]}
    />
  );
}
