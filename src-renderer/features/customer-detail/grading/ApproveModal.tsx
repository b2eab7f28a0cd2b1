import { Text, Textarea, TextInput } from '@mantine/core';
import { approveRun, type GradeRunRecord } from '../../../data/grading';
import { useT } from '../../../i18n/react';
import { FormModal } from '../../../ui/FormModal';
import { useArchive } from '../../../ui/hooks/use-archive';
import { useRecordForm } from '../../../ui/hooks/use-record-form';

interface ApprovalValues extends Record<string, unknown> {
  approvedBy: string;
  note: string;
}

/**
 * 批准: a department head approves the draft. There are no user accounts yet, so the name is typed
 * and recorded with the approval (never prefilled: it must be a deliberate act).
 */
export function ApproveModal({ run, onClose }: { run: GradeRunRecord; onClose: () => void }) {
  const t = useT();
  const { db } = useArchive();
  const { form, ...frame } = useRecordForm<ApprovalValues>({
    initialValues: { approvedBy: '', note: '' },
    save: (values, ctx) => approveRun(db, run.id, { approvedBy: values.approvedBy, note: values.note }, ctx),
    onSaved: onClose,
    savedMessage: 'gradingCustomer.approve.done',
  });
  return (
    <FormModal {...frame} title={t('gradingCustomer.approve.title')} onClose={onClose} submitLabel={t('gradingCustomer.approve')} size="md">
      <Text size="sm">{t('gradingCustomer.approve.effect')}</Text>
      <TextInput required label={t('gradingCustomer.approve.by')} maxLength={50} {...form.getInputProps('approvedBy')} />
      <Textarea label={t('gradingCustomer.approve.note')} autosize minRows={2} maxRows={6} {...form.getInputProps('note')} />
    </FormModal>
  );
}
