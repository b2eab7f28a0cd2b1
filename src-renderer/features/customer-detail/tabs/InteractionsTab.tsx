import { Badge, Group, Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { deleteInteraction, interactionsOf, type CustomerRecord, type InteractionRecord } from '../../../data/customers';
import { useT } from '../../../i18n/react';
import { InteractionModal } from '../modals/InteractionModal';
import { AddBar } from '../../../ui/AddBar';
import { DeleteConfirm } from '../../../ui/ConfirmModal';
import { joinList } from '../../../ui/format';
import { RecordTable } from '../../../ui/RecordTable';
import { RowActions } from '../../../ui/RowActions';
import { useArchive } from '../../../ui/hooks/use-archive';
import { useFormat } from '../../../ui/hooks/use-format';

type Dialog = { kind: 'new' } | { kind: 'edit' | 'delete'; record: InteractionRecord };

/** 往来记录, newest first: which of our departments met the customer, about what, and what comes next. */
export function InteractionsTab({ customer, readOnly }: { customer: CustomerRecord; readOnly: boolean }) {
  const t = useT();
  const f = useFormat();
  const { db } = useArchive();
  const interactions = useLiveQuery(() => interactionsOf(db, customer.id), [db, customer.id]);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  if (!interactions) return null;
  const nameOf = (r: InteractionRecord) => `${f.day(r.date)} ${t(`detail.kind.${r.kind}`)}`;

  return (
    <Stack gap="sm">
      <AddBar label={t('detail.interactions.add')} onAdd={() => setDialog({ kind: 'new' })} readOnly={readOnly} />
      <RecordTable
        testId="interactions-table"
        rows={interactions}
        rowKey={(r) => r.id}
        empty={t('detail.interactions.empty')}
        columns={[
          { header: t('field.date'), w: 140, cell: (r) => f.day(r.date) },
          { header: t('field.kind'), w: 90, cell: (r) => t(`detail.kind.${r.kind}`) },
          {
            header: t('field.departments'),
            cell: (r) => (
              <Group gap={4}>
                {r.departments.map((d) => (
                  <Badge key={d} size="sm" variant="light" color="gray" radius="sm">
                    {t(`detail.dept.${d}`)}
                  </Badge>
                ))}
              </Group>
            ),
          },
          { header: t('field.participants'), cell: (r) => joinList(r.participants, f.locale) || '—' },
          {
            header: t('field.summary'),
            maw: 320,
            cell: (r) => (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} lineClamp={3}>
                {r.summary}
              </Text>
            ),
          },
          {
            header: t('field.nextStep'),
            cell: (r) => (
              <>
                <Text size="sm">{r.nextStep || '—'}</Text>
                {r.followUpDate && (
                  <Text size="xs" c="dimmed">
                    {t('detail.interactions.followUp', { date: f.day(r.followUpDate) })}
                  </Text>
                )}
              </>
            ),
          },
        ]}
        actions={
          readOnly
            ? undefined
            : (r) => (
                <RowActions name={nameOf(r)} onEdit={() => setDialog({ kind: 'edit', record: r })} onDelete={() => setDialog({ kind: 'delete', record: r })} />
              )
        }
      />
      {dialog?.kind === 'new' && <InteractionModal customerId={customer.id} onClose={close} />}
      {dialog?.kind === 'edit' && <InteractionModal customerId={customer.id} interaction={dialog.record} onClose={close} />}
      {dialog?.kind === 'delete' && (
        <DeleteConfirm title={t('detail.interactions.deleteTitle')} remove={(ctx) => deleteInteraction(db, dialog.record.id, ctx)} onClose={close}>
          {t('common.deleteBody', { name: nameOf(dialog.record) })}
        </DeleteConfirm>
      )}
    </Stack>
  );
}
