import { Group, Text } from '@mantine/core';
import type { ComplaintRecord } from '../../data/complaints';
import { useT } from '../../i18n/react';
import { Link } from '../../ui/Link';
import { RecordTable } from '../../ui/RecordTable';
import { useFormat } from '../../ui/hooks/use-format';
import { chinaDayOf } from '../../core/complaints';
import { OverdueFlag, worstOverdue } from '../../ui/ComplaintOverdueFlag';
import { StatusBadge } from './ComplaintBadges';

/** A short list of complaints (a customer's, a handler's): number linked, what, status, next deadline with 逾期 N 天. */
export function ComplaintsTable({
  rows,
  empty,
  testId,
  customerNames,
}: {
  rows: readonly ComplaintRecord[];
  empty: string;
  testId: string;
  customerNames?: Map<string, string>;
}) {
  const t = useT();
  const f = useFormat();
  const now = new Date();
  return (
    <RecordTable
      testId={testId}
      rows={rows}
      rowKey={(r) => r.id}
      empty={empty}
      rowProps={(r) => ({ 'data-number': r.number, 'data-overdue': worstOverdue(r, now) ? true : undefined })}
      columns={[
        {
          header: t('complaints.field.number'),
          cell: (r) => (
            <Link href={`#/complaints/${r.id}`} size="sm">
              {r.number}
            </Link>
          ),
        },
        ...(customerNames ? [{ header: t('complaints.field.customer'), cell: (r: ComplaintRecord) => customerNames.get(r.customerId) ?? '' }] : []),
        { header: t('complaints.field.category'), cell: (r) => `${t(`complaints.category.${r.category}`)} · ${t(`complaints.severity.${r.severity}`)}` },
        {
          header: t('complaints.field.description'),
          maw: 320,
          cell: (r) => (
            <Text size="sm" lineClamp={2}>
              {r.description}
            </Text>
          ),
        },
        { header: t('complaints.field.receivedDay'), cell: (r) => f.day(chinaDayOf(r.receivedAt)) },
        { header: t('complaints.field.status'), cell: (r) => <StatusBadge status={r.status} /> },
        {
          header: t('complaints.field.nextDeadline'),
          cell: (r) => (
            <Group gap={6} wrap="nowrap">
              <Text size="sm">{f.day(r.nextDeadline)}</Text>
              <OverdueFlag complaint={r} now={now} />
            </Group>
          ),
        },
      ]}
    />
  );
}
