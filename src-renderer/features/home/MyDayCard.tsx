import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { DUE_KINDS, type DueItem, type DueKind, type MyDay } from '../../data/dashboard';
import type { MessageKey } from '../../i18n';
import { useT } from '../../i18n/react';
import { Link } from '../../ui/Link';
import { DANGER_TEXT } from '../../ui/OverdueBadge';
import { TableHead } from '../../ui/TableHead';
import { TitledCard } from '../../ui/TitledPanel';
import { useFormat } from '../../ui/hooks/use-format';

/** Rows shown at first: the most urgent screenful; the rest one click away. */
const FIRST_ROWS = 12;

const KIND_LABEL: Record<DueKind, MessageKey> = {
  requirement: 'dashboard.myDay.kind.requirement',
  complaint: 'dashboard.myDay.kind.complaint',
  visit: 'dashboard.myDay.kind.visit',
  followUpDate: 'dashboard.myDay.kind.followUpDate',
  receivable: 'dashboard.myDay.kind.receivable',
  handover: 'dashboard.myDay.kind.handover',
  gradingDraft: 'dashboard.myDay.kind.gradingDraft',
};

/** Where an item is worked on: the complaint, the grading run, else the customer's page. */
export function dueItemHref(item: DueItem): string {
  if (item.kind === 'complaint') return `#/complaints/${item.id}`;
  if (item.kind === 'gradingDraft') return `#/grading/runs/${item.id}`;
  return `#/customers/${item.customerId}`;
}

/**
 * 我的待办: everything due or overdue for the signed-in user (data/dashboard), counts per kind on
 * top, then one list, most urgent first, each row a link to where it is worked on; 全部完成 when
 * nothing is due.
 */
export function MyDayCard({ data }: { data: MyDay }) {
  const t = useT();
  const f = useFormat();
  const [all, setAll] = useState(false);
  const total = DUE_KINDS.reduce((sum, k) => sum + data.counts[k], 0);
  const shown = all ? data.items : data.items.slice(0, FIRST_ROWS);
  const state = (item: DueItem) =>
    item.overdue
      ? t('dashboard.myDay.overdue')
      : item.kind === 'handover' || item.kind === 'gradingDraft'
        ? t('dashboard.myDay.waiting')
        : t('dashboard.myDay.due');
  return (
    <TitledCard id="my-day-title" title={t('dashboard.myDay.title')} testId="my-day">
      {total === 0 ? (
        <Text fw={600} data-testid="my-day-all-done">
          {t('dashboard.myDay.allDone')}
        </Text>
      ) : (
        <Group gap="xs" data-testid="my-day-counts">
          {DUE_KINDS.filter((k) => data.counts[k] > 0).map((k) => (
            <Badge key={k} variant="light" color="gray" size="lg" radius="sm" data-kind={k} style={{ textTransform: 'none' }}>
              {t('dashboard.myDay.count', { kind: t(KIND_LABEL[k]), count: data.counts[k] })}
            </Badge>
          ))}
        </Group>
      )}
      {data.items.length > 0 && (
        <Table striped withTableBorder verticalSpacing={6} data-testid="my-day-list">
          <TableHead cells={[t('dashboard.myDay.item'), t('dashboard.myDay.subject'), t('dashboard.myDay.date'), t('dashboard.myDay.state')]} />
          <Table.Tbody>
            {shown.map((item) => (
              <Table.Tr key={`${item.kind}:${item.id}`} data-kind={item.kind}>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {t(KIND_LABEL[item.kind])}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Link href={dueItemHref(item)} size="sm">
                    {item.title || t('dashboard.myDay.batchDraft')}
                  </Link>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {f.day(item.date)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={item.overdue ? 600 : undefined} c={item.overdue ? DANGER_TEXT : undefined} style={{ whiteSpace: 'nowrap' }}>
                    {state(item)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {data.items.length > FIRST_ROWS && (
        <Button variant="subtle" size="compact-sm" style={{ alignSelf: 'flex-start' }} onClick={() => setAll((a) => !a)}>
          {all ? t('dashboard.followUps.fewer') : t('dashboard.followUps.all', { count: data.items.length })}
        </Button>
      )}
      {all && total > data.items.length && (
        <Text size="xs" c="dimmed">
          {t('dashboard.myDay.more', { count: total - data.items.length })}
        </Text>
      )}
      {!data.ownCustomersRead && (
        <Text size="xs" c="dimmed">
          {t('dashboard.myDay.noManagerLink')}
        </Text>
      )}
    </TitledCard>
  );
}
