import { highestClassification } from '../../../core/backup';
import type { Roster } from '../../../core/reports';
import type { Translate } from '../../../i18n';
import { customerTypeLabel, paymentStabilityLabel } from '../../../i18n/enum-labels';
import type { ExportTableSource } from '../../../ui/ExportTableButton';
import type { ReportFormat } from '../report-format';

/** A figure as the screen writes it, kept a number for Excel (cut and rounded as shown); none is an empty cell. */
function figure(text: string): number | null {
  const value = Number(text.replace(/,/g, ''));
  return text === '—' || !Number.isFinite(value) ? null : value;
}

/**
 * The graded roster as one exported sheet (issue 16.4): the printed columns with the same headers, the grade
 * first (the print groups by it), every customer of the filter, AAA first. 万元 as on screen, as numbers.
 */
export function rosterExportSource(roster: Roster, t: Translate, format: ReportFormat): ExportTableSource {
  const columns = [
    'reports.col.grade',
    'reports.col.no',
    'reports.col.customer',
    'reports.col.type',
    'reports.col.manager',
    'reports.col.benefit',
    'reports.col.cooperationYears',
    'reports.col.payment',
    'reports.col.subjective',
    'reports.col.evaluationDate',
  ] as const;
  const rows = roster.groups.flatMap((group) =>
    group.rows.map((r, i) => [
      group.grade,
      i + 1,
      r.name,
      t(customerTypeLabel(r.type)),
      r.managerName || '—',
      figure(format.wan(r.benefitWan)),
      figure(format.years(r.cooperationYears)),
      r.paymentStability ? t(paymentStabilityLabel(r.paymentStability)) : '—',
      figure(format.score(r.subjectiveScore)),
      format.day(r.evaluationDate),
    ]),
  );
  const highest = highestClassification(roster.groups.flatMap((g) => g.rows.map((r) => r.classification)));
  return { columns: columns.map((key) => ({ header: t(key) })), rows, highest };
}
