import type { ComplaintStatistics } from '../../../core/complaints';
import { COMPLAINT_CATEGORIES, COMPLAINT_SEVERITIES } from '../../../core/model';
import { complaintCategoryLabel, complaintSeverityLabel } from '../../../i18n/enum-labels';
import { useT } from '../../../i18n/react';
import { PrintBarChart } from '../../../ui/print/PrintCharts';
import { KeepTogether, ReportHeading, ReportTitle } from '../../../ui/print/PrintSheet';
import { FieldTable, ReportTable } from '../../../ui/print/ReportTable';
import type { ReportFormat } from '../report-format';

interface CountRow {
  label: string;
  count: number;
}

/** Counts as a table with each one's share of the total. */
function CountTable({
  rows,
  total,
  label,
  header,
  format,
  testId,
}: {
  rows: readonly CountRow[];
  total: number;
  label: string;
  header: string;
  format: ReportFormat;
  testId?: string;
}) {
  const t = useT();
  return (
    <ReportTable
      label={label}
      testId={testId}
      rows={rows}
      rowKey={(r) => r.label}
      columns={[
        { key: 'label', header, cell: (r) => r.label, width: '50%' },
        { key: 'count', header: t('reports.col.count'), cell: (r) => r.count, numeric: true },
        { key: 'share', header: t('reports.col.countShare'), cell: (r) => format.percent(total === 0 ? null : r.count / total), numeric: true },
      ]}
    />
  );
}

/**
 * 投诉统计: the headline figures (total, answered on time, mean days to answer and to close) and
 * the counts by category, severity, responsible department and month, with bar charts of the two
 * a reader compares at a glance. Figures are core `complaintStatistics` over the period's rows.
 */
export function ComplaintStatsReport({ stats, title, period, format }: { stats: ComplaintStatistics; title: string; period: string; format: ReportFormat }) {
  const t = useT();
  const byCategory = COMPLAINT_CATEGORIES.map((c) => ({ label: t(complaintCategoryLabel(c)), count: stats.byCategory[c] }));
  const bySeverity = COMPLAINT_SEVERITIES.map((s) => ({ label: t(complaintSeverityLabel(s)), count: stats.bySeverity[s] }));
  const byDepartment = Object.entries(stats.byDepartment)
    .map(([label, count]) => ({ label: label || t('reports.complaints.noDepartment'), count }))
    .sort((a, b) => b.count - a.count);
  const byMonth = Object.entries(stats.byMonth).map(([label, count]) => ({ label, count }));
  return (
    <>
      <ReportTitle title={title} subtitle={period} />
      <KeepTogether>
        <ReportHeading>{t('reports.complaints.headline')}</ReportHeading>
        <FieldTable
          label={t('reports.complaints.headline')}
          rows={[
            [t('reports.complaints.total'), <span data-testid="complaints-total">{stats.total}</span>],
            [t('reports.complaints.due'), stats.dueCount],
            [t('reports.complaints.onTime'), stats.onTimeCount],
            [t('reports.complaints.onTimeRate'), format.percent(stats.onTimeRate)],
            [t('reports.complaints.meanAnswer'), format.number(stats.meanDaysToAnswer)],
            [t('reports.complaints.meanClose'), format.number(stats.meanDaysToClose)],
          ]}
        />
      </KeepTogether>
      <KeepTogether>
        <ReportHeading>{t('reports.complaints.byCategory')}</ReportHeading>
        <PrintBarChart data={byCategory.map((r) => ({ label: r.label, value: r.count }))} caption={t('reports.complaints.byCategory')} />
        <CountTable
          rows={byCategory}
          total={stats.total}
          label={t('reports.complaints.byCategory')}
          header={t('reports.col.category')}
          format={format}
          testId="complaints-by-category"
        />
      </KeepTogether>
      <KeepTogether>
        <ReportHeading>{t('reports.complaints.bySeverity')}</ReportHeading>
        <CountTable rows={bySeverity} total={stats.total} label={t('reports.complaints.bySeverity')} header={t('reports.col.severity')} format={format} />
      </KeepTogether>
      <ReportHeading>{t('reports.complaints.byDepartment')}</ReportHeading>
      <CountTable rows={byDepartment} total={stats.total} label={t('reports.complaints.byDepartment')} header={t('reports.col.department')} format={format} />
      <KeepTogether>
        <ReportHeading>{t('reports.complaints.byMonth')}</ReportHeading>
        {byMonth.length > 0 && <PrintBarChart data={byMonth.map((r) => ({ label: r.label, value: r.count }))} caption={t('reports.complaints.byMonth')} />}
        <CountTable rows={byMonth} total={stats.total} label={t('reports.complaints.byMonth')} header={t('reports.col.month')} format={format} />
      </KeepTogether>
    </>
  );
}
