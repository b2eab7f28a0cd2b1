import { Button, Table, Text } from '@mantine/core';
import { IconUserCheck } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { acknowledgeHandover, handoversOf } from '../../../data/archive';
import { useT } from '../../../i18n/react';
import { useAction, useArchive, useFormat } from '../shared/use-archive';

/**
 * 交接记录: every change of account manager, newest first. The successor confirms taking over
 * (确认接收), so a customer handed over but never picked up is visible.
 */
export function HandoversTab({ customerId }: { customerId: string }) {
  const t = useT();
  const f = useFormat();
  const { db } = useArchive();
  const run = useAction();
  const handovers = useLiveQuery(() => handoversOf(db, customerId), [db, customerId]);
  if (!handovers) return null;
  if (handovers.length === 0) return <Text c="dimmed">{t('detail.handovers.empty')}</Text>;
  return (
    <Table striped withTableBorder verticalSpacing="xs" data-testid="handovers-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('detail.handover.date')}</Table.Th>
          <Table.Th>{t('detail.handovers.fromTo')}</Table.Th>
          <Table.Th>{t('detail.handover.reason')}</Table.Th>
          <Table.Th>{t('detail.handover.notes')}</Table.Th>
          <Table.Th>{t('detail.handovers.ack')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {handovers.map((h) => (
          <Table.Tr key={h.id}>
            <Table.Td>{f.day(h.date)}</Table.Td>
            <Table.Td>
              {h.fromManagerName || t('detail.noManager')} → {h.toManagerName}
            </Table.Td>
            <Table.Td>{h.reason}</Table.Td>
            <Table.Td maw={260}>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {h.notes || '—'}
              </Text>
            </Table.Td>
            <Table.Td>
              {h.acknowledgedAt ? (
                <Text size="sm">{t('detail.handovers.acked', { who: h.acknowledgedBy, when: f.instant(h.acknowledgedAt) })}</Text>
              ) : (
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconUserCheck size={14} />}
                  onClick={() => run((ctx) => acknowledgeHandover(db, h.id, ctx), 'detail.handovers.ackDone')}
                >
                  {t('detail.handovers.acknowledge')}
                </Button>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
