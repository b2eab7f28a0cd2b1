import { Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { isRequirementOverdue } from '../../../core/customers';
import { deleteRequirement, requirementsOf, type CustomerRecord } from '../../../data/customers';
import { useT } from '../../../i18n/react';
import { RequirementModal } from '../modals/RequirementModal';
import { RecordFilesButton } from '../../attachments';
import { EditableRecordTable } from '../../../ui/EditableRecordTable';
import { DueDay } from '../../../ui/OverdueBadge';
import { todayIso } from '../../../ui/format';
import { REQ_STATUS_COLOR } from '../../../ui/archive-options';
import { useArchive } from '../../../ui/hooks/use-archive';
import { useFormat } from '../../../ui/hooks/use-format';
import { ToneBadge } from '../../../ui/ToneBadge';
import { departmentLabel, requirementStatusLabel } from '../../../i18n/enum-labels';

/** 需求: what the customer asked for, which of our departments owes the answer, by when; overdue ones in red. */
export function RequirementsTab({ customer, readOnly }: { customer: CustomerRecord; readOnly: boolean }) {
  const t = useT();
  const f = useFormat();
  const { db } = useArchive();
  const requirements = useLiveQuery(() => requirementsOf(db, customer.id), [db, customer.id]);
  if (!requirements) return null;
  const today = todayIso();

  return (
    <EditableRecordTable
      kind="requirements"
      addLabel={t('detail.requirements.add')}
      readOnly={readOnly}
      nameOf={(r) => r.title}
      editor={(record, close) => <RequirementModal customer={customer} requirement={record} onClose={close} />}
      deleteTitle={t('detail.requirements.deleteTitle')}
      remove={(record, ctx) => deleteRequirement(db, record.id, ctx)}
      rowButtons={(r) => (
        <RecordFilesButton owner={{ kind: 'requirements', id: r.id }} name={r.title} defaultClassification={customer.classification} readOnly={readOnly} />
      )}
      testId="requirements-table"
      rows={requirements}
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
        { header: t('field.routedTo'), cell: (r) => t(departmentLabel(r.department)) },
        { header: t('field.receivedDate'), cell: (r) => f.day(r.receivedDate) },
        { header: t('field.dueDate'), cell: (r) => <DueDay day={f.day(r.dueDate)} overdue={isRequirementOverdue(r, today)} /> },
        { header: t('field.status'), cell: (r) => <ToneBadge color={REQ_STATUS_COLOR[r.status]}>{t(requirementStatusLabel(r.status))}</ToneBadge> },
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
    />
  );
}
