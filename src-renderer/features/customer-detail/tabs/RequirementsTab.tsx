import { Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { isRequirementOverdue } from '../../../core/customers';
import { deleteRequirement, requirementsOf, type CustomerRecord, type RequirementRecord } from '../../../data/customers';
import { useT } from '../../../i18n/react';
import { RequirementModal } from '../modals/RequirementModal';
import { AddBar } from '../../../ui/AddBar';
import { DeleteConfirm } from '../../../ui/ConfirmModal';
import { DueDay } from '../../../ui/OverdueBadge';
import { RecordTable } from '../../../ui/RecordTable';
import { RowActions } from '../../../ui/RowActions';
import { todayIso } from '../../../ui/format';
import { REQ_STATUS_COLOR } from '../../../ui/archive-options';
import { useArchive } from '../../../ui/hooks/use-archive';
import { useFormat } from '../../../ui/hooks/use-format';
import { ToneBadge } from '../../../ui/ToneBadge';

type Dialog = { kind: 'new' } | { kind: 'edit' | 'delete'; record: RequirementRecord };

/** 需求: what the customer asked for, which of our departments owes the answer, by when; overdue ones in red. */
export function RequirementsTab({ customer, readOnly }: { customer: CustomerRecord; readOnly: boolean }) {
  const t = useT();
  const f = useFormat();
  const { db } = useArchive();
  const requirements = useLiveQuery(() => requirementsOf(db, customer.id), [db, customer.id]);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  if (!requirements) return null;
  const today = todayIso();

  return (
    <Stack gap="sm">
      <AddBar label={t('detail.requirements.add')} onAdd={() => setDialog({ kind: 'new' })} readOnly={readOnly} />
      <RecordTable
        testId="requirements-table"
        rows={requirements}
        rowKey={(r) => r.id}
        empty={t('detail.requirements.empty')}
        rowProps={(r) => ({ 'data-overdue': isRequirementOverdue(r, today) || undefined })}
        columns={[
          {
            header: t('field.title'),
            maw: 280,
            cell: (r) => (
              <>
                <Text size="sm" fw={500}>
                  {r.title}
                </Text>
                {r.detail && (
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {r.detail}
                  </Text>
                )}
              </>
            ),
          },
          { header: t('field.routedTo'), cell: (r) => t(`detail.dept.${r.department}`) },
          { header: t('field.receivedDate'), cell: (r) => f.day(r.receivedDate) },
          { header: t('field.dueDate'), cell: (r) => <DueDay day={f.day(r.dueDate)} overdue={isRequirementOverdue(r, today)} /> },
          { header: t('field.status'), cell: (r) => <ToneBadge color={REQ_STATUS_COLOR[r.status]}>{t(`detail.reqStatus.${r.status}`)}</ToneBadge> },
          {
            header: t('field.answer'),
            maw: 260,
            cell: (r) => (
              <>
                <Text size="sm" lineClamp={2}>
                  {r.answer || '—'}
                </Text>
                {r.answeredDate && (
                  <Text size="xs" c="dimmed">
                    {f.day(r.answeredDate)}
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
                <RowActions name={r.title} onEdit={() => setDialog({ kind: 'edit', record: r })} onDelete={() => setDialog({ kind: 'delete', record: r })} />
              )
        }
      />
      {dialog?.kind === 'new' && <RequirementModal customer={customer} onClose={close} />}
      {dialog?.kind === 'edit' && <RequirementModal customer={customer} requirement={dialog.record} onClose={close} />}
      {dialog?.kind === 'delete' && (
        <DeleteConfirm title={t('detail.requirements.deleteTitle')} remove={(ctx) => deleteRequirement(db, dialog.record.id, ctx)} onClose={close}>
          {t('common.deleteBody', { name: dialog.record.title })}
        </DeleteConfirm>
      )}
    </Stack>
  );
}
