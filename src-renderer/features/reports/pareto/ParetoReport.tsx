import type { ParetoAnalysis, ParetoRow } from '../../../core/grading';
import type { ParetoReportCustomer } from '../../../data/reports';
import { useT } from '../../../i18n/react';
import { PrintParetoChart } from '../../../ui/print/PrintCharts';
import { ReportHeading, ReportNote, ReportTitle } from '../../../ui/print/PrintSheet';
import { ReportTable } from '../../../ui/print/ReportTable';
import { CHART_TOP, paretoSummary } from '../../grading';
import type { ReportFormat } from '../report-format';

/**
 * The 80/20 analysis on paper: the totals and the key-customer sentence, the Pareto chart of the
 * head of the ranking, and the key customers one by one (the rest are summed: 10,000 lines of
 * small customers are not what a leadership meeting reads).
 */
export function ParetoReport({
  year,
  analysis,
  customers,
  title,
  format,
}: {
  year: number;
  analysis: ParetoAnalysis;
  customers: ReadonlyMap<string, ParetoReportCustomer>;
  title: string;
  format: ReportFormat;
}) {
  const t = useT();
  const summary = paretoSummary(analysis);
  const keyRows = analysis.rows.slice(0, summary.keyCount);
  const chart = analysis.rows
    .slice(0, CHART_TOP)
    .map((r) => ({ rank: String(r.rank), benefitWan: r.benefitWan, cumulativePercent: Math.round(r.cumulativeShare * 1000) / 10 }));
  const rest = analysis.rows.length - summary.keyCount;
  return (
    <>
      <ReportTitle title={title} />
      <ReportNote>{t('pareto.totals', { year, ranked: summary.ranked, totalWan: format.wan(summary.totalWan), share: analysis.keySharePercent })}</ReportNote>
      <ReportNote>
        {summary.keyCount > 0
          ? t('pareto.summary', {
              count: summary.keyCount,
              customerShare: format.percent(summary.keyCustomerShare),
              benefitShare: format.percent(summary.keyBenefitShare),
              keyWan: format.wan(summary.keyWan),
            })
          : t('pareto.zeroTotal', { count: summary.ranked })}
      </ReportNote>
      {chart.length > 0 && (
        <PrintParetoChart
          data={chart}
          keySharePercent={analysis.keySharePercent}
          caption={t('reports.pareto.caption', { shown: chart.length, total: analysis.rows.length })}
          benefitLabel={t('pareto.axisBenefit')}
          cumulativeLabel={t('pareto.axisCumulative')}
        />
      )}
      <ReportHeading>{t('reports.pareto.keyCustomers', { count: summary.keyCount })}</ReportHeading>
      <ReportTable<ParetoRow>
        label={t('reports.pareto.keyCustomers', { count: summary.keyCount })}
        testId="pareto-key"
        rows={keyRows}
        rowKey={(r) => r.customerId}
        columns={[
          { key: 'rank', header: t('pareto.rank'), cell: (r) => r.rank, numeric: true, width: '7%' },
          { key: 'name', header: t('reports.col.customer'), cell: (r) => customers.get(r.customerId)?.name ?? '—', width: '34%', wrap: 'words' },
          { key: 'grade', header: t('pareto.grade'), cell: (r) => customers.get(r.customerId)?.grade ?? t('grade.none'), wrap: 'never' },
          { key: 'manager', header: t('reports.col.manager'), cell: (r) => customers.get(r.customerId)?.managerName || '—', wrap: 'never' },
          { key: 'benefit', header: t('pareto.benefit'), cell: (r) => format.wan(r.benefitWan), numeric: true },
          { key: 'share', header: t('pareto.share'), cell: (r) => format.percent(r.share), numeric: true },
          { key: 'cumulative', header: t('pareto.cumulative'), cell: (r) => format.percent(r.cumulativeShare), numeric: true },
        ]}
      />
      {rest > 0 && (
        <ReportNote>
          {t('reports.pareto.rest', {
            count: rest,
            wan: format.wan(Math.round((summary.totalWan - summary.keyWan) * 10_000) / 10_000),
            share: format.percent(1 - summary.keyBenefitShare),
          })}
        </ReportNote>
      )}
      {analysis.unrankedCustomerIds.length > 0 && <ReportNote>{t('pareto.without', { count: analysis.unrankedCustomerIds.length, year })}</ReportNote>}
    </>
  );
}
