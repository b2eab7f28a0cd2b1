import { Button, Group, Table, Text } from '@mantine/core';
import { IconPhoneCall } from '@tabler/icons-react';
import { useState } from 'react';
import { FOLLOW_UP_DUE_SOON_DAYS, followUpStatus } from '../../core/grading';
import type { IsoDate } from '../../core/model';
import { useT } from '../../i18n/react';
import { GradeBadge } from '../../ui/GradeBadge';
import { FollowUpBadge } from '../customer-detail';
import { Link } from '../../ui/Link';
import { DANGER_TEXT } from '../../ui/OverdueBadge';
import { useFormat } from '../../ui/hooks/use-format';
import { IconAction } from '../../ui/RowActions';
import { useCan } from '../../ui/hooks/use-can';
import { FollowUpVisitModal } from '../satisfaction';
import { FOLLOW_UP_LIMIT, type DueFollowUps } from './use-dashboard';
import { TitledCard } from '../../ui/TitledPanel';
import { TableHead } from '../../ui/TableHead';

/** Rows shown at first: a glance, not a work list; the rest one click away. */
const FIRST_ROWS = 20;

/**
 * 回访计划: follow-ups past due (red) and due within a week, earliest first, each with the customer
 * (a link to its page), its grade, the due day and the manager, and 记录回访 right here: the visit
 * or call (with the satisfaction asked) fulfils the task and plans the next.
 */
export function FollowUpsCard({ data, today, graded }: { data: DueFollowUps; today: IsoDate; graded: boolean }) {
  const t = useT();
  const f = useFormat();
  const [all, setAll] = useState(false);
  // 记录回访 writes the visit (and its survey): shown to who may record satisfaction, not to 查阅.
  const mayVisit = useCan('satisfaction.record');
  const [visiting, setVisiting] = useState<{ id: string; name: string } | null>(null);
  const total = data.overdue + data.dueSoon;
  const shown = all ? data.items : data.items.slice(0, FIRST_ROWS);
  return (
    <TitledCard id="follow-ups-title" title={t('dashboard.followUps.title')} testId="follow-ups">
      {!graded && total === 0 ? (
        <Text c="dimmed" size="sm">
          {t('dashboard.followUps.notGraded')}
        </Text>
      ) : (
        <Group gap="lg" data-testid="follow-up-counts">
          <Text fw={600} c={data.overdue > 0 ? DANGER_TEXT : undefined}>
            {t('dashboard.followUps.overdue', { count: data.overdue })}
          </Text>
          <Text fw={600}>{t('dashboard.followUps.dueSoon', { count: data.dueSoon, days: FOLLOW_UP_DUE_SOON_DAYS })}</Text>
        </Group>
      )}
      {graded && total === 0 && (
        <Text c="dimmed" size="sm">
          {t('dashboard.followUps.none')}
        </Text>
      )}
      {total > 0 && (
        <Table striped withTableBorder verticalSpacing={6} data-testid="follow-up-list">
          <TableHead
            cells={[
              t('dashboard.followUps.customer'),
              t('dashboard.followUps.grade'),
              t('dashboard.followUps.due'),
              t('dashboard.followUps.manager'),
              ...(mayVisit ? [{ label: t('common.actions'), w: 60 }] : []),
            ]}
          />
          <Table.Tbody>
            {shown.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Td>
                  <Link href={`#/customers/${item.customerId}`} size="sm">
                    {item.customerName}
                  </Link>
                </Table.Td>
                <Table.Td>
                  <GradeBadge grade={item.grade} size="sm" />
                </Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {f.day(item.dueDate)}
                    </Text>
                    <FollowUpBadge status={followUpStatus(item.dueDate, today)} />
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {item.managerName || '—'}
                  </Text>
                </Table.Td>
                {mayVisit && (
                  <Table.Td>
                    <IconAction
                      label={t('satisfaction.visit.recordFor', { name: item.customerName })}
                      icon={<IconPhoneCall size={18} />}
                      onClick={() => setVisiting({ id: item.customerId, name: item.customerName })}
                    />
                  </Table.Td>
                )}
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
      {all && total > FOLLOW_UP_LIMIT && (
        <Text size="xs" c="dimmed">
          {t('dashboard.followUps.limited', { limit: FOLLOW_UP_LIMIT })}
        </Text>
      )}
      {total > 0 && (
        <Text size="xs" c="dimmed">
          {t('dashboard.followUps.hint')}
        </Text>
      )}
      {visiting && <FollowUpVisitModal customerId={visiting.id} customerName={visiting.name} onClose={() => setVisiting(null)} />}
    </TitledCard>
  );
}
