import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { deleteInteraction, interactionsOf, type CustomerRecord, type InteractionRecord } from '../../../data/archive';
import { useT } from '../../../i18n/react';
import { InteractionModal } from '../modals/InteractionModal';
import { ConfirmModal } from '../shared/ConfirmModal';
import { joinList } from '../shared/format';
import { RowActions } from '../shared/RowActions';
import { useAction, useArchive, useFormat } from '../shared/use-archive';

type Dialog = { kind: 'new' } | { kind: 'edit' | 'delete'; record: InteractionRecord };

/** 往来记录, newest first: which of our departments met the customer, about what, and what comes next. */
export function InteractionsTab({ customer, readOnly }: { customer: CustomerRecord; readOnly: boolean }) {
  const t = useT();
  const f = useFormat();
  const { db } = useArchive();
  const run = useAction();
  const interactions = useLiveQuery(() => interactionsOf(db, customer.id), [db, customer.id]);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  if (!interactions) return null;
  const nameOf = (r: InteractionRecord) => `${f.day(r.date)} ${t(`detail.kind.${r.kind}`)}`;

  return (
    <Stack gap="sm">
      {!readOnly && (
        <Group justify="flex-end">
          <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog({ kind: 'new' })}>
            {t('detail.interactions.add')}
          </Button>
        </Group>
      )}
      {interactions.length === 0 ? (
        <Text c="dimmed">{t('detail.interactions.empty')}</Text>
      ) : (
        <Table striped withTableBorder verticalSpacing="xs" data-testid="interactions-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={140}>{t('detail.field.date')}</Table.Th>
              <Table.Th w={90}>{t('detail.field.kind')}</Table.Th>
              <Table.Th>{t('detail.field.departments')}</Table.Th>
              <Table.Th>{t('detail.field.participants')}</Table.Th>
              <Table.Th>{t('detail.field.summary')}</Table.Th>
              <Table.Th>{t('detail.field.nextStep')}</Table.Th>
              {!readOnly && <Table.Th w={90}>{t('detail.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {interactions.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{f.day(r.date)}</Table.Td>
                <Table.Td>{t(`detail.kind.${r.kind}`)}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {r.departments.map((d) => (
                      <Badge key={d} size="sm" variant="light" color="gray" radius="sm">
                        {t(`detail.dept.${d}`)}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>{joinList(r.participants, f.locale) || '—'}</Table.Td>
                <Table.Td maw={320}>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} lineClamp={3}>
                    {r.summary}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{r.nextStep || '—'}</Text>
                  {r.followUpDate && (
                    <Text size="xs" c="dimmed">
                      {t('detail.interactions.followUp', { date: f.day(r.followUpDate) })}
                    </Text>
                  )}
                </Table.Td>
                {!readOnly && (
                  <Table.Td>
                    <RowActions name={nameOf(r)} onEdit={() => setDialog({ kind: 'edit', record: r })} onDelete={() => setDialog({ kind: 'delete', record: r })} />
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {dialog?.kind === 'new' && <InteractionModal customerId={customer.id} onClose={close} />}
      {dialog?.kind === 'edit' && <InteractionModal customerId={customer.id} interaction={dialog.record} onClose={close} />}
      {dialog?.kind === 'delete' && (
        <ConfirmModal
          title={t('detail.interactions.deleteTitle')}
          confirmLabel={t('detail.delete')}
          onClose={close}
          onConfirm={() => run((ctx) => deleteInteraction(db, dialog.record.id, ctx), 'detail.deleted')}
        >
          {t('detail.deleteBody', { name: nameOf(dialog.record) })}
        </ConfirmModal>
      )}
    </Stack>
  );
}
