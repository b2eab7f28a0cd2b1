import { Badge, Group, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { deleteInteraction, interactionsOf, type CustomerRecord, type InteractionRecord } from '../../../data/customers';
import { useT } from '../../../i18n/react';
import { InteractionModal } from '../modals/InteractionModal';
import { RecordFilesButton } from '../../attachments';
import { EditableRecordTable } from '../../../ui/EditableRecordTable';
import { joinList } from '../../../ui/format';
import { useArchive } from '../../../ui/hooks/use-archive';
import { useFormat } from '../../../ui/hooks/use-format';
import { departmentLabel, interactionKindLabel } from '../../../i18n/enum-labels';

/** 往来记录, newest first: which of our departments met the customer, about what, and what comes next. */
export function InteractionsTab({ customer, readOnly }: { customer: CustomerRecord; readOnly: boolean }) {
  const t = useT();
  const f = useFormat();
  const { db } = useArchive();
  const interactions = useLiveQuery(() => interactionsOf(db, customer.id), [db, customer.id]);
  if (!interactions) return null;
  const nameOf = (r: InteractionRecord) => `${f.day(r.date)} ${t(interactionKindLabel(r.kind))}`;

  return (
    <EditableRecordTable
      kind="interactions"
      addLabel={t('detail.interactions.add')}
      readOnly={readOnly}
      nameOf={nameOf}
      editor={(record, close) => <InteractionModal customerId={customer.id} interaction={record} onClose={close} />}
      deleteTitle={t('detail.interactions.deleteTitle')}
      remove={(record, ctx) => deleteInteraction(db, record.id, ctx)}
      rowButtons={(r) => (
        <RecordFilesButton owner={{ kind: 'interactions', id: r.id }} name={nameOf(r)} defaultClassification={customer.classification} readOnly={readOnly} />
      )}
      testId="interactions-table"
      rows={interactions}
      empty={t('detail.interactions.empty')}
      columns={[
        { header: t('field.date'), w: 140, cell: (r) => f.day(r.date) },
        { header: t('field.kind'), w: 90, cell: (r) => t(interactionKindLabel(r.kind)) },
        {
          header: t('field.departments'),
          cell: (r) => (
            <Group gap={4}>
              {r.departments.map((d) => (
                <Badge key={d} size="sm" variant="light" color="gray" radius="sm">
                  {t(departmentLabel(d))}
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
    />
  );
}
