import { Fragment } from 'react';
import type { Roster, RosterRow } from '../../../core/reports';
import { customerTypeLabel, paymentStabilityLabel } from '../../../i18n/enum-labels';
import { useT } from '../../../i18n/react';
import { ReportHeading, ReportTitle } from '../../../ui/print/PrintSheet';
import { ReportTable, TotalsRow, type ReportColumn } from '../../../ui/print/ReportTable';
import type { ReportFormat } from '../report-format';

/** The graded roster: a summary of counts and benefit per grade, then one table per grade, AAA first. */
export function RosterReport({ roster, title, subtitle, format }: { roster: Roster; title: string; subtitle: string; format: ReportFormat }) {
  const t = useT();
  const columns: ReportColumn<RosterRow>[] = [
    { key: 'n', header: t('reports.col.no'), cell: (_r, i) => i + 1, numeric: true, width: '5%' },
    { key: 'name', header: t('reports.col.customer'), cell: (r) => r.name, width: '25%', wrap: 'words' },
    { key: 'type', header: t('reports.col.type'), cell: (r) => t(customerTypeLabel(r.type)), wrap: 'words' },
    { key: 'manager', header: t('reports.col.manager'), cell: (r) => r.managerName || '—', wrap: 'never' },
    { key: 'benefit', header: t('reports.col.benefit'), cell: (r) => format.wan(r.benefitWan), numeric: true },
    { key: 'years', header: t('reports.col.cooperationYears'), cell: (r) => format.years(r.cooperationYears), numeric: true },
    {
      key: 'payment',
      header: t('reports.col.payment'),
      cell: (r) => (r.paymentStability ? t(paymentStabilityLabel(r.paymentStability)) : '—'),
    },
    { key: 'score', header: t('reports.col.subjective'), cell: (r) => format.score(r.subjectiveScore), numeric: true },
    { key: 'date', header: t('reports.col.evaluationDate'), cell: (r) => format.day(r.evaluationDate), wrap: 'never' },
  ];
  return (
    <>
      <ReportTitle title={title} subtitle={subtitle} />
      <ReportHeading>{t('reports.roster.summary')}</ReportHeading>
      <ReportTable
        label={t('reports.roster.summary')}
        testId="roster-summary"
        columns={[
          { key: 'grade', header: t('reports.col.grade'), cell: (g) => g.grade },
          { key: 'count', header: t('reports.col.count'), cell: (g) => g.rows.length, numeric: true },
          {
            key: 'share',
            header: t('reports.col.countShare'),
            cell: (g) => format.percent(roster.total === 0 ? null : g.rows.length / roster.total),
            numeric: true,
          },
          { key: 'benefit', header: t('reports.col.benefitSum'), cell: (g) => format.wan(g.benefitWan), numeric: true },
        ]}
        rows={roster.groups}
        rowKey={(g) => g.grade}
        footer={
          <TotalsRow
            label={t('reports.total')}
            span={1}
            cells={[
              { key: 'c', value: roster.total, numeric: true },
              { key: 's', value: '' },
              { key: 'b', value: format.wan(roster.benefitWan), numeric: true },
            ]}
          />
        }
      />
      {roster.groups.map((group) =>
        group.rows.length === 0 ? null : (
          <Fragment key={group.grade}>
            <ReportHeading>{t('reports.roster.group', { grade: group.grade, count: group.rows.length, benefit: format.wan(group.benefitWan) })}</ReportHeading>
            <ReportTable
              label={t('reports.roster.groupLabel', { grade: group.grade })}
              testId={`roster-${group.grade}`}
              columns={columns}
              rows={group.rows}
              rowKey={(r) => r.customerId}
              dense
            />
          </Fragment>
        ),
      )}
      {roster.total === 0 && <p>{t('reports.roster.empty')}</p>}
    </>
  );
}
