import { COMPLAINT_CATEGORIES, COMPLAINT_SEVERITIES } from '../../core/model';
import type { ComplaintYearStatistics } from '../../data/complaint-stats';
import type { Translate } from '../../i18n';
import { complaintCategoryLabel, complaintSeverityLabel } from '../../i18n/enum-labels';

/** One bar and one table row of a breakdown. */
export interface BreakdownEntry {
  key: string;
  label: string;
  count: number;
}

/** The four breakdowns the tab charts, each in the order a reader expects. */
export function breakdowns(stats: ComplaintYearStatistics, t: Translate): Record<'category' | 'department' | 'severity' | 'month', BreakdownEntry[]> {
  const months = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));
  return {
    // Categories in the intake's order, all of them: a zero is information too.
    category: COMPLAINT_CATEGORIES.map((c) => ({ key: c, label: t(complaintCategoryLabel(c)), count: stats.byCategory[c] })),
    // Departments are the institute's own names: most complaints first, then by name.
    department: Object.entries(stats.byDepartment)
      .sort(([a, x], [b, y]) => y - x || a.localeCompare(b, 'zh-CN'))
      .map(([d, count]) => ({ key: d, label: d || '—', count })),
    // Most severe first, as the model lists them.
    severity: COMPLAINT_SEVERITIES.map((s) => ({ key: s, label: t(complaintSeverityLabel(s)), count: stats.bySeverity[s] })),
    // Every month of the year, so the axis reads as a calendar.
    month: months.map((m) => ({ key: m, label: t('complaintStats.month', { month: Number(m) }), count: stats.byMonth[`${stats.year}-${m}`] ?? 0 })),
  };
}
