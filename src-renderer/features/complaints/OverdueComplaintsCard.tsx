import { Group, Loader, Table, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { customerNamesOf, mostOverdueComplaints, overdueCount } from '../../data/complaints';
import { useT } from '../../i18n/react';
import { useReadScope } from '../../state/read-scope';
import { useSession } from '../../state/session';
import { useOfficeToday } from '../../ui/hooks/use-office-today';
import { Link } from '../../ui/Link';
import { DANGER_TEXT } from '../../ui/OverdueBadge';
import { OverdueFlag } from '../../ui/ComplaintOverdueFlag';
import { TitledCard } from '../../ui/TitledPanel';

/** Rows on the dashboard: a glance; the whole overdue list is one link away. */
const TOP = 5;

/** 工作台 card: how many complaints are overdue, the most overdue few, and the overdue-filtered list. */
export function OverdueComplaintsCard() {
  const t = useT();
  const { db } = useSession();
  const scope = useReadScope();
  const today = useOfficeToday();
  const data = useLiveQuery(async () => {
    const [count, top] = await Promise.all([overdueCount(db, today, scope), mostOverdueComplaints(db, today, TOP, scope)]);
    return { count, top, names: await customerNamesOf(db, top) };
  }, [db, today, scope]);
  return (
    <TitledCard id="overdue-complaints-title" title={t('complaints.card.title')} testId="overdue-complaints">
      {!data ? (
        <Loader size="sm" aria-label={t('complaints.list.loading')} />
      ) : data.count === 0 ? (
        <Text c="dimmed" size="sm">
          {t('complaints.card.none')}
        </Text>
      ) : (
        <>
          <Text fw={600} c={DANGER_TEXT} data-testid="overdue-complaints-count">
            {t('complaints.card.count', { count: data.count })}
          </Text>
          <Table striped withTableBorder verticalSpacing={6}>
            <Table.Tbody>
              {data.top.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Link href={`#/complaints/${c.id}`} size="sm">
                      {c.number}
                    </Link>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={1}>
                      {data.names.get(c.customerId) ?? ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <OverdueFlag complaint={c} now={new Date()} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group>
            <Link href="#/complaints/overdue" size="sm">
              {t('complaints.card.all')}
            </Link>
          </Group>
        </>
      )}
    </TitledCard>
  );
}
