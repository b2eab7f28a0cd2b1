import { highestClassification } from '../../../core/backup';
import type { ParetoRow } from '../../../core/grading';
import type { Locale } from '../../../core/locale';
import type { ParetoCustomer } from '../../../data/grading';
import type { Translate } from '../../../i18n';
import type { ExportTableSource } from '../../../ui/ExportTableButton';
import { formatPercent, formatWanAmount } from '../../../ui/format';

/**
 * The 80/20 table as exported (issue 16.4): every ranked customer of the year with the table's headers; 万元 as
 * the screen rounds it, kept a number; shares as the screen writes them; 重点 for a key customer. Null until the
 * names of every ranked customer are read (they follow the ranking: see use-pareto).
 */
export function paretoExport(
  rows: readonly ParetoRow[],
  customers: ReadonlyMap<string, ParetoCustomer>,
  t: Translate,
  locale: Locale,
): ExportTableSource | null {
  if (rows.some((r) => !customers.has(r.customerId))) return null;
  const headers = [
    'pareto.rank',
    'gradingSection.entry.customer',
    'pareto.grade',
    'pareto.benefit',
    'pareto.share',
    'pareto.cumulative',
    'pareto.key',
  ] as const;
  return {
    columns: headers.map((key) => ({ header: t(key) })),
    rows: rows.map((r) => {
      const c = customers.get(r.customerId)!;
      return [
        r.rank,
        c.name,
        c.grade ?? t('grade.none'),
        Number(formatWanAmount(r.benefitWan, 'en-US').replace(/,/g, '')),
        formatPercent(r.share, locale),
        formatPercent(r.cumulativeShare, locale),
        r.isKey ? t('pareto.keyBadge') : '',
      ];
    }),
    highest: highestClassification(rows.map((r) => customers.get(r.customerId)!.classification)),
  };
}
