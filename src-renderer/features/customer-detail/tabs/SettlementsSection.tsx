import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { deleteSettlement, settlementsOf, type SettlementRecord } from '../../../data/archive';
import { useT } from '../../../i18n/react';
import { SettlementModal } from '../modals/SettlementModal';
import { ConfirmModal } from '../shared/ConfirmModal';
import { DANGER_TEXT, OverdueBadge } from '../shared/OverdueBadge';
import { RowActions } from '../shared/RowActions';
import { isSettlementOverdue, outstandingWan, todayIso } from '../shared/format';
import { useAction, useArchive, useFormat } from '../shared/use-archive';

type Dialog = { kind: 'new' } | { kind: 'edit' | 'delete'; record: SettlementRecord };

const num = { fontVariantNumeric: 'tabular-nums' } as const;

/** 结算记录: each receivable, when it was due, what was paid and when; money still owed past its day in red. */
export function SettlementsSection({ customerId, readOnly }: { customerId: string; readOnly: boolean }) {
  const t = useT();
  const f = useFormat();
  const { db } = useArchive();
  const run = useAction();
  const settlements = useLiveQuery(() => settlementsOf(db, customerId), [db, customerId]);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  if (!settlements) return null;
  const today = todayIso();
  const nameOf = (r: SettlementRecord) => t('detail.settlements.name', { date: f.day(r.dueDate), amount: f.wan(r.receivableWan) });

  return (
    <Stack gap="sm" component="section" aria-labelledby="settlements-title">
      <Group justify="space-between">
        <Title order={3} size="h5" id="settlements-title">
          {t('detail.settlements.title')}
        </Title>
        {!readOnly && (
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setDialog({ kind: 'new' })}>
            {t('detail.settlements.add')}
          </Button>
        )}
      </Group>
      {settlements.length === 0 ? (
        <Text c="dimmed">{t('detail.settlements.empty')}</Text>
      ) : (
        <Table striped withTableBorder verticalSpacing="xs" data-testid="settlements-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th ta="right">{t('detail.settlements.receivable')}</Table.Th>
              <Table.Th>{t('detail.field.settlements.dueDate')}</Table.Th>
              <Table.Th>{t('detail.field.paidDate')}</Table.Th>
              <Table.Th ta="right">{t('detail.settlements.paid')}</Table.Th>
              <Table.Th ta="right">{t('detail.settlements.outstanding')}</Table.Th>
              {!readOnly && <Table.Th w={90}>{t('detail.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {settlements.map((r) => {
              const overdue = isSettlementOverdue(r, today);
              return (
                <Table.Tr key={r.id} data-overdue={overdue || undefined}>
                  <Table.Td ta="right" style={num}>
                    {f.wan(r.receivableWan)}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" c={overdue ? DANGER_TEXT : undefined} fw={overdue ? 600 : undefined}>
                        {f.day(r.dueDate)}
                      </Text>
                      {overdue && <OverdueBadge />}
                    </Group>
                  </Table.Td>
                  <Table.Td>{f.day(r.paidDate)}</Table.Td>
                  <Table.Td ta="right" style={num}>
                    {f.wan(r.amountPaidWan)}
                  </Table.Td>
                  <Table.Td ta="right" style={num}>
                    {f.wan(outstandingWan(r))}
                  </Table.Td>
                  {!readOnly && (
                    <Table.Td>
                      <RowActions name={nameOf(r)} onEdit={() => setDialog({ kind: 'edit', record: r })} onDelete={() => setDialog({ kind: 'delete', record: r })} />
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {dialog?.kind === 'new' && <SettlementModal customerId={customerId} onClose={close} />}
      {dialog?.kind === 'edit' && <SettlementModal customerId={customerId} settlement={dialog.record} onClose={close} />}
      {dialog?.kind === 'delete' && (
        <ConfirmModal
          title={t('detail.settlements.deleteTitle')}
          confirmLabel={t('detail.delete')}
          onClose={close}
          onConfirm={() => run((ctx) => deleteSettlement(db, dialog.record.id, ctx), 'detail.deleted')}
        >
          {t('detail.deleteBody', { name: nameOf(dialog.record) })}
        </ConfirmModal>
      )}
    </Stack>
  );
}
