import { Button, Text } from '@mantine/core';
import { IconUserCheck } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { acknowledgeHandover, handoversOf } from '../../../data/customers';
import { useT } from '../../../i18n/react';
import { RecordTable } from '../../../ui/RecordTable';
import { useAction } from '../../../ui/hooks/use-action';
import { useArchive } from '../../../ui/hooks/use-archive';
import { useFormat } from '../../../ui/hooks/use-format';
import { useCanWriteRecord } from '../../../ui/hooks/use-can';

/**
 * 交接记录: every change of account manager, newest first. The successor confirms taking over
 * (确认接收), so a customer handed over but never picked up is visible.
 */
export function HandoversTab({ customerId }: { customerId: string }) {
  const t = useT();
  const f = useFormat();
  const { db } = useArchive();
  const run = useAction();
  // 确认接收 is the successor's write: a user who may not write a handover (查阅) sees 未确认 instead.
  const mayAcknowledge = useCanWriteRecord('handovers', 'update');
  const handovers = useLiveQuery(() => handoversOf(db, customerId), [db, customerId]);
  if (!handovers) return null;
  return (
    <RecordTable
      testId="handovers-table"
      rows={handovers}
      rowKey={(h) => h.id}
      empty={t('detail.handovers.empty')}
      columns={[
        { header: t('detail.handover.date'), cell: (h) => f.day(h.date) },
        { header: t('detail.handovers.fromTo'), cell: (h) => `${h.fromManagerName || t('field.noManager')} → ${h.toManagerName}` },
        { header: t('detail.handover.reason'), cell: (h) => h.reason },
        {
          header: t('detail.handover.notes'),
          maw: 260,
          cell: (h) => (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {h.notes || '—'}
            </Text>
          ),
        },
        {
          header: t('detail.handovers.ack'),
          cell: (h) =>
            h.acknowledgedAt ? (
              <Text size="sm">{t('detail.handovers.acked', { who: h.acknowledgedBy, when: f.instant(h.acknowledgedAt) })}</Text>
            ) : !mayAcknowledge ? (
              <Text size="sm" c="dimmed">
                {t('detail.handovers.notAcked')}
              </Text>
            ) : (
              <Button
                size="xs"
                variant="light"
                leftSection={<IconUserCheck size={14} />}
                onClick={() => run((ctx) => acknowledgeHandover(db, h.id, ctx), 'detail.handovers.ackDone')}
              >
                {t('detail.handovers.acknowledge')}
              </Button>
            ),
        },
      ]}
    />
  );
}
