import type { ComplaintYearStatistics } from '../../data/complaint-stats';
import type { Translate } from '../../i18n';
import type { ExportTableSource } from '../../ui/ExportTableButton';
import type { Figure } from './FigureGrid';
import type { BreakdownEntry } from './stats-model';

/**
 * 投诉统计 as one exported sheet (issue 16.4): the 指标汇总 table (metric, value, its detail) and then each breakdown
 * (item, count, share), each row named by its panel's title in the first column — the screen's words and figures.
 */
export function statsExport(
  stats: ComplaintYearStatistics,
  figures: readonly Figure[],
  parts: Record<'category' | 'department' | 'severity' | 'month', readonly BreakdownEntry[]>,
  t: Translate,
  percent: (share: number) => string,
): Omit<ExportTableSource, 'highest'> {
  const summary = t('complaintStats.summary');
  const panels = [
    [t('complaintStats.byCategory'), parts.category],
    [t('complaintStats.byDepartment'), parts.department],
    [t('complaintStats.bySeverity'), parts.severity],
    [t('complaintStats.byMonth'), parts.month],
  ] as const;
  return {
    // The detail column has no header, as in the screen's summary table.
    columns: [t('complaintStats.metric'), t('complaintStats.item'), t('complaintStats.value'), '', t('complaintStats.count'), t('complaintStats.share')].map(
      (header) => ({ header }),
    ),
    rows: [
      ...figures.map((f) => [summary, f.label, f.value, f.detail ?? null, null, null]),
      ...panels.flatMap(([title, entries]) =>
        entries.map((e) => [title, e.label, null, null, e.count, stats.total === 0 ? '—' : percent(e.count / stats.total)]),
      ),
    ],
  };
}
