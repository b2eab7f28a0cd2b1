import { Skeleton, Text } from '@mantine/core';
import { useMemo } from 'react';
import type { Grade, ParetoRow } from '../../../core/grading';
import type { ParetoCustomer } from '../../../data/grading';
import { useT } from '../../../i18n/react';
import { usePreferences } from '../../../state/preferences';
import { GradeBadge } from '../../../ui/GradeBadge';
import { formatPercent, formatWanAmount } from '../../../ui/format';
import { Link } from '../../../ui/Link';
import { ToneBadge } from '../../../ui/ToneBadge';
import { tableClasses, tableHeight, VirtualTable, type VirtualColumn } from '../../../ui/VirtualTable';

const ROW_HEIGHT = 40;

/** Every ranked customer of the year (virtualized: 10,000 rows), key customers marked and tinted. */
export function ParetoTable({ rows, customers, year }: { rows: readonly ParetoRow[]; customers: ReadonlyMap<string, ParetoCustomer>; year: number }) {
  const t = useT();
  const locale = usePreferences((s) => s.locale);
  const columns = useMemo((): VirtualColumn<ParetoRow>[] => {
    const name = (r: ParetoRow) => customers.get(r.customerId)?.name;
    return [
      { id: 'rank', header: t('pareto.rank'), track: '64px', minPx: 64, numeric: true, render: (r) => <Text size="sm">{r.rank}</Text> },
      {
        id: 'name',
        header: t('gradingSection.entry.customer'),
        track: 'minmax(200px, 3fr)',
        minPx: 200,
        render: (r) => {
          const text = name(r);
          // Past the first screenful the names arrive a moment after the ranking (use-pareto).
          if (text === undefined) return <Skeleton height={12} width="60%" />;
          return (
            <Text size="sm" truncate="end" title={text}>
              <Link href={`#/customers/${r.customerId}`} size="sm">
                {text}
              </Link>
            </Text>
          );
        },
      },
      {
        id: 'grade',
        header: t('pareto.grade'),
        track: '104px',
        minPx: 104,
        render: (r) => (customers.has(r.customerId) ? <GradeBadge grade={customers.get(r.customerId)!.grade as Grade | null} size="sm" /> : null),
      },
      {
        id: 'benefit',
        header: t('pareto.benefit'),
        track: 'minmax(130px, 1fr)',
        minPx: 130,
        numeric: true,
        render: (r) => <Text size="sm">{formatWanAmount(r.benefitWan, locale)}</Text>,
      },
      {
        id: 'share',
        header: t('pareto.share'),
        track: '84px',
        minPx: 84,
        numeric: true,
        render: (r) => <Text size="sm">{formatPercent(r.share, locale)}</Text>,
      },
      {
        id: 'cumulative',
        header: t('pareto.cumulative'),
        track: '96px',
        minPx: 96,
        numeric: true,
        render: (r) => <Text size="sm">{formatPercent(r.cumulativeShare, locale)}</Text>,
      },
      {
        id: 'key',
        header: t('pareto.key'),
        track: '84px',
        minPx: 84,
        render: (r) =>
          r.isKey ? (
            <ToneBadge size="sm" color="teal">
              {t('pareto.keyBadge')}
            </ToneBadge>
          ) : null,
      },
    ];
  }, [t, locale, customers]);
  return (
    <VirtualTable
      label={t('pareto.tableLabel', { year })}
      rows={rows}
      columns={columns}
      rowKey={(r) => r.customerId}
      rowHeight={ROW_HEIGHT}
      rowProps={(r) => ({ className: r.isKey ? tableClasses.keyRow : undefined, 'data-key': r.isKey ? 'true' : undefined })}
      resetKey={String(year)}
      testId="pareto-table"
      height={Math.min(520, tableHeight(rows.length, ROW_HEIGHT))}
    />
  );
}
