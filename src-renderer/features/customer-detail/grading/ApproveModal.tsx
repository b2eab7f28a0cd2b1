import { Text, Textarea } from '@mantine/core';
import { approveRun, type GradeRunRecord } from '../../../data/grading';
import { useT } from '../../../i18n/react';
import { useActor } from '../../../state/signed-in';
import { FormModal } from '../../../ui/FormModal';
import { useArchive } from '../../../ui/hooks/use-archive';
import { useRecordForm } from '../../../ui/hooks/use-record-form';

interface ApprovalValues extends Record<string, unknown> {
  note: string;
}

/**
 * 批准: a department head approves the draft. The approver is the signed-in user (issue 15.3),
 * shown here and recorded by the repository with the approval.
 */
export function ApproveModal({ run, onClose }: { run: GradeRunRecord; onClose: () => void }) {
  const t = useT();
  const actor = useActor();
  const { db } = useArchive();
  const { form, ...frame } = useRecordForm<ApprovalValues>({
    initialValues: { note: '' },
    save: (values, ctx) => approveRun(db, run.id, { note: values.note }, ctx),
    onSaved: onClose,
    savedMessage: 'gradingCustomer.approve.done',
  });
  return (
    <FormModal {...frame} title={t('gradingCustomer.approve.title')} onClose={onClose} submitLabel={t('gradingCustomer.approve')} size="md">
      <Text size="sm">{t('gradingCustomer.approve.effect')}</Text>
      <Text size="sm" fw={500} data-testid="approver">
        {t('gradingCustomer.approve.approver', { name: actor.name })}
      </Text>
      <Textarea label={t('gradingCustomer.approve.note')} autosize minRows={2} maxRows={6} data-autofocus {...form.getInputProps('note')} />
    </FormModal>
  );
}
