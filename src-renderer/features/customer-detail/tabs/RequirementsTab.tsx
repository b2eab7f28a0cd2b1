import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { isRequirementOverdue } from '../../../core/archive-domain';
import { deleteRequirement, requirementsOf, type CustomerRecord, type RequirementRecord } from '../../../data/archive';
import { useT } from '../../../i18n/react';
import { RequirementModal } from '../modals/RequirementModal';
import { ConfirmModal } from '../shared/ConfirmModal';
import { DANGER_TEXT, OverdueBadge } from '../shared/OverdueBadge';
import { RowActions } from '../shared/RowActions';
import { todayIso } from '../shared/format';
import { REQ_STATUS_COLOR } from '../shared/options';
import { useAction, useArchive, useFormat } from '../shared/use-archive';
import { ToneBadge } from '../shared/ToneBadge';

type Dialog = { kind: 'new' } | { kind: 'edit' | 'delete'; record: RequirementRecord };

/** 需求: what the customer asked for, which of our departments owes the answer, by when; overdue ones in red. */
export function RequirementsTab({ customer, readOnly }: { customer: CustomerRecord; readOnly: boolean }) {
  const t = useT();
  const f = useFormat();
  const { db } = useArchive();
  const run = useAction();
  const requirements = useLiveQuery(() => requirementsOf(db, customer.id), [db, customer.id]);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  if (!requirements) return null;
  const today = todayIso();

  return (
    <Stack gap="sm">
      {!readOnly && (
        <Group justify="flex-end">
          <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog({ kind: 'new' })}>
            {t('detail.requirements.add')}
          </Button>
        </Group>
      )}
      {requirements.length === 0 ? (
        <Text c="dimmed">{t('detail.requirements.empty')}</Text>
      ) : (
        <Table striped withTableBorder verticalSpacing="xs" data-testid="requirements-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('detail.field.title')}</Table.Th>
              <Table.Th>{t('detail.field.routedTo')}</Table.Th>
              <Table.Th>{t('detail.field.receivedDate')}</Table.Th>
              <Table.Th>{t('detail.field.dueDate')}</Table.Th>
              <Table.Th>{t('detail.field.status')}</Table.Th>
              <Table.Th>{t('detail.field.answer')}</Table.Th>
              {!readOnly && <Table.Th w={90}>{t('detail.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {requirements.map((r) => {
              const overdue = isRequirementOverdue(r, today);
              return (
                <Table.Tr key={r.id} data-overdue={overdue || undefined}>
                  <Table.Td maw={280}>
                    <Text size="sm" fw={500}>
                      {r.title}
                    </Text>
                    {r.detail && (
                      <Text size="xs" c="dimmed" lineClamp={2}>
                        {r.detail}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{t(`detail.dept.${r.department}`)}</Table.Td>
                  <Table.Td>{f.day(r.receivedDate)}</Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" c={overdue ? DANGER_TEXT : undefined} fw={overdue ? 600 : undefined}>
                        {f.day(r.dueDate)}
                      </Text>
                      {overdue && <OverdueBadge />}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <ToneBadge color={REQ_STATUS_COLOR[r.status]}>
                      {t(`detail.reqStatus.${r.status}`)}
                    </ToneBadge>
                  </Table.Td>
                  <Table.Td maw={260}>
                    <Text size="sm" lineClamp={2}>
                      {r.answer || '—'}
                    </Text>
                    {r.answeredDate && (
                      <Text size="xs" c="dimmed">
                        {f.day(r.answeredDate)}
                      </Text>
                    )}
                  </Table.Td>
                  {!readOnly && (
                    <Table.Td>
                      <RowActions name={r.title} onEdit={() => setDialog({ kind: 'edit', record: r })} onDelete={() => setDialog({ kind: 'delete', record: r })} />
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {dialog?.kind === 'new' && <RequirementModal customer={customer} onClose={close} />}
      {dialog?.kind === 'edit' && <RequirementModal customer={customer} requirement={dialog.record} onClose={close} />}
      {dialog?.kind === 'delete' && (
        <ConfirmModal
          title={t('detail.requirements.deleteTitle')}
          confirmLabel={t('detail.delete')}
          onClose={close}
          onConfirm={() => run((ctx) => deleteRequirement(db, dialog.record.id, ctx), 'detail.deleted')}
        >
          {t('detail.deleteBody', { name: dialog.record.title })}
        </ConfirmModal>
      )}
    </Stack>
  );
}
